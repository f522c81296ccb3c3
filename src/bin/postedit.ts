#!/usr/bin/env node
// Thin shim: everything testable lives in main(). The heap policy is the command's, not the library's.
import {main} from '../cli.js'
import {tuneHeapGrowth} from '../heap-growth.js'

tuneHeapGrowth()
// A reader that stops early (\`postedit lint --format json | head\`) closes the pipe: that is
// the reader's choice, not an error to print a stack trace for. Exit as a Unix command killed
// by SIGPIPE does (128 + 13; Node ignores the signal and gets EPIPE): never 0, since the run
// did not finish, so a CI script with \`set -o pipefail\` is not told a check passed.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(141)
})
process.exitCode = await main(process.argv.slice(2))
