import {parseArgs} from 'node:util'
import {checkDocuments} from '../check/check-documents.js'
import {fails, sortProblems} from '../check/problems.js'
import {checkJsonReportChunks} from '../check/report-json.js'
import {checkPrettyReport} from '../check/report-pretty.js'
import {summarize} from '../check/summary.js'
import {packageVersion} from '../package-version.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {emitReport} from '../report/output.js'
import {githubAnnotationLines} from '../report/github-annotations.js'
import {plural} from '../report/plural.js'
import {sarifChunks, sarifReport} from '../report/sarif.js'
import {dateHelp, dateOption} from '../corrections/date-option.js'
import {problemLine} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'
import {CLEANED_DIR, CORRECTIONS_DIR} from '../corrections/folders.js'
import {checkOutputTarget} from '../report/output-target.js'
import {DEFAULT_SOURCE_DIR} from '../lint/run-lint.js'

export const checkHelp = `Usage: postedit check [documents...] [options]

The CI gate: read-only, it fails (exit 1) when the edited text is not finished:
  - an approved correction no longer anchors exactly once (stale, ambiguous) or overlaps
    another (conflict); check never re-anchors: \`postedit apply --fuzzy\` and review
  - a cleaned/ file is missing or differs from what \`postedit apply\` would write
  - a finding on a source is unresolved (no approved entry edits it, no rejected one covers it)
  - a cleaned/ text has a finding of its own
  - with --max-penalty N, a document's MQM penalty per 1,000 words is above N
  - with --frail, a warning among those, or an entry still proposed
Errors always fail, warnings only with --frail, info never. A document is a corrections file,
the source one names, or another text file or folder (linted only); none means every
corrections/*.yml and source-text/. Exit 2: a usage problem, an unreadable or invalid
config or corrections file, or a source that cannot be read.

Options:
  --format <pretty|json|sarif|github>  report format, on stdout (default: pretty)
  --output <file>                       write the report to this file (atomically), not stdout;
                                        not written when the run stops with exit 2
  --max-penalty <n>                     fail a document whose MQM penalty (unresolved and
                                        cleaned-text findings) is above n per 1,000 words
${dateHelp(40)}
  --frail                               warnings fail too
  -h, --help                            this text
`

const formats = ['pretty', 'json', 'sarif', 'github'] as const
type Format = (typeof formats)[number]

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'pretty'},
      output: {type: 'string'},
      'max-penalty': {type: 'string'},
      frail: {type: 'boolean', default: false},
      date: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, checkHelp)
    return EXIT.ok
  }
  const format = values.format as Format
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format \`${values.format}\`, expected \`pretty\`, \`json\`, \`sarif\` or \`github\``)
  }
  const frail = values.frail
  const maxPenalty = values['max-penalty'] === undefined ? undefined : Number(values['max-penalty'])
  if (maxPenalty !== undefined && (values['max-penalty']!.trim() === '' || !Number.isFinite(maxPenalty) || maxPenalty < 0)) {
    throw new UsageError(`--max-penalty must be a number of penalty points per 1,000 words, 0 or more, not \`${values['max-penalty']}\``)
  }

  const date = dateOption(values.date)
  const outputGuard = {folders: [DEFAULT_SOURCE_DIR, CORRECTIONS_DIR, CLEANED_DIR], inputs: [] as string[]}
  if (values.output !== undefined) checkOutputTarget(io.cwd, values.output, outputGuard)
  const outcome = await checkDocuments({cwd: io.cwd, documents: positionals, ...(maxPenalty === undefined ? {} : {maxPenalty}), date})
  for (const warning of outcome.warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)
  if (outcome.problems.length > 0) {
    for (const problem of outcome.problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
    return EXIT.usage
  }
  const {documents} = outcome
  // The texts the run read, sources named by a corrections file outside source-text/ too.
  if (values.output !== undefined) {
    const inputs = documents.flatMap((document) => [document.document, document.corrections, document.cleaned].filter((file): file is string => file !== null))
    checkOutputTarget(io.cwd, values.output, {...outputGuard, inputs})
  }
  const problems = sortProblems(documents.flatMap((document) => document.problems))
  // An unusable corrections file or unreadable source is an input problem, as for apply: the
  // report still says where, and stderr has the same lines the other commands print.
  const broken = problems.filter((problem) => problem.kind === 'invalid-corrections')
  const code = broken.length > 0 ? EXIT.usage : problems.some((problem) => fails(problem, frail)) ? EXIT.findings : EXIT.ok
  const summary = summarize(documents, frail)

  // The machine formats come in pieces, written as they are made: they can outgrow a string.
  const report =
    format === 'json'
      ? checkJsonReportChunks(documents, summary, code === EXIT.ok)
      : format === 'sarif'
        ? sarifChunks(sarifReport(problems, packageVersion()))
        : format === 'github'
          ? githubAnnotationLines(problems)
          : checkPrettyReport(documents, summary)
  // A run that stops on an input problem leaves an earlier --output file as it was.
  if (values.output === undefined || code !== EXIT.usage) await emitReport(io, report, values.output)

  if (format === 'pretty' && values.output === undefined) {
    // The report above already lists each problem: say once per file why the exit is 2.
    const counts = new Map<string, number>()
    for (const problem of broken) counts.set(problem.path, (counts.get(problem.path) ?? 0) + 1)
    for (const [file, count] of counts) {
      write(io.stderr, printable(`postedit: ${file}: invalid corrections file (${plural(count, 'problem')}, listed above); fix ${count === 1 ? 'it' : 'them'} and rerun`))
    }
  } else {
    // A machine-read report, or one kept out of the --output file (an earlier one stays): the
    // lines go to stderr for the person reading the log.
    for (const problem of broken) {
      const start = problem.place?.start
      write(io.stderr, printable(`postedit: ${problem.path}${start ? `:${start.line}:${start.column}` : ''}: ${problem.message}`))
    }
  }
  return code
}
