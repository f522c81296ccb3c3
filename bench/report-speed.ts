/**
 * Time of the report formats on many findings: the pretty report (vfile-reporter) against the
 * JSON one, over synthetic findings in one file, so that the figure is the reporter's alone
 * (no lint). vfile-reporter measures every cell's width twice with string-width; 6.x, the
 * version its range takes, builds an `Intl.Segmenter` per call and an emoji pattern per
 * character, which made 98,000 findings cost 32 s of report against 7 s of lint. package.json's
 * `overrides` gives it string-width 8; this script is how to see whether that still holds.
 *
 *   npx tsx bench/report-speed.ts [--findings 100000]
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {jsonReport} from '../src/report/json-report.js'
import {prettyReport} from '../src/report/pretty-report.js'

const index = process.argv.indexOf('--findings')
const count = index === -1 ? 100_000 : Number(process.argv[index + 1])

const cwd = process.cwd()
const file = new VFile({cwd, path: path.join(cwd, 'source-text', 'big.txt'), value: ''})
for (let n = 0; n < count; n++) {
  const line = Math.floor(n / 10) + 1
  const column = (n % 10) * 20 + 1
  const message = file.message('Unexpected French time format `14h30`, expected `14:30` or `2:30 p.m.`', {
    place: {start: {line, column, offset: n * 20}, end: {line, column: column + 5, offset: n * 20 + 5}},
    ruleId: 'french-number-format',
    source: 'postedit'
  })
  message.fatal = n % 3 === 0 ? true : false
}

/** The string-width that vfile-reporter imports: its own nested copy, else the hoisted one. */
function reporterStringWidth(): string {
  let folder = path.dirname(fileURLToPath(import.meta.resolve('vfile-reporter')))
  while (!existsSync(path.join(folder, 'node_modules', 'string-width', 'package.json'))) {
    if (folder === path.dirname(folder)) return 'not found'
    folder = path.dirname(folder)
  }
  return (JSON.parse(readFileSync(path.join(folder, 'node_modules', 'string-width', 'package.json'), 'utf8')) as {version: string}).version
}
const version = reporterStringWidth()
console.log(`${count.toLocaleString('en')} findings in one file; vfile-reporter's string-width ${version}`)
for (const [label, run] of [
  ['pretty (vfile-reporter)', () => prettyReport([file], {color: false})],
  ['json', () => jsonReport([file], cwd)]
] as const) {
  const started = performance.now()
  const text = run()
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s, ${(text.length / 1e6).toFixed(1)} MB`)
}
