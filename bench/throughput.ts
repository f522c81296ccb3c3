/**
 * Lint throughput and peak memory: the same ≥5 MB of English as ~2,000 small files and as one
 * large file. Each run is a fresh child process, so its peak RSS (`maxRSS` of
 * `process.resourceUsage()`) belongs to that run alone.
 *
 *   npx tsx bench/throughput.ts [--runs N] [--mb N] [--files N] [--cases a,b] [--json]
 *
 * Cases (all by default):
 *   cli-small, cli-large      lintFiles() from src/lint/run-lint.ts: the code path of `postedit lint`
 *                             (unified-engine: finds, reads, configures and lints the files)
 *   whole-small, whole-large  the processor directly, parsing each file whole with retext-english
 *                             as it comes (what createProcessor did before src/lint/parse-paragraphs.ts)
 *   para-small, para-large    the processor directly with the paragraph-by-paragraph parser
 *                             (createProcessor(): the whole tree of a large file is built, then linted)
 *   piece-small, piece-large  the processor directly in piecewise mode, as lintFiles runs it
 *                             (createProcessor(settings, {piecewise: true}): a large file is parsed
 *                             and linted a piece at a time, each tree dropped before the next)
 *   parse-whole-*, parse-para-*  parsing only, no rule: the parser's share, whatever rules exist today
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import parseParagraphs from '../src/lint/parse-paragraphs.js'
import postedit from '../src/lint/postedit.js'
import {createProcessor} from '../src/lint/processor.js'
import {lintFiles} from '../src/lint/run-lint.js'
import {buildCorpus, corpusDir, evalDataPath, repoRoot} from './corpus.js'

const caseNames = [
  'cli-small',
  'cli-large',
  'whole-small',
  'whole-large',
  'para-small',
  'para-large',
  'piece-small',
  'piece-large',
  'parse-whole-small',
  'parse-whole-large',
  'parse-para-small',
  'parse-para-large'
] as const
type CaseName = (typeof caseNames)[number]

interface ChildResult {
  seconds: number
  findings: number
  maxRssMb: number
  /** RSS once modules are loaded, before linting: the part of the peak that is not the lint. */
  baseRssMb: number
}

function filesOf(name: CaseName, list: {smallFiles: string[]; largeFile: string}): string[] {
  return name.endsWith('-small') ? list.smallFiles : [list.largeFile]
}

/** One measured run, inside the child process. */
async function runCase(name: CaseName, files: string[]): Promise<ChildResult> {
  const baseRssMb = process.memoryUsage().rss / 2 ** 20
  let findings = 0
  const started = performance.now()
  if (name.startsWith('cli-')) {
    const result = await lintFiles({cwd: repoRoot, paths: files.map((file) => path.relative(repoRoot, file))})
    for (const file of result.files) findings += file.messages.length
    if (result.problems.length > 0) throw new Error(result.problems.join('\n'))
  } else if (name.startsWith('parse-')) {
    const processor = (
      name.startsWith('parse-para-') ? retext().use(retextEnglish).use(parseParagraphs) : retext().use(retextEnglish)
    ).freeze()
    for (const file of files) {
      processor.parse(new VFile({path: file, value: readFileSync(file, 'utf8')}))
    }
  } else {
    const processor = (
      name.startsWith('piece-')
        ? createProcessor(undefined, {piecewise: true})
        : name.startsWith('para-')
          ? retext().use(retextEnglish).use(parseParagraphs).use(postedit)
          : retext().use(retextEnglish).use(postedit)
    ).freeze()
    for (const file of files) {
      const vfile = new VFile({path: file, value: readFileSync(file, 'utf8')})
      await processor.process(vfile)
      findings += vfile.messages.length
    }
  }
  const seconds = (performance.now() - started) / 1000
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  return {seconds, findings, maxRssMb, baseRssMb}
}

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name)
  return index === -1 ? undefined : argv[index + 1]
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

interface CaseReport {
  case: CaseName
  files: number
  mb: number
  words: number
  runs: ChildResult[]
  seconds: number
  wordsPerSecond: number
  peakRssMb: number
  baseRssMb: number
  findings: number
}

async function parent(argv: string[]): Promise<void> {
  const runs = Number(option(argv, '--runs') ?? 3)
  const mb = Number(option(argv, '--mb') ?? 5)
  const fileCount = Number(option(argv, '--files') ?? 2000)
  const wanted = (option(argv, '--cases')?.split(',') ?? [...caseNames]) as CaseName[]
  const unknown = wanted.find((name) => !caseNames.includes(name))
  if (unknown !== undefined || !(runs >= 1) || !(mb > 0) || !(fileCount >= 1)) {
    process.stderr.write(
      `usage: npx tsx bench/throughput.ts [--runs N] [--mb N] [--files N] [--cases ${caseNames.join(',')}] [--json]\n`
    )
    process.exitCode = 2
    return
  }
  const json = argv.includes('--json')
  const log = (line: string) => {
    if (!json) process.stdout.write(line + '\n')
  }

  const corpus = buildCorpus({minBytes: mb * 2 ** 20, fileCount})
  log(
    corpus.fromSharedData
      ? `Corpus: English mt/ref texts of ${path.basename(evalDataPath)} and source-text/, repeated as needed.`
      : `Corpus: source-text/ only (shared eval data not found at ${evalDataPath}), repeated as needed.`
  )
  const words = (files: string[]) =>
    files.reduce((sum, file) => sum + (readFileSync(file, 'utf8').match(/\S+/g)?.length ?? 0), 0)
  const bytes = (files: string[]) => files.reduce((sum, file) => sum + readFileSync(file).length, 0)
  const list = {smallFiles: corpus.smallFiles, largeFile: corpus.largeFile}
  log(`Node ${process.version}, ${cpus().length} CPU core(s), ${new Date().toISOString().slice(0, 10)}.`)
  log(
    `${corpus.paragraphs} paragraphs in ${path.relative(repoRoot, corpusDir)}/: ${corpus.smallFiles.length} small files and one large file; ${runs} run(s) per case, median shown.\n`
  )

  const reports: CaseReport[] = []
  for (const name of wanted) {
    const files = filesOf(name, list)
    const results: ChildResult[] = []
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', name],
        {cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 2 ** 20}
      )
      if (child.status !== 0) {
        throw new Error(`case ${name} failed (exit ${child.status}):\n${child.stderr}`)
      }
      results.push(JSON.parse(child.stdout.trim().split('\n').pop() as string) as ChildResult)
    }
    const seconds = median(results.map((r) => r.seconds))
    const caseWords = words(files)
    reports.push({
      case: name,
      files: files.length,
      mb: bytes(files) / 2 ** 20,
      words: caseWords,
      runs: results,
      seconds,
      wordsPerSecond: caseWords / seconds,
      peakRssMb: median(results.map((r) => r.maxRssMb)),
      baseRssMb: median(results.map((r) => r.baseRssMb)),
      findings: results[0]?.findings ?? 0
    })
    if (!json) {
      const last = reports[reports.length - 1] as CaseReport
      log(`  ${name}: ${results.map((r) => r.seconds.toFixed(2)).join(', ')} s → median ${last.seconds.toFixed(2)} s`)
    }
  }

  if (json) {
    process.stdout.write(JSON.stringify({date: new Date().toISOString(), node: process.version, cpus: cpus().length, fromSharedData: corpus.fromSharedData, cases: reports}, null, 2) + '\n')
    return
  }
  const headers = ['case', 'files', 'MB', 'words', 'seconds', 'words/s', 'peak RSS MB', 'base RSS MB', 'findings']
  const rows = reports.map((r) => [
    r.case,
    String(r.files),
    r.mb.toFixed(2),
    String(r.words),
    r.seconds.toFixed(2),
    String(Math.round(r.wordsPerSecond)),
    r.peakRssMb.toFixed(0),
    r.baseRssMb.toFixed(0),
    String(r.findings)
  ])
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const format = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  log('')
  log(format(headers))
  log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) log(format(row))
  log('\nwords: runs of non-space characters. base RSS: the child process before linting (Node, tsx, modules).')
}

async function child(name: CaseName): Promise<void> {
  const smallDir = path.join(corpusDir, 'small')
  const {readdirSync} = await import('node:fs')
  const smallFiles = readdirSync(smallDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => path.join(smallDir, file))
  const files = filesOf(name, {smallFiles, largeFile: path.join(corpusDir, 'large', 'all.txt')})
  process.stdout.write(JSON.stringify(await runCase(name, files)) + '\n')
}

const argv = process.argv.slice(2)
const childCase = option(argv, '--child')
if (childCase !== undefined) await child(childCase as CaseName)
else await parent(argv)
