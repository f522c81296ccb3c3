#!/usr/bin/env node
// Thin shim: everything testable lives in main(). The heap policy is the command's, not the library's.
import {main} from '../cli.js'
import {tuneHeapGrowth} from '../heap-growth.js'

tuneHeapGrowth()
process.exitCode = await main(process.argv.slice(2))
