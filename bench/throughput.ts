/**
 * Lint throughput and peak memory, issue 8's figures from one run on one machine: the same
 * ≥5 MB of English as 1,000 files and as one file, for
 *
 *   parse      bare retext-english: parse each file, nothing else (the floor)
 *   parse2     the same split over two worker threads, files only: what two threads of this
 *              machine give for work that is all parsing, the ceiling for `--jobs 2`
 *   lint       `postedit lint --jobs 1` with every rule on (dist/cli.js, in-process, under the
 *              command's heap policy, dist/heap-growth.js, as bin/postedit.js runs it)
 *   jobs2      the same with `--jobs 2` (worker threads)
 *   cached     the same with `--cache`, rerun after a cold run that filled the cache
 *   stock      five stock retext plugins together (repeated-words, quotes, contractions,
 *              indefinite-article, redundant-acronyms) on retext-english, for comparison
 *
 * Each case runs in a child process of its own, so its peak RSS (`maxRSS`, which counts the
 * worker threads too) is that case's alone; time is measured inside the child, from the call
 * to the command to its end (module loading of the lint command included, Node's start not).
 * The lint cases run main() of the built CLI in plain Node: `npm run build` first.
 *
 *   npx tsx bench/throughput.ts [--runs N] [--mb N] [--files N] [--cases lint-small,...] [--json]
 *
 * The corpus (bench/corpus.ts) is the English MT and reference texts of ../shared/eval when
 * present, else the paragraphs of source-text/ repeated; the first line printed says which.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {cpus} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildCorpus, corpusDir, evalDataPath, repoRoot} from './corpus.js'

const kinds = ['parse', 'parse2', 'lint', 'jobs2', 'cached', 'stock'] as const
type Kind = (typeof kinds)[number]
const shapes = ['small', 'large'] as const
type Shape = (typeof shapes)[number]
// One file cannot be split between threads: parse2 is measured on the files only.
const caseNames = kinds.flatMap((kind) => shapes.filter((shape) => kind !== 'parse2' || shape === 'small').map((shape) => `${kind}-${shape}`))

interface ChildResult {
  seconds: number
  findings: number
  maxRssMb: number
}

const distCli = path.join(repoRoot, 'dist', 'cli.js')
const distHeapGrowth = path.join(repoRoot, 'dist', 'heap-growth.js')

function folderOf(shape: Shape): string {
  return path.join(corpusDir, shape)
}

function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => path.join(folder, file))
}

/**
 * A lint case as a plain-Node program: `postedit lint` through dist/cli.js's main(), timed
 * from the call, with the process's peak RSS (worker threads included).
 */
function lintChild(name: string): string {
  const [kind, shape] = name.split('-') as [Kind, Shape]
  const given = JSON.stringify(path.relative(corpusDir, folderOf(shape)))
  const jobs = kind === 'jobs2' ? '2' : '1'
  return `
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
const {main} = await import(${JSON.stringify(pathToFileURL(distCli).href)})
// As the postedit command (bin/postedit.ts) does before main().
const {tuneHeapGrowth} = await import(${JSON.stringify(pathToFileURL(distHeapGrowth).href)})
tuneHeapGrowth()
const cwd = ${JSON.stringify(corpusDir)}
async function lint(extra) {
  const stdout = new PassThrough()
  let out = ''
  stdout.on('data', (chunk) => (out += chunk))
  const stderr = new PassThrough()
  let err = ''
  stderr.on('data', (chunk) => (err += chunk))
  const code = await main(['lint', ${given}, '--jobs', '${jobs}', '--format', 'json', ...extra], {cwd, stdout, stderr, color: false})
  if (code === 2) throw new Error(err)
  return JSON.parse(out).reduce((sum, file) => sum + file.messages.length, 0)
}
let extra = []
if (${JSON.stringify(kind)} === 'cached') {
  extra = ['--cache-location', mkdtempSync(path.join(tmpdir(), 'postedit-bench-cache-'))]
  await lint(extra)
}
const started = performance.now()
const findings = await lint(extra)
const seconds = (performance.now() - started) / 1000
if (extra.length > 0) rmSync(extra[1], {recursive: true, force: true})
console.log(JSON.stringify({seconds, findings, maxRssMb: process.resourceUsage().maxRSS / 1024}))
`
}

/** The program written into the corpus folder (worker threads reject `node -e`'s flags). */
function writeLintChild(name: string): string {
  const file = path.join(corpusDir, `${name}.mjs`)
  writeFileSync(file, lintChild(name))
  return file
}

/**
 * The files parsed by two worker threads, every other file each, timed from starting the
 * threads to the last tree: the same bare parse as `parse`, plus what any thread pays to start.
 */
async function parseInTwoThreads(files: string[]): Promise<ChildResult> {
  const {Worker} = await import('node:worker_threads')
  const program = `
    import {parentPort, workerData} from 'node:worker_threads'
    import {readFileSync} from 'node:fs'
    const {retext} = await import(${JSON.stringify(import.meta.resolve('retext'))})
    const {default: retextEnglish} = await import(${JSON.stringify(import.meta.resolve('retext-english'))})
    const {VFile} = await import(${JSON.stringify(import.meta.resolve('vfile'))})
    const processor = retext().use(retextEnglish).freeze()
    for (const file of workerData) processor.parse(new VFile({path: file, value: readFileSync(file, 'utf8')}))
    parentPort.postMessage(workerData.length)
  `
  const started = performance.now()
  const shares = [files.filter((_, index) => index % 2 === 0), files.filter((_, index) => index % 2 === 1)]
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(program)}`), {workerData: share})
          worker.once('message', () => void worker.terminate().then(() => resolve()))
          worker.once('error', reject)
        })
    )
  )
  const seconds = (performance.now() - started) / 1000
  return {seconds, findings: 0, maxRssMb: process.resourceUsage().maxRSS / 1024}
}

/** One measured run of a parse or stock case, inside the child process. */
async function runCase(name: string): Promise<ChildResult> {
  const [kind, shape] = name.split('-') as [Kind, Shape]
  const folder = folderOf(shape)
  if (kind === 'parse2') return parseInTwoThreads(filesIn(folder))
  let findings = 0
  const {retext} = await import('retext')
  const {default: retextEnglish} = await import('retext-english')
  const {VFile} = await import('vfile')
  let processor = retext().use(retextEnglish)
  if (kind === 'stock') {
    const plugins = await Promise.all(
      ['retext-repeated-words', 'retext-quotes', 'retext-contractions', 'retext-indefinite-article', 'retext-redundant-acronyms'].map(
        async (plugin) => ((await import(plugin)) as {default: never}).default
      )
    )
    for (const plugin of plugins) processor = processor.use(plugin) as never
  }
  const frozen = processor.freeze()
  const started = performance.now()
  for (const file of filesIn(folder)) {
    const vfile = new VFile({path: file, value: readFileSync(file, 'utf8')})
    const tree = frozen.parse(vfile)
    if (kind === 'stock') await frozen.run(tree, vfile)
    findings += vfile.messages.length
  }
  const seconds = (performance.now() - started) / 1000
  return {seconds, findings, maxRssMb: process.resourceUsage().maxRSS / 1024}
}

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function parent(argv: string[]): Promise<void> {
  const runs = Number(option(argv, '--runs') ?? 1)
  const mb = Number(option(argv, '--mb') ?? 5)
  const fileCount = Number(option(argv, '--files') ?? 1000)
  const wanted = option(argv, '--cases')?.split(',') ?? caseNames
  const unknown = wanted.find((name) => !caseNames.includes(name))
  if (unknown !== undefined || !(runs >= 1) || !(mb > 0) || !(fileCount >= 1)) {
    process.stderr.write(`usage: npx tsx bench/throughput.ts [--runs N] [--mb N] [--files N] [--cases ${caseNames.join(',')}] [--json]\n`)
    process.exitCode = 2
    return
  }
  if (!existsSync(distCli)) {
    process.stderr.write('bench/throughput.ts: no dist/cli.js; run `npm run build` first\n')
    process.exitCode = 2
    return
  }
  const json = argv.includes('--json')
  const log = (line: string) => {
    if (!json) process.stdout.write(line + '\n')
  }

  const corpus = buildCorpus({minBytes: mb * 2 ** 20, fileCount})
  // Every rule on, each at its own severity, whatever the defaults.
  const {rules} = await import('../src/rules/registry.js')
  writeFileSync(path.join(corpusDir, '.posteditrc'), JSON.stringify({rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))}))
  log(
    corpus.fromSharedData
      ? `Corpus: the English mt/ref texts of ${path.basename(evalDataPath)} and source-text/, repeated as needed.`
      : `Corpus: ../shared eval data absent (${evalDataPath}): the paragraphs of source-text/ only, repeated as needed.`
  )
  const words = (files: string[]) => files.reduce((sum, file) => sum + (readFileSync(file, 'utf8').match(/\S+/g)?.length ?? 0), 0)
  const wordsOf = {small: words(filesIn(folderOf('small'))), large: words(filesIn(folderOf('large')))}
  const date = new Date().toISOString().slice(0, 10)
  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`
  log(`${date}, ${machine}.`)
  log(`${(corpus.bytes / 2 ** 20).toFixed(1)} MB, ${wordsOf.large.toLocaleString('en-US')} words: ${corpus.smallFiles.length.toLocaleString('en-US')} files and one file; ${runs} run(s) per case, median.\n`)

  const results = new Map<string, ChildResult>()
  for (const name of wanted) {
    const measured: ChildResult[] = []
    for (let run = 0; run < runs; run++) {
      // The lint cases run in plain Node (dist/ is JavaScript), as a user's postedit does: tsx's
    // loader would add its own memory to the peak.
    const args = name.startsWith('parse') || name.startsWith('stock-') ? [...process.execArgv, fileURLToPath(import.meta.url), '--child', name] : [writeLintChild(name)]
    const child = spawnSync(process.execPath, args, {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 2 ** 20
      })
      if (child.status !== 0) throw new Error(`case ${name} failed (exit ${child.status}):\n${child.stderr}`)
      measured.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult)
    }
    const result = {seconds: median(measured.map((r) => r.seconds)), maxRssMb: median(measured.map((r) => r.maxRssMb)), findings: measured[0]!.findings}
    results.set(name, result)
    if (!json) process.stderr.write(`  ${name}: ${measured.map((r) => r.seconds.toFixed(2)).join(', ')} s\n`)
  }

  if (json) {
    process.stdout.write(JSON.stringify({date, machine, fromSharedData: corpus.fromSharedData, words: wordsOf, cases: Object.fromEntries(results)}, null, 2) + '\n')
    return
  }
  const labels: Record<Kind, string> = {
    parse: 'bare retext-english parse',
    parse2: 'bare parse in two threads (files only)',
    lint: 'postedit lint, every rule, --jobs 1',
    jobs2: 'postedit lint, every rule, --jobs 2',
    cached: 'postedit lint --cache, rerun',
    stock: 'five stock retext plugins'
  }
  const many = `${corpus.smallFiles.length.toLocaleString('en-US')} files`
  log(`| case | ${many}: s | × parse | peak RSS MB | one file: s | × parse | peak RSS MB | findings (files / one) |`)
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const kind of kinds) {
    const cells = shapes.flatMap((shape) => {
      const result = results.get(`${kind}-${shape}`)
      const parse = results.get(`parse-${shape}`)
      if (!result) return ['', '', '']
      return [result.seconds.toFixed(2), parse ? (result.seconds / parse.seconds).toFixed(2) : '', result.maxRssMb.toFixed(0)]
    })
    const found = shapes.map((shape) => results.get(`${kind}-${shape}`)?.findings ?? '').join(' / ')
    log(`| ${labels[kind]} | ${cells.join(' | ')} | ${kind === 'parse' ? '' : found} |`)
  }
}

const argv = process.argv.slice(2)
const childCase = option(argv, '--child')
if (childCase !== undefined) process.stdout.write(JSON.stringify(await runCase(childCase)) + '\n')
else await parent(argv)
