import path from 'node:path'
import {documentDates, loadCorrectionsDocuments, suppressRejected} from '../corrections/suppress.js'
import {dateHelp, dateOption} from '../corrections/date-option.js'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {CLEANED_DIR, CORRECTIONS_DIR, type CorrectedDocument} from '../corrections/documents.js'
import {CorrectionsError} from '../corrections/errors.js'
import {loadCorrectionsFile, relativeDisplay} from '../corrections/load.js'
import {mergeEntries, openCorrectionsTarget, writeCorrections} from '../corrections/merge.js'
import {proposeCorrections} from '../corrections/propose.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import type {Finding} from '../lint/postedit.js'
import {lintFiles} from '../lint/run-lint.js'
import {plural} from '../report/plural.js'
import {problemLine} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'
import {isInside, realPathOf} from '../fs/project-paths.js'

export const proposeHelp = `Usage: postedit propose [documents...] [options]

Lint each source and add a \`proposed\` entry to its corrections file for every finding with
one safe suggestion (a deletion included), anchored with the shortest context that makes it
unique, carrying the rule, MQM category and severity, and the finding's reason as its note.
Entries already there (same span and replacement, whatever their status) are not added
again, and the file's comments and order are kept. Approve them with \`postedit review\`.
A document is a source .txt file, a folder or glob of them, or a corrections file (for the
source it names); none means source-text/. A source without a corrections file gets
corrections/<name>.yml.

Options:
  --dry-run                print the entries that would be added; write nothing
${dateHelp(27)}
  -h, --help               this text
`

function entries(count: number): string {
  return count === 1 ? '1 proposed entry' : `${count} proposed entries`
}

/** Corrections files by the absolute source path they name (valid files only, the first of each source). */
function correctionsBySource(documents: readonly CorrectedDocument[]): Map<string, string> {
  const bySource = new Map<string, string>()
  for (const {loaded, correctionsFile} of documents) {
    if (loaded && !bySource.has(loaded.sourcePath)) bySource.set(loaded.sourcePath, correctionsFile)
  }
  return bySource
}

/** What to lint: sources as given, corrections files replaced by the source they name. */
async function lintPaths(documents: string[], cwd: string): Promise<string[]> {
  const paths: string[] = []
  for (const document of documents) {
    if (!/\.ya?ml$/.test(document)) {
      paths.push(document)
      continue
    }
    try {
      paths.push(relativeDisplay((await loadCorrectionsFile(document, cwd)).sourcePath, cwd))
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error
      throw new UsageError(error.problems[0] ?? error.message)
    }
  }
  return paths
}

export async function proposeCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': {type: 'boolean', default: false},
      date: {type: 'string'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, proposeHelp)
    return EXIT.ok
  }
  const date = dateOption(values.date)
  // The corrections, loaded once: their `published` dates the texts, their rejections filter the findings.
  const documents = await loadCorrectionsDocuments(io.cwd)
  const paths = await lintPaths(positionals, io.cwd)
  // Texts named outright, as lint names them in reports: a cleaned text named is not skipped.
  const named = new Set(paths.map((given) => path.relative(io.cwd, path.resolve(io.cwd, given)).split(path.sep).join('/')))
  const {files, problems: lintProblems, warnings} = await lintFiles({
    cwd: io.cwd,
    paths,
    documentDate: documentDates(documents, io.cwd, date)
  })
  for (const warning of warnings) write(io.stderr, `postedit: warning: ${problemLine(warning)}`)
  // A broken corrections file or an unreadable text stops only its own document: each problem
  // is said once, the other texts get their entries, and the exit is 2.
  const said = new Set<string>()
  const say = (line: string) => {
    if (said.has(line)) return
    said.add(line)
    write(io.stderr, `postedit: ${printable(line)}`)
  }
  for (const problem of [...lintProblems, ...(await suppressRejected(files, io.cwd, {}, documents))]) say(problemLine(problem))
  const bySource = correctionsBySource(documents)
  // Every file is computed before any is written.
  const results = []
  const cleanedDir = realPathOf(path.join(io.cwd, CLEANED_DIR))
  /** Corrections files this run writes, and the text each is for. */
  const claimed = new Map<string, string>()
  for (const file of files as VFile[]) {
    // cleaned/ holds postedit's output, not texts to correct: a folder walk ("propose .") passes it.
    if (!named.has(file.path ?? '') && isInside(cleanedDir, realPathOf(path.resolve(file.cwd ?? io.cwd, file.path ?? '')))) continue
    const sourcePath = path.resolve(file.cwd ?? io.cwd, file.path ?? '')
    const correctionsFile = bySource.get(sourcePath) ?? path.join(CORRECTIONS_DIR, `${path.parse(sourcePath).name}.yml`)
    // Two new texts of one name (x/a.txt, y/a.txt) would both start corrections/a.yml: the
    // first in the run's order takes it, as if proposed one after the other.
    const claimant = claimed.get(path.resolve(io.cwd, correctionsFile))
    if (claimant !== undefined && claimant !== sourcePath) {
      say(
        `${relativeDisplay(path.resolve(io.cwd, correctionsFile), io.cwd)}: this run starts it for \`${relativeDisplay(claimant, io.cwd)}\`, so not for \`${relativeDisplay(sourcePath, io.cwd)}\`; ` +
          `propose writes a new text's entries to ${CORRECTIONS_DIR}/<its name>.yml: give the text another file name`
      )
      continue
    }
    try {
      const target = await openCorrectionsTarget(
        correctionsFile,
        sourcePath,
        io.cwd,
        undefined,
        `propose writes a new text's entries to ${CORRECTIONS_DIR}/<its name>.yml, and this one corrects another text: give the text another file name`
      )
      const proposal = proposeCorrections(String(file.value), file.messages as Finding[], target.data?.corrections ?? [])
      results.push({proposal, merged: mergeEntries(target, proposal.entries)})
      // A file already there says whose it is itself (openCorrectionsTarget refuses another text).
      if (target.text === undefined) claimed.set(path.resolve(io.cwd, correctionsFile), sourcePath)
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error
      // Its own corrections file is at fault: this text gets nothing, the others go on.
      const [first = error.message, ...more] = error.problems
      say(first + (more.length > 0 ? ` (and ${plural(more.length, 'more problem')})` : ''))
    }
  }
  for (const {proposal, merged} of results) {
    const added = merged.added.length
    const present = proposal.present.length + merged.skipped.length
    const notes = [
      present > 0 ? `${present} already present` : '',
      proposal.overlapping.length > 0 ? `${proposal.overlapping.length} overlapping an entry` : '',
      proposal.unsafe.length > 0 ? `${plural(proposal.unsafe.length, 'finding')} without a safe fix` : ''
    ].filter(Boolean)
    const tail = notes.length > 0 ? ` (${notes.join(', ')})` : ''
    if (values['dry-run']) {
      // The YAML writer leaves C1 controls and bidirectional overrides raw, quoted or not.
      if (merged.appended) write(io.stdout, printable(merged.appended, true))
      write(io.stdout, printable(`# ${merged.displayPath}: ${entries(added)} would be added${tail}; dry run, nothing written`))
      continue
    }
    if (added > 0) await writeCorrections(merged)
    write(io.stdout, printable(`${merged.displayPath}: ${entries(added)} added${tail}`))
  }
  return said.size > 0 ? EXIT.usage : EXIT.ok
}
