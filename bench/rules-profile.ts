/**
 * How much the rules cost over the bare parse: the rule engine's side of issue 8.
 *
 *   npx tsx bench/rules-profile.ts [--mb 5] [--files 1000] [--runs 3] [--eval DIR] [--only parse|full|pipeline|rules]
 *   node --cpu-prof --import tsx bench/rules-profile.ts --only full --runs 1   # then open the .cpuprofile
 *
 * Builds a corpus of about `--mb` MB as `--files` texts in memory, from the English of the
 * shared evaluation data when it is there (`../shared/eval/`, read only and only to measure:
 * the Bio-MQM `mt` and `ref` texts and the news-fr-en `mt/` and `human/` files), else from
 * `source-text/` alone (the script says which). Then, single-threaded, in this process:
 *
 * - parse: `unified().use(retextEnglish)`, parse and run with no plugin, every text;
 * - full: `createProcessor()` with every rule of the registry on, parse and run every text;
 * - pipeline: the same with every rule off (parse formats, prose view, inline switches);
 * - ratio: full / parse (issue 8 aims at 3 or less);
 * - per rule: the texts parsed once per batch by the postedit processor, then the shared views
 *   and the line index built (their own rows), then each rule's transformer run alone over
 *   the same trees: what each rule costs on top of the shared work.
 *
 * Parse and full run in turns, `--runs` times each; the best wall-clock and the best CPU time
 * (user + system) of each are shown, the CPU ratio being the steadier when other work shares
 * the machine. Peak RSS is the process's (`maxRSS`) at the end. The process runs under the
 * command's V8 flags (src/heap-growth.ts), as `postedit lint` does.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createProcessor} from '../src/lint/processor.js'
import type {PosteditSettings} from '../src/lint/settings.js'
import {rules} from '../src/rules/registry.js'
import {fileLocation} from '../src/rules/support/file-location.js'
import {treeViews} from '../src/rules/support/views.js'
import type {Transformer} from '../src/rules/types.js'
import {tuneHeapGrowth} from '../src/heap-growth.js'
import {englishParagraphs, repoRoot, type EvalRow} from './corpus.js'

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback)
}

// Under the command's V8 flags (bin/postedit.ts sets them), parse and rules alike: without
// them V8 moves the trees held here to the old generation early, and the rules' rows pay for it.
tuneHeapGrowth()

const megabytes = Number(option('mb', '5'))
const fileCount = Number(option('files', '1000'))
const runs = Number(option('runs', '3'))
const only = option('only', 'all')
const evalDir = path.resolve(option('eval', path.join(repoRoot, '..', 'shared', 'eval')))

/** Every rule on at its own severity, those off by default included. */
const everyRule: PosteditSettings = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))}

function evalParagraphs(): string[] | undefined {
  const jsonl = path.join(evalDir, 'bio-mqm-fr-en.dev.jsonl')
  if (!existsSync(jsonl)) return undefined
  const rows = readFileSync(jsonl, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalRow)
  const out = englishParagraphs(rows)
  for (const folder of ['mt', 'human']) {
    const dir = path.join(evalDir, 'news-fr-en', folder)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      out.push(...readFileSync(path.join(dir, name), 'utf8').split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean))
    }
  }
  return out
}

function buildTexts(): {texts: string[]; bytes: number; source: string} {
  const shared = evalParagraphs()
  const paragraphs = shared ?? englishParagraphs(undefined)
  const source = shared ? `shared eval data at ${evalDir}` : `source-text/ only (no shared eval data at ${evalDir})`
  const perFile = Math.ceil((megabytes * 1_000_000) / fileCount)
  const texts: string[] = []
  let bytes = 0
  let next = 0
  while (bytes < megabytes * 1_000_000) {
    let text = ''
    while (text.length < perFile) text += paragraphs[next++ % paragraphs.length] + '\n\n'
    texts.push(text)
    bytes += Buffer.byteLength(text)
  }
  return {texts, bytes, source}
}

interface Timing {
  /** Best wall-clock seconds of the runs. */
  seconds: number
  /** Best CPU seconds (user + system) of the runs: less swayed by other work on the machine. */
  cpu: number
  findings: number
}

function measure(run: () => number): Timing {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const findings = run()
  const used = process.cpuUsage(cpu)
  return {seconds: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6, findings}
}

/** Runs the cases in turns (a, b, a, b…) so that a busy spell on the machine hits both alike. */
function timeInTurns(cases: Array<[string, () => number]>): Map<string, Timing> {
  const best = new Map<string, Timing>()
  for (let round = 0; round < runs; round++) {
    for (const [label, run] of cases) {
      const timing = measure(run)
      console.error(`  ${label}: ${timing.seconds.toFixed(2)} s, cpu ${timing.cpu.toFixed(2)} s`)
      const previous = best.get(label)
      best.set(label, {
        seconds: Math.min(previous?.seconds ?? Infinity, timing.seconds),
        cpu: Math.min(previous?.cpu ?? Infinity, timing.cpu),
        findings: timing.findings
      })
    }
  }
  return best
}

function bareParse(texts: string[]): number {
  const processor = unified().use(retextEnglish).freeze()
  let nodes = 0
  for (const text of texts) {
    const file = new VFile(text)
    const tree = processor.runSync(processor.parse(file), file) as Root
    nodes += tree.children.length
  }
  return nodes
}

/** Every rule off: what postedit's own pipeline (formats, prose view, switches) adds to the parse. */
const noRule: PosteditSettings = {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'off']))}

function fullLint(texts: string[], settings: PosteditSettings = everyRule): number {
  const processor = createProcessor(settings).freeze()
  let findings = 0
  texts.forEach((text, index) => {
    const file = new VFile({path: `part-${index}.txt`, value: text})
    // Parse and run, as `postedit lint` does: linting compiles nothing back to text.
    processor.runSync(processor.parse(file), file)
    findings += file.messages.length
  })
  return findings
}

interface RuleTimes {
  views: number
  location: number
  byRule: Map<string, {seconds: number; findings: number}>
}

/** CPU milliseconds of this process so far (user + system). */
function cpuNow(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/** Each rule alone over trees parsed once, in batches so that few trees are alive at a time. */
function perRule(texts: string[]): RuleTimes {
  const processor = createProcessor(everyRule).freeze()
  const transformers = rules.map((rule) => ({
    id: rule.id,
    transform: rule.plugin.call(processor as never, undefined) as unknown as Transformer
  }))
  const times: RuleTimes = {views: 0, location: 0, byRule: new Map(rules.map((rule) => [rule.id, {seconds: 0, findings: 0}]))}
  const batch = 50
  for (let from = 0; from < texts.length; from += batch) {
    const files = texts.slice(from, from + batch).map((value, index) => new VFile({path: `part-${from + index}.txt`, value}))
    const trees = files.map((file) => processor.parse(file) as Root)
    let start = cpuNow()
    // The tokens are built on first read: read them here, so no rule is charged for them.
    for (const tree of trees) for (const sentence of treeViews(tree).sentences) void sentence.tokens
    times.views += cpuNow() - start
    start = cpuNow()
    for (const file of files) fileLocation(file)
    times.location += cpuNow() - start
    for (const {id, transform} of transformers) {
      const entry = times.byRule.get(id)!
      // One run: a rule may memoise what it shares with another (stray-full-stop computes
      // the stops lowercase-sentence-start reads), so a rerun would cost nothing.
      start = cpuNow()
      files.forEach((file, index) => transform(trees[index]!, file))
      entry.seconds += cpuNow() - start
      for (const file of files) {
        entry.findings += file.messages.length
        file.messages.length = 0
      }
    }
  }
  times.views /= 1000
  times.location /= 1000
  for (const entry of times.byRule.values()) entry.seconds /= 1000
  return times
}

const {texts, bytes, source} = buildTexts()
console.log(`corpus: ${(bytes / 1e6).toFixed(2)} MB as ${texts.length} texts, from ${source}`)
console.log(`node ${process.version}, ${rules.length} rules, best of ${runs} run(s)`)

// One pass of each on a slice first, so that neither side pays the JIT's warm-up alone.
bareParse(texts.slice(0, 50))
fullLint(texts.slice(0, 50))

const cases: Array<[string, () => number]> = []
if (only === 'all' || only === 'parse') cases.push(['parse', () => bareParse(texts)])
if (only === 'all' || only === 'full') cases.push(['full', () => fullLint(texts)])
if (only === 'all' || only === 'pipeline') cases.push(['pipeline', () => fullLint(texts, noRule)])
const timings = timeInTurns(cases)
const parse = timings.get('parse')
const full = timings.get('full')
const seconds = (timing: Timing) => `${timing.seconds.toFixed(2)} s (cpu ${timing.cpu.toFixed(2)} s)`
if (parse) console.log(`bare retext-english parse: ${seconds(parse)}`)
const pipeline = timings.get('pipeline')
if (pipeline) console.log(`postedit, every rule off:  ${seconds(pipeline)}`)
if (full) console.log(`postedit, every rule on:   ${seconds(full)}, ${full.findings} findings`)
if (parse && full) {
  console.log(`ratio: ${(full.seconds / parse.seconds).toFixed(2)}x wall, ${(full.cpu / parse.cpu).toFixed(2)}x cpu`)
}

if (only === 'all' || only === 'rules') {
  const times = perRule(texts)
  const rows: Array<[string, number, number | string]> = [
    ['(shared views)', times.views, ''],
    ['(line index)', times.location, ''],
    ...[...times.byRule].map(([id, entry]): [string, number, number] => [id, entry.seconds, entry.findings])
  ]
  const total = rows.reduce((sum, [, seconds]) => sum + seconds, 0)
  console.log(`\nper rule, CPU seconds over pre-parsed trees (one run):`)
  console.log('| rule | CPU s | share | findings |\n| --- | ---: | ---: | ---: |')
  for (const [id, seconds, findings] of rows.sort((a, b) => b[1] - a[1])) {
    console.log(`| ${id} | ${seconds.toFixed(3)} | ${((seconds / total) * 100).toFixed(1)}% | ${findings} |`)
  }
  console.log(`| total | ${total.toFixed(3)} | | |`)
}
console.log(`\npeak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
