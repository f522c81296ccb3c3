import {parseArgs} from 'node:util'
import {documentDates, dropRejected} from '../corrections/suppress.js'
import {isSystemError, systemErrorParts} from '../fs/system-error.js'
import {problemLine, type Problem} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import {prettyReport} from '../report/pretty-report.js'
import {EXIT, write, type Io} from '../io.js'
import {DEFAULT_SOURCE_DIR, lintFiles} from '../lint/run-lint.js'
import {globMatches, isGlob} from '../lint/discover.js'
import {displayPath, fileScore, severityOf} from '../report/json-report.js'
import {scoreText} from '../lint/score.js'
import type {VFile} from 'vfile'
import path from 'node:path'
import {appliedLine, correctDocuments, listCorrectionsFiles, type CorrectedDocument} from '../corrections/documents.js'
import {anchoredSpans, resolvedByEdits} from '../corrections/suppress.js'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {isInside} from '../fs/project-paths.js'
import {relativeDisplay} from '../corrections/load.js'
import type {Finding} from '../lint/postedit.js'
import {plural} from '../report/plural.js'
import {dateHelp, dateOption} from '../corrections/date-option.js'

export const runHelp = `Usage: postedit run [paths...]

The main job (what \`npm start\` runs): lint source-text/, apply corrections/*.yml
(writing cleaned/), and print the report and a one-line summary per file: findings,
corrections applied, and what is unresolved (findings no reviewed entry covers, entries
still proposed). Findings are its output: it exits 0 when the job ran and 2 when it could
not (a stale or conflicting correction: nothing is written for that document).

Options:
${dateHelp(39)}
  -h, --help                           this text
`

export function summaryLine(file: VFile, cwd: string): string {
  const counts = {error: 0, warning: 0, info: 0}
  for (const message of file.messages) counts[severityOf(message)]++
  const total = file.messages.length
  return `${displayPath(file, cwd)}: ${plural(total, 'finding')} (${counts.error} error, ${counts.warning} warning, ${counts.info} info), ${scoreText(fileScore(file))}`
}

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {date: {type: 'string'}, help: {type: 'boolean', short: 'h', default: false}}
  })
  if (values.help) {
    write(io.stdout, runHelp)
    return EXIT.ok
  }
  const date = dateOption(values.date)
  // The corrections, loaded once: each document is applied on its own, so one stale entry or
  // broken file stops only its document (nothing written for it) and the job reports exit 2.
  // Their `published` dates the texts being linted.
  const maxBytes = maxBytesOf(await loadProjectSettings(io.cwd))
  const documents = await correctDocuments(await listCorrectionsFiles(io.cwd), io.cwd, {maxBytes})
  const lintOnly = await lintedSources(documents, positionals, io.cwd)
  const paths = lintOnly.length === 0 ? positionals : [...(positionals.length > 0 ? positionals : [DEFAULT_SOURCE_DIR]), ...lintOnly]
  const {files, problems, warnings} = await lintFiles({cwd: io.cwd, paths, documentDate: documentDates(documents, io.cwd, date), unignored: lintOnly})
  for (const warning of warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)
  if (problems.length > 0) {
    for (const problem of problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
    return EXIT.usage
  }
  dropRejected(files, documents, io.cwd)
  const text = prettyReport(files, {quiet: true, color: io.color})
  if (text) write(io.stdout, text)

  for (const document of documents) {
    if (document.problems.length > 0 || !document.result) {
      for (const problem of document.problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
      continue
    }
    try {
      await writeFileAtomic(document.cleanedPath!, document.result.text)
    } catch (error) {
      // One document that cannot be written does not stop the others.
      if (!isSystemError(error)) throw error
      const problem: Problem = {...systemErrorParts(error, io.cwd, document.cleanedName), kind: 'unwritable'}
      document.problems.push(problem)
      write(io.stderr, `postedit: ${problemLine(problem)}`)
    }
  }
  const bySource = new Map(documents.filter((d) => d.sourcePath).map((d) => [d.sourcePath!, d]))
  // A file too broken to say which text it corrects (`document: [`) answers for the text of its
  // own name, as apply would have written corrections/<name>.yml for it: not "no corrections file".
  const unnamed = new Map(documents.filter((d) => !d.sourcePath).map((d) => [path.parse(d.correctionsFile).name, d]))
  for (const file of files) {
    const absolute = path.resolve(file.cwd ?? io.cwd, file.path ?? '')
    const document = bySource.get(absolute) ?? unnamed.get(path.parse(absolute).name)
    write(io.stdout, printable(`${summaryLine(file, io.cwd)}; ${correctionsSummary(file, document)}`))
    if (document?.sourcePath) bySource.delete(document.sourcePath)
  }
  // Documents corrected but not linted this time (outside the linted paths).
  for (const document of bySource.values()) {
    if (document.problems.length === 0) write(io.stdout, appliedLine(document))
  }
  return documents.some((document) => document.problems.length > 0) ? EXIT.usage : EXIT.ok
}

/**
 * The sources of documents under review that lie in the folders or files this run lints
 * (`source-text/` by default), named outright: a folder's walk passes over what
 * .posteditignore excludes, and with it the document, which then would neither be linted nor
 * summed up, though its corrections are applied. `check` lints them the same way.
 */
async function lintedSources(documents: readonly CorrectedDocument[], positionals: readonly string[], cwd: string): Promise<string[]> {
  const given = positionals.length > 0 ? positionals : [DEFAULT_SOURCE_DIR]
  const roots = given.filter((named) => !isGlob(named, cwd)).map((root) => path.resolve(cwd, root))
  // A glob takes what it matches, as discovery expands it (`run 'source-text/*.txt'`).
  const matched = new Set<string>()
  for (const pattern of given.filter((named) => isGlob(named, cwd))) for (const match of await globMatches(pattern, cwd)) matched.add(match)
  return documents.flatMap((document) => {
    const source = document.sourcePath
    if (document.source === undefined || !source) return []
    return matched.has(source) || roots.some((root) => isInside(root, source)) ? [relativeDisplay(source, cwd)] : []
  })
}

/**
 * What the corrections did for a linted file and what is left: findings that no approved
 * entry covers (rejected ones were already dropped by lint) and entries still proposed.
 */
export function correctionsSummary(file: VFile, document: CorrectedDocument | undefined): string {
  const findings = file.messages.length
  if (!document?.loaded) {
    return document
      ? `${document.correctionsFile} invalid (see the errors above), nothing applied; unresolved: ${plural(findings, 'finding')}`
      : `no corrections file; unresolved: ${plural(findings, 'finding')}`
  }
  const approved = anchoredSpans(String(file.value), document.loaded.data.corrections, ['approved'])
  const open = file.messages.filter((message) => !resolvedByEdits(approved, message as Finding)).length
  const proposed = document.counts.proposed
  const done =
    document.problems.length > 0 || !document.result
      ? `corrections not applied (see the errors above)`
      : `${plural(document.result.applied.length, 'correction')} applied to ${document.cleanedName}`
  return `${done}; unresolved: ${plural(open, 'finding')}, ${plural(proposed, 'proposed correction')}`
}
