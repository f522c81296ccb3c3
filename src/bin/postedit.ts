#!/usr/bin/env node
// Thin shim: everything testable lives in main(). The heap policy is the command's, not the library's.
import {main} from '../cli.js'
import {tuneHeapGrowth} from '../heap-growth.js'

tuneHeapGrowth()
// A reader that stops early (\`postedit lint --format json | head\`) closes the pipe: that is
// the reader's choice, not an error to print a stack trace for. Exit as a closed pipe does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})
process.exitCode = await main(process.argv.slice(2))
