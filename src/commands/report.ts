import path from 'node:path'
import {isSystemError, systemErrorLine} from '../fs/system-error.js'
import {ProjectPaths, realPathOf} from '../fs/project-paths.js'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {correctionsNaming, selectDocuments} from '../check/check-documents.js'
import {CLEANED_DIR, CORRECTIONS_DIR, cleanedTexts, correctDocuments, type CorrectedDocument} from '../corrections/documents.js'
import {relativeDisplay} from '../corrections/load.js'
import {dateHelp, dateOption} from '../corrections/date-option.js'
import {anchoredSpans, documentDates, resolvedByEdits} from '../corrections/suppress.js'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import type {Finding} from '../lint/postedit.js'
import {DEFAULT_SOURCE_DIR, lintFiles} from '../lint/run-lint.js'
import {scoreOf, scoreSettingsOf} from '../lint/score.js'
import {packageVersion} from '../package-version.js'
import {htmlReport} from '../report/html-report.js'
import {checkPagesFolder} from '../report/output-target.js'
import {displayPath, fileScore, severityOf, sortFindings, toJsonMessage} from '../report/json-report.js'
import {problemLine} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'

export const reportHelp = `Usage: postedit report [documents...] [options]

Write one self-contained HTML page per document: the text with its findings highlighted by
category and severity (explanation and suggestion on hover or keyboard focus), the cleaned
text beside it, the corrections and the word diff, the MQM score, and a findings table that
filters by rule and severity. The page loads nothing from the network. A document is a
corrections file, the source one names, or another text file or folder; none means every
corrections/*.yml and source-text/.

Options:
  --out-dir <dir>          where to write <name>.report.html (default: cleaned/)
${dateHelp(27)}
  -h, --help               this text
`

/** `cleaned/moscow-air-defense.report.html` for `source-text/moscow-air-defense.txt`. */
export function reportName(source: string): string {
  return path.basename(source).replace(/\.[^.]*$/, '') + '.report.html'
}

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'out-dir': {type: 'string', default: 'cleaned'},
      date: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, reportHelp)
    return EXIT.ok
  }
  const {cwd} = io
  const date = dateOption(values.date)
  // The pages' folder is refused before a text is linted.
  if (values['out-dir'].trim() === '') throw new UsageError('--out-dir needs a folder, as in `--out-dir reports`')
  const outDir = path.resolve(cwd, values['out-dir'])
  // A committed `cleaned` link could point anywhere: pages are written inside the project only.
  if (new ProjectPaths(cwd).inside(outDir) === undefined) {
    throw new UsageError(`--out-dir ${values['out-dir']} is outside the project folder (symlinks followed); name a folder in the project`)
  }
  checkPagesFolder(cwd, values['out-dir'], {folders: [DEFAULT_SOURCE_DIR, CORRECTIONS_DIR, CLEANED_DIR], pages: CLEANED_DIR})
  const {correctionsFiles, lintOnly} = await selectDocuments(positionals, cwd)
  const maxBytes = maxBytesOf(await loadProjectSettings(cwd))
  const documents = await correctDocuments(correctionsFiles, cwd, {maxBytes})
  let failed = false
  const usable = new Map<string, CorrectedDocument>()
  const take = (more: CorrectedDocument[]) => {
    for (const document of more) {
      // A document whose corrections cannot be applied gets no page: its cleaned side would lie.
      if (document.problems.length > 0 || !document.result || !document.sourcePath) {
        for (const problem of document.problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
        failed = true
        continue
      }
      usable.set(document.sourcePath, document)
    }
  }
  take(documents)
  const sources = [...usable.values()].map((document) => relativeDisplay(document.sourcePath!, cwd))
  const paths = [...new Set([...lintOnly, ...sources])]
  if (paths.length === 0) return EXIT.usage
  // The corrections' `published` dates their texts, unless --date says otherwise.
  const {files, problems, warnings} = await lintFiles({cwd, paths, documentDate: documentDates(documents, cwd, date), unignored: sources})
  for (const warning of warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)
  if (problems.length > 0) {
    for (const problem of problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
    return EXIT.usage
  }

  // A folder named on the command line may hold sources that have corrections of their own.
  if (positionals.length > 0) {
    const claimed = new Set(documents.flatMap((document) => (document.sourcePath ? [document.sourcePath] : [])))
    const unclaimed = new Set(files.map((file) => path.resolve(file.cwd ?? cwd, file.path ?? '')).filter((source) => !claimed.has(source)))
    const more = unclaimed.size > 0 ? await correctionsNaming(unclaimed, cwd, new Set(correctionsFiles)) : []
    const extra = await correctDocuments(more, cwd, {maxBytes})
    documents.push(...extra)
    take(extra)
  }

  const seen = new Set<string>()
  const clashes = reportClashes(files, await cleanedTexts(cwd), outDir, cwd)
  for (const file of files) {
    const absolute = path.resolve(file.cwd ?? cwd, file.path ?? '')
    if (seen.has(absolute)) continue
    seen.add(absolute)
    const document = usable.get(absolute)
    if (!document && correctionsFiles.length > 0 && documents.some((d) => d.sourcePath === absolute)) continue
    const target = path.join(outDir, reportName(absolute))
    const clash = clashes.get(absolute)
    if (clash) {
      write(io.stderr, printable(`postedit: ${displayPath(file, cwd)}: its report would be ${relativeDisplay(target, cwd)}, ${clash}; nothing written for it`))
      failed = true
      continue
    }
    try {
      await writeFileAtomic(target, pageFor(file, document, cwd))
    } catch (error) {
      // One page that cannot be written does not stop the others.
      if (!isSystemError(error)) throw error
      write(io.stderr, `postedit: ${printable(systemErrorLine(error, cwd, relativeDisplay(target, cwd)))}`)
      failed = true
      continue
    }
    write(io.stdout, printable(`${displayPath(file, cwd)}: report written to ${relativeDisplay(target, cwd)}`))
  }
  return failed ? EXIT.usage : EXIT.ok
}

/**
 * Texts whose page cannot be written, and why: pages are named after the text's file name
 * alone, so two texts (`x/a.txt` and `y/a.txt`, or `a.txt` and `a.md`) would write one page,
 * the second over the first; and a page must not replace a text postedit reads or a cleaned
 * text apply writes (`source-text/a.report.html` is cleaned into `cleaned/a.report.html`).
 */
function reportClashes(files: readonly VFile[], cleaned: ReadonlyMap<string, string>, outDir: string, cwd: string): Map<string, string> {
  const sources = [...new Set(files.map((file) => path.resolve(file.cwd ?? cwd, file.path ?? '')))]
  const owners = new Map<string, string[]>()
  for (const source of sources) {
    const target = path.join(outDir, reportName(source))
    owners.set(target, [...(owners.get(target) ?? []), source])
  }
  // Compared as real paths: an --out-dir that is a link to the texts' folder lands on them.
  const inputs = new Set(sources.map(realPathOf))
  const cleanedByReal = new Map([...cleaned].map(([file, source]) => [realPathOf(file), source]))
  // Every corrections file's source, reported this run or not: sources are never written.
  const documentSources = new Set([...cleaned.values()].map(realPathOf))
  const clashes = new Map<string, string>()
  for (const [target, claimants] of owners) {
    const real = realPathOf(target)
    for (const source of claimants) {
      const others = claimants.filter((other) => other !== source).map((other) => relativeDisplay(other, cwd))
      if (others.length > 0) clashes.set(source, `and so would ${others.join(', ')}'s; give the texts different file names, or report one at a time`)
      else if (inputs.has(real)) clashes.set(source, `which is a text this run reads; name another folder with --out-dir`)
      else if (documentSources.has(real)) clashes.set(source, `which is the source of a document under review; name another folder with --out-dir`)
      else if (cleanedByReal.has(real)) {
        clashes.set(source, `which is the cleaned text of ${relativeDisplay(cleanedByReal.get(real)!, cwd)}; name another folder with --out-dir`)
      }
    }
  }
  return clashes
}

function pageFor(file: VFile, document: CorrectedDocument | undefined, cwd: string): string {
  const findings = sortFindings((file.messages as Finding[]).filter((message) => message.source === 'postedit'))
  const text = String(file.value ?? '')
  const score = fileScore(file, findings)
  const base = {
    source: displayPath(file, cwd),
    text,
    findings: findings.map(toJsonMessage),
    score,
    version: packageVersion()
  }
  if (!document?.loaded || !document.result) return htmlReport(base)
  const approved = anchoredSpans(text, document.loaded.data.corrections, ['approved'])
  const open = findings.filter((finding) => !resolvedByEdits(approved, finding))
  return htmlReport({
    ...base,
    corrections: {
      file: document.correctionsFile,
      cleanedName: document.cleanedName!,
      cleaned: document.result.text,
      applied: document.result.applied,
      entries: document.loaded.data.corrections,
      // The words are the file's, counted once for both scores.
      remaining: scoreOf(open.map(severityOf), score.words, scoreSettingsOf(file))
    }
  })
}
