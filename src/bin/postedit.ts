#!/usr/bin/env node
// Thin shim: everything testable lives in main().
import {main} from '../cli.js'

process.exitCode = await main(process.argv.slice(2))
