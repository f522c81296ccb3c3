/**
 * False alarms of the lexical rules on native English prose: every Markdown file under
 * node_modules/ but changelogs and licences (READMEs and docs written by package authors,
 * never translated from French), linted as Markdown with the rules named on the command
 * line (default: calque, false-friend). Prints the findings of each rule per 100,000 words,
 * and with --show every finding, so that a new rule entry can be checked for silence on text
 * it was not tuned on. Reads nothing from ../shared/.
 *
 *   npx tsx bench/native-prose.ts [--rules calque,false-friend] [--show]
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Finding} from '../src/lint/postedit.js'
import {createProcessor} from '../src/lint/processor.js'
import type {PosteditSettings} from '../src/lint/settings.js'
import {rules} from '../src/rules/registry.js'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const show = args.includes('--show')
const rulesArg = args.indexOf('--rules')
const chosen = rulesArg === -1 ? ['calque', 'false-friend'] : (args[rulesArg + 1] ?? '').split(',')

/**
 * Markdown files of node_modules, depth-first, sorted. This repository's own README and docs
 * are left out: they quote machine-translated examples on purpose.
 */
function markdownFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    const stat = statSync(full, {throwIfNoEntry: false})
    if (!stat) continue
    if (stat.isDirectory()) markdownFiles(full, out)
    else if (/\.md$/i.test(name) && !/^(changelog|license|licence)/i.test(name)) out.push(full)
  }
  return out
}

const files = markdownFiles(path.join(root, 'node_modules'), [])

const settings: PosteditSettings = {rules: {}}
for (const rule of rules) settings.rules![rule.id] = chosen.includes(rule.id) ? rule.severity : 'off'
const processor = createProcessor(settings).freeze()

const counts = new Map<string, number>(chosen.map((id) => [id, 0]))
let words = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  words += text.split(/\s+/).filter(Boolean).length
  const vfile = new VFile({path: file, value: text})
  await processor.process(vfile)
  for (const message of vfile.messages as Finding[]) {
    const id = message.ruleId ?? '?'
    counts.set(id, (counts.get(id) ?? 0) + 1)
    if (show) console.log(`${path.relative(root, file)}:${message.line}:${message.column} ${id} ${message.reason}`)
  }
}

console.log(`${files.length} files, ${words} words (whitespace tokens) of native English`)
for (const [id, count] of counts) console.log(`${id.padEnd(16)} ${String(count).padStart(4)} findings  ${((count / words) * 100_000).toFixed(2)} per 100k words`)
