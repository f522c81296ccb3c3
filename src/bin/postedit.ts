#!/usr/bin/env node
// Thin shim: everything testable lives in main(). The heap policy is the command's, not the library's.
import {main} from '../cli.js'
import {tuneHeapGrowth} from '../heap-growth.js'
import {relaunchWithYoungGeneration, wantsYoungGeneration} from '../young-generation.js'

const argv = process.argv.slice(2)
const relaunched = wantsYoungGeneration(argv, process.execArgv, process.env['NODE_OPTIONS']) ? await relaunchWithYoungGeneration(argv) : undefined
if (relaunched === undefined) {
  tuneHeapGrowth()
  process.exitCode = await main(argv)
} else if ('signal' in relaunched) {
  // Die of the signal that stopped the command, as it would have run here.
  process.kill(process.pid, relaunched.signal)
} else {
  process.exitCode = relaunched.code
}
