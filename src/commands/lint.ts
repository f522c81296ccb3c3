import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {ReadTextError} from '../fs/read-text.js'
import {readStdinText} from '../fs/read-stdin.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import type {Shard, StdinText} from '../lint/run-lint.js'
import type {VFile} from 'vfile'
import type {CorrectedDocument} from '../corrections/documents.js'
import {packageVersion} from '../package-version.js'
import {dateHelp, dateOption} from '../corrections/date-option.js'
import {CLEANED_DIR, CORRECTIONS_DIR} from '../corrections/folders.js'
import {checkOutputTarget} from '../report/output-target.js'
import {problemLine} from '../problems/file-problem.js'
import {plural} from '../problems/plural.js'

export const lintHelp = `Usage: postedit lint [paths...] [options]

Report machine-translation artifacts. Paths are files, folders or globs of .txt, .md and
.html files; none means source-text/. \`-\` reads the text from standard input.

Options:
  --format <pretty|json|sarif|github>  report format (default: pretty); sarif and github
                                       are the same as check's
  --output <file>                      write the report to this file (atomically), not stdout
  --frail                              warnings fail too (exit 1)
  --quiet                              only files with findings
  --color / --no-color                 colour the pretty report (default: when stdout is a
                                       terminal; never in an --output file)
  --stdin-filename <path>              with \`-\`: the path that picks the text's config,
                                       format (by extension) and name in reports
                                       (default: <stdin>, plain text)
${dateHelp(39)}
  --jobs <n>                           lint in n threads, the main one and n - 1 workers
                                       (default: one per core, for runs of 64 files or
                                       more; never more than the cores); output is the same
  --cache                              skip files whose text, config and postedit are
                                       unchanged since the last --cache run
  --cache-location <dir>               where the cache lives (implies --cache; default
                                       node_modules/.cache/postedit, or .postedit-cache)
  --shard <i/n>                        lint only the i-th of n shares of the sorted files
  -h, --help                           this text
`

const formats = ['pretty', 'json', 'sarif', 'github'] as const
type Format = (typeof formats)[number]

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'pretty'},
      output: {type: 'string'},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', default: false},
      'stdin-filename': {type: 'string'},
      date: {type: 'string'},
      jobs: {type: 'string'},
      cache: {type: 'boolean', default: false},
      'cache-location': {type: 'string'},
      shard: {type: 'string'},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, lintHelp)
    return EXIT.ok
  }
  const format = values.format as Format
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format \`${values.format}\`, expected \`pretty\`, \`json\`, \`sarif\` or \`github\``)
  }

  const date = dateOption(values.date)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  const {DEFAULT_SOURCE_DIR, STDIN_NAME, defaultJobs, lintFiles} = await import('../lint/run-lint.js')
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    const within = jobsWithin(parseJobs(values.jobs), defaultJobs())
    if (within.warning) write(io.stderr, `postedit: warning: ${within.warning}`)
    jobs = within.jobs
  }
  const stdin = await stdinText(positionals, values['stdin-filename'], io, STDIN_NAME)
  if (stdin && shard) throw new UsageError('--shard splits a list of files; standard input is one text: drop --shard or `-`')
  const {defaultCacheLocation} = await import('../lint/cache.js')
  if (values['cache-location'] !== undefined && values['cache-location'].trim() === '') {
    throw new UsageError('--cache-location needs a folder, as in `--cache-location .postedit-cache`')
  }
  const cacheLocation =
    values['cache-location'] !== undefined ? path.resolve(io.cwd, values['cache-location']) : values.cache ? defaultCacheLocation(io.cwd) : undefined
  // The corrections that name the texts linted, loaded once the texts are known: their
  // `published` dates the texts, their rejections filter the findings. The others are not
  // loaded, nor is their code (YAML, schema validation, diffs) when none names a text.
  const hasCorrections = existsSync(path.join(io.cwd, CORRECTIONS_DIR))
  let corrections: typeof import('../corrections/suppress.js') | undefined
  let documents: CorrectedDocument[] = []
  let dateOf: (file: VFile) => string | undefined = () => date
  const outputGuard = {folders: [DEFAULT_SOURCE_DIR, CORRECTIONS_DIR, CLEANED_DIR]}
  // Refused before a text is linted: the folders now, the texts once they are known.
  // The sources under review too, wherever they are: a report never replaces a text being corrected.
  let reviewed: string[] = []
  if (values.output !== undefined) {
    // First without them: a link or a kept folder is named as such, before what it leads to.
    checkOutputTarget(io.cwd, values.output, {...outputGuard, inputs: []})
    if (hasCorrections) reviewed = await (await import('../corrections/documents.js')).sourcesUnderReview(io.cwd)
    checkOutputTarget(io.cwd, values.output, {...outputGuard, inputs: reviewed})
  }
  const loadCorrections = async (texts: readonly string[]) => {
    if (values.output !== undefined) checkOutputTarget(io.cwd, values.output, {...outputGuard, inputs: [...texts, ...reviewed]})
    if (!hasCorrections) return
    const {correctionsFilesFor} = await import('../corrections/named-documents.js')
    const naming = await correctionsFilesFor(texts, io.cwd)
    if (naming.length === 0) return
    corrections = await import('../corrections/suppress.js')
    documents = await corrections.loadCorrectionsDocuments(io.cwd, {}, naming)
    dateOf = corrections.documentDates(documents, io.cwd, date)
  }
  const linted = await lintFiles({
    cwd: io.cwd,
    paths: stdin ? [] : positionals,
    ...(stdin ? {stdin} : {}),
    beforeLint: loadCorrections,
    documentDate: (file) => dateOf(file),
    jobs,
    shard,
    cacheLocation,
    progress: io.stderr as {write(text: string): unknown; isTTY?: boolean}
  })
  const {files} = linted
  // The reporters load the rule registry: `lint --help` and a usage error need none of them.
  const [{prettyReport}, {displayPath, jsonReportChunks, severityOf}, {emitReport}] = await Promise.all([
    import('../report/pretty-report.js'),
    import('../report/json-report.js'),
    import('../report/output.js')
  ])
  // Reviewed-and-rejected spans are not findings; only the corrections naming these files count.
  const problems = [...linted.problems, ...(corrections ? await corrections.suppressRejected(files, io.cwd, {}, documents) : [])]

  // The CI formats read findings as check's problems, whose code reads corrections too.
  const problemsOf = async () => {
    const {lintedProblems} = await import('../check/finding-problems.js')
    return files.flatMap((file) => lintedProblems(file, displayPath(file, io.cwd)))
  }
  const toFile = values.output !== undefined
  // The machine formats come in pieces, written as they are made: a text of a million
  // findings makes a report longer than a string can be.
  let report: string | Iterable<string>
  if (format === 'json') {
    report = jsonReportChunks(files, io.cwd, {quiet: values.quiet})
  } else if (format === 'sarif') {
    const {sarifChunks, sarifReport} = await import('../report/sarif.js')
    report = sarifChunks(sarifReport(await problemsOf(), packageVersion()))
  } else if (format === 'github') {
    const {githubAnnotationLines} = await import('../report/github-annotations.js')
    report = githubAnnotationLines(await problemsOf())
  } else {
    const color = toFile || values['no-color'] ? false : (values.color ?? io.color)
    report = prettyReport(files, {quiet: values.quiet, color})
  }
  if (problems.length > 0) {
    // The files that could be linted are still reported (one bad file hides no other's
    // findings), but not into an --output file: a run that stops on bad input leaves an
    // earlier one as it was. The problems go to stderr, and the exit is 2.
    if (!toFile) await emitReport(io, report, undefined)
    for (const problem of problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
    for (const warning of linted.warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)
    return EXIT.usage
  }
  await emitReport(io, report, values.output)
  for (const warning of linted.warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)

  const severities = files.flatMap((file) => file.messages.map(severityOf))
  const failing = severities.some((s) => s === 'error' || (values.frail && s === 'warning'))
  return failing ? EXIT.findings : EXIT.ok
}

/** `lint -`: the text on standard input, checked as a file's would be; undefined without `-`. */
async function stdinText(positionals: string[], filename: string | undefined, io: Io, stdinName: string): Promise<StdinText | undefined> {
  if (!positionals.includes('-')) {
    if (filename !== undefined) throw new UsageError('--stdin-filename needs `-` among the paths, as in `postedit lint - --stdin-filename notes.md`')
    return undefined
  }
  if (positionals.length > 1) throw new UsageError('`-` reads standard input and lints nothing else: give either `-` or paths')
  if (filename !== undefined && filename.trim() === '') throw new UsageError('--stdin-filename needs a path, as in `--stdin-filename notes.md`')
  if (!io.stdin) throw new UsageError('no standard input to read for `-`')
  try {
    return {value: await readStdinText(io.stdin, filename ?? stdinName), path: filename}
  } catch (error) {
    if (error instanceof ReadTextError) throw new UsageError(error.message)
    throw error
  }
}

/** `--jobs 4`: a whole number of threads, from 1 to 9999. */
export function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs takes a whole number of threads from 1 to 9999, not \`${value}\`, as in \`--jobs 2\``)
  return Number(value)
}

/**
 * `--jobs` held to the machine's cores. Linting is all computation: threads past the cores
 * only take turns on them, each holding its own copy of the rules (200 threads on 2 cores
 * took 176 s and 4.2 GB where 2 took 5 s and 200 MB). A number fit for a larger machine, as a
 * CI config shared by several may hold, is lowered rather than refused.
 */
export function jobsWithin(jobs: number, cores: number): {jobs: number; warning?: string} {
  if (jobs <= cores) return {jobs}
  return {jobs: cores, warning: `--jobs ${jobs} is more than the ${plural(cores, 'core')} of this machine; linting in ${plural(cores, 'thread')}, since more would only slow the run`}
}

/** `--shard 2/3`: the second of three shares, 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index > count) {
    throw new UsageError(`--shard takes i/n, the i-th of n shares with 1 ≤ i ≤ n, not \`${value}\`, as in \`--shard 2/3\``)
  }
  return {index, count}
}
