import {existsSync, statSync} from 'node:fs'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import path from 'node:path'
import type {VFile} from 'vfile'
import {
  correctDocument,
  correctDocuments,
  correctionsUnder,
  listCorrectionsFiles,
  resolveCorrectionsFiles,
  type CorrectedDocument
} from '../corrections/documents.js'
import {relativeDisplay} from '../corrections/load.js'
import {documentDates, dropRejected} from '../corrections/suppress.js'
import {UsageError} from '../io.js'
import type {Finding} from '../lint/postedit.js'
import {DEFAULT_SOURCE_DIR, lintFiles} from '../lint/run-lint.js'
import {displayPath} from '../problems/json-message.js'
import {cleanedState} from './cleaned-state.js'
import {correctionsProblems} from './corrections-problems.js'
import {cleanedFindings, unresolvedFindings} from './finding-problems.js'
import {proseText} from '../lint/prose-view.js'
import {countWords, scoreOf, scoreSettingsOf, type Score} from '../lint/score.js'
import {checkRuleIds, compare, sortProblems, type CheckedDocument, type CheckProblem} from './problems.js'
import type {Problem} from '../problems/file-problem.js'

export interface CheckRequest {
  cwd: string
  /** Corrections files, the sources they name, or other text files and folders; none means all. */
  documents: string[]
  /** A document whose MQM penalty per 1,000 words is above this fails (`--max-penalty`). */
  maxPenalty?: number
  /** `--date`: the day every text speaks from (default: each corrections file's `published`). */
  date?: string | undefined
}

export interface CheckOutcome {
  /** One per corrections file and per linted source without one, sorted by document. */
  documents: CheckedDocument[]
  /**
   * Problems that stopped the check before it could judge (a broken config, an unreadable
   * file): exit 2 with nothing on stdout.
   */
  problems: Problem[]
  /** What the check passed over without failing: a file named outright that .posteditignore excludes. */
  warnings: Problem[]
}

const correctionsExtension = /\.ya?ml$/

/**
 * Splits the command line: arguments that name a corrections file (directly, or as the source
 * one names) and the other paths, which are only linted. None: every corrections file, and
 * source-text/ for the sources that have none.
 */
export async function selectDocuments(args: string[], cwd: string): Promise<{correctionsFiles: string[]; lintOnly: string[]}> {
  if (args.length === 0) {
    const correctionsFiles = await listCorrectionsFiles(cwd)
    const lintOnly = existsSync(path.join(cwd, DEFAULT_SOURCE_DIR)) ? [DEFAULT_SOURCE_DIR] : []
    if (correctionsFiles.length === 0 && lintOnly.length === 0) {
      throw new UsageError(`nothing to check: no \`corrections/\` or \`${DEFAULT_SOURCE_DIR}/\` folder in ${cwd}; name the documents to check`)
    }
    return {correctionsFiles, lintOnly}
  }
  const correctionsFiles: string[] = []
  const lintOnly: string[] = []
  for (const arg of args) {
    if (correctionsExtension.test(arg)) {
      correctionsFiles.push(...(await resolveCorrectionsFiles([arg], cwd)))
      continue
    }
    try {
      correctionsFiles.push(...(await resolveCorrectionsFiles([arg], cwd)))
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      // A text without corrections is still checked for findings.
      const absolute = path.resolve(cwd, arg)
      if (!/[*?[\]{}!]/.test(arg) && !existsSync(absolute)) throw new UsageError(`no such file or folder: \`${arg}\``)
      lintOnly.push(arg)
      // A folder's documents under review are checked even where .posteditignore excludes
      // their texts: an ignore line does not take a document out of the gate.
      if (statSync(absolute, {throwIfNoEntry: false})?.isDirectory()) correctionsFiles.push(...(await correctionsUnder(absolute, cwd)))
    }
  }
  return {correctionsFiles: [...new Set(correctionsFiles)], lintOnly: [...new Set(lintOnly)]}
}

/**
 * The corrections files that name one of `sources` (absolute paths), invalid ones included when
 * their YAML gets as far as naming a document: the check then reports why they are invalid.
 */
export async function correctionsNaming(sources: Set<string>, cwd: string, exclude: Set<string>): Promise<string[]> {
  const found: string[] = []
  for (const file of await listCorrectionsFiles(cwd)) {
    if (exclude.has(file)) continue
    const {sourcePath} = await correctDocument(file, cwd)
    if (sourcePath && sources.has(sourcePath)) found.push(file)
  }
  return found
}

function absolute(file: VFile, cwd: string): string {
  return path.resolve(file.cwd ?? cwd, file.path ?? '')
}

/**
 * Everything `postedit check` judges, read-only: each corrections file anchors exactly (no fuzzy
 * re-anchoring), each cleaned file is what apply would write now, no finding on a source is
 * left without a reviewed entry, and no cleaned text has findings of its own.
 */
export async function checkDocuments(request: CheckRequest): Promise<CheckOutcome> {
  const {cwd} = request
  const {correctionsFiles, lintOnly} = await selectDocuments(request.documents, cwd)
  const maxBytes = maxBytesOf(await loadProjectSettings(cwd))
  let documents = await correctDocuments(correctionsFiles, cwd, {maxBytes})
  // Each text's date (`--date`, or its corrections file's `published`) for the rules that judge dates.
  const dates = documentDates(documents, cwd, request.date)

  const sourcePaths = documents.flatMap((document) => (document.source !== undefined && document.sourcePath ? [relativeDisplay(document.sourcePath, cwd)] : []))
  // Each source is named even inside a folder named too (discovery takes a file once): reached
  // only by the folder's walk, a source .posteditignore excludes was passed over, and with it
  // the document, out of the CI gate.
  const linted = await lint([...new Set([...lintOnly, ...sourcePaths])], cwd, dates, undefined, sourcePaths)
  if (linted.problems.length > 0) return {documents: [], problems: linted.problems, warnings: linted.warnings}
  const sources = new Map<string, VFile>()
  for (const file of linted.files) if (!sources.has(absolute(file, cwd))) sources.set(absolute(file, cwd), file)

  // A folder named on the command line may hold sources that have corrections of their own.
  if (request.documents.length > 0) {
    const claimed = new Set(documents.flatMap((document) => (document.sourcePath ? [document.sourcePath] : [])))
    const unclaimed = new Set([...sources.keys()].filter((source) => !claimed.has(source)))
    const more = unclaimed.size > 0 ? await correctionsNaming(unclaimed, cwd, new Set(correctionsFiles)) : []
    if (more.length > 0) documents = await correctDocuments([...correctionsFiles, ...more], cwd, {maxBytes})
  }

  // Rejected spans are not findings: filtered with the corrections loaded above, once.
  dropRejected([...sources.values()], documents, cwd)
  const states = new Map<CorrectedDocument, Awaited<ReturnType<typeof cleanedState>>>()
  for (const document of documents) states.set(document, await cleanedState(document))
  // Only a cleaned file that is what apply would write is linted: findings on an older text
  // would be noise, and its being out of date fails the check already.
  const upToDate = documents.filter((document) => states.get(document)?.state === 'up-to-date')
  // With its source's config: the rules the source's config turns off or sets are the cleaned text's too.
  const sourceOf = new Map(upToDate.flatMap((document) => (document.cleanedPath && document.sourcePath ? [[path.resolve(document.cleanedPath), document.sourcePath] as const] : [])))
  const cleanedNames = upToDate.map((document) => document.cleanedName!)
  const cleanedLint = await lint(cleanedNames, cwd, dates, (file) => sourceOf.get(file), cleanedNames)
  if (cleanedLint.problems.length > 0) return {documents: [], problems: cleanedLint.problems, warnings: linted.warnings}
  const cleanedFiles = new Map(cleanedLint.files.map((file) => [absolute(file, cwd), file]))

  const checked: CheckedDocument[] = []
  const covered = new Set<string>()
  for (const document of documents) {
    const problems: CheckProblem[] = [...correctionsProblems(document), ...(states.get(document)?.problems ?? [])]
    const source = document.sourcePath ? sources.get(document.sourcePath) : undefined
    if (source && document.sourcePath) {
      covered.add(document.sourcePath)
      // Loops, not push(...): a large text's findings can outnumber the call stack's room.
      for (const problem of unresolvedFindings(source, displayPath(source, cwd), document.loaded)) problems.push(problem)
    }
    const cleaned = document.cleanedPath ? cleanedFiles.get(document.cleanedPath) : undefined
    if (cleaned && document.loaded) {
      const sourceFindings = (source?.messages ?? []) as Finding[]
      for (const problem of cleanedFindings(cleaned, displayPath(cleaned, cwd), document.loaded, document.result?.applied ?? [], sourceFindings)) problems.push(problem)
    }
    const name = document.sourcePath ? relativeDisplay(document.sourcePath, cwd) : null
    const score = source ? documentScore(source, problems) : null
    checked.push({
      document: name,
      corrections: document.correctionsFile,
      cleaned: document.cleanedName ?? null,
      score,
      problems: sortProblems([...problems, ...penaltyProblems(name ?? document.correctionsFile, score, request.maxPenalty)])
    })
  }
  for (const [source, file] of sources) {
    if (covered.has(source)) continue
    const name = displayPath(file, cwd)
    const problems = unresolvedFindings(file, name, undefined)
    const score = documentScore(file, problems)
    checked.push({
      document: name,
      corrections: null,
      cleaned: null,
      score,
      problems: sortProblems([...problems, ...penaltyProblems(name, score, request.maxPenalty)])
    })
  }
  return {documents: sortDocuments(checked), problems: [], warnings: linted.warnings}
}

/** The score of what is left to fix: the unresolved findings and the cleaned text's own. */
function documentScore(source: VFile, problems: readonly CheckProblem[]): Score {
  const left = problems.filter((problem) => problem.kind === 'unresolved-finding' || problem.kind === 'cleaned-finding')
  return scoreOf(left.map((problem) => problem.severity), countWords(proseText(source)), scoreSettingsOf(source))
}

function penaltyProblems(path: string, score: Score | null, maxPenalty: number | undefined): CheckProblem[] {
  if (maxPenalty === undefined || !score || score.perThousandWords <= maxPenalty) return []
  return [
    {
      kind: 'max-penalty',
      severity: 'error',
      message: `MQM penalty ${score.perThousandWords.toFixed(2)} per 1,000 words is above --max-penalty ${maxPenalty}; resolve findings or correct the text`,
      path,
      ruleId: checkRuleIds['max-penalty']
    }
  ]
}

function sortDocuments(documents: CheckedDocument[]): CheckedDocument[] {
  return documents.sort(
    (a, b) => compare(a.document ?? a.corrections ?? '', b.document ?? b.corrections ?? '') || compare(a.corrections ?? '', b.corrections ?? '')
  )
}

/**
 * Lints the given paths; problems are those that stop linting (a broken config, an unreadable
 * file). A broken corrections file is not one: its document reports it.
 */
async function lint(
  paths: string[],
  cwd: string,
  documentDate: (file: VFile) => string | undefined,
  configFrom?: (file: string) => string | undefined,
  unignored: readonly string[] = []
): Promise<{files: VFile[]; problems: Problem[]; warnings: Problem[]}> {
  if (paths.length === 0) return {files: [], problems: [], warnings: []}
  return lintFiles({cwd, paths, documentDate, configFrom, unignored})
}
