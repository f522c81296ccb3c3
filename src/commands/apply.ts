import {parseArgs} from 'node:util'
import {isSystemError, systemErrorLine} from '../fs/system-error.js'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import {cleanedState} from '../check/cleaned-state.js'
import {appliedLine, correctDocuments, movedDiffs, movedLines, resolveCorrectionsFiles} from '../corrections/documents.js'
import {correctionsDiff} from '../corrections/diff.js'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {EXIT, write, type Io} from '../io.js'
import {problemLine} from '../problems/file-problem.js'
import {printable} from '../problems/printable.js'

export const applyHelp = `Usage: postedit apply [documents...] [options]

Apply the approved entries of corrections/<name>.yml to the source it names and write
cleaned/<source file name> (atomically; the source is never written). A document is a
corrections file or the source path one names; none means every corrections/*.yml.
A stale, ambiguous or conflicting entry, or an invalid file, stops that document: nothing
is written for it and postedit exits 2.

Options:
  --check      write nothing; exit 1 when a cleaned file is missing or out of date
  --dry-run    print the diff of each source against its would-be cleaned text instead
  --fuzzy      re-anchor entries whose exact text is gone to their best approximate match
  -h, --help   this text
`

export async function applyCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      check: {type: 'boolean', default: false},
      'dry-run': {type: 'boolean', default: false},
      fuzzy: {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, applyHelp)
    return EXIT.ok
  }
  const maxBytes = maxBytesOf(await loadProjectSettings(io.cwd))
  const files = await resolveCorrectionsFiles(positionals, io.cwd)
  if (files.length === 0) write(io.stderr, 'postedit: no corrections files in corrections/; nothing to apply')
  let failed = false
  let outdated = false
  for (const document of await correctDocuments(files, io.cwd, {fuzzy: values.fuzzy, maxBytes})) {
    if (document.problems.length > 0 || !document.result || document.source === undefined) {
      for (const problem of document.problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
      failed = true
      continue
    }
    const diffs = movedDiffs(document)
    movedLines(document).forEach((line, index) => {
      write(io.stderr, `postedit: ${line}`)
      for (const diff of diffs[index] ?? []) write(io.stderr, diff)
    })
    const {result, source} = document
    const target = document.cleanedPath!
    if (values.check) {
      // The same test `postedit check` applies: byte for byte what apply would write now.
      const {state} = await cleanedState(document)
      const name = printable(document.cleanedName!)
      if (state === 'missing') {
        write(io.stdout, `${name}: missing; run \`postedit apply\` to write it`)
        outdated = true
      } else if (state === 'outdated') {
        write(io.stdout, `${name}: out of date; run \`postedit apply\` to update it`)
        outdated = true
      } else {
        write(io.stdout, `${name}: up to date`)
      }
      continue
    }
    if (values['dry-run']) {
      const patch = correctionsDiff({source: document.sourceName!, cleaned: document.cleanedName!}, source, result.text, result.applied)
      if (patch) write(io.stdout, patch)
      write(io.stdout, `${appliedLine(document)} (dry run: nothing written)`)
      continue
    }
    try {
      await writeFileAtomic(target, result.text)
    } catch (error) {
      // One document that cannot be written does not stop the others.
      if (!isSystemError(error)) throw error
      write(io.stderr, `postedit: ${printable(systemErrorLine(error, io.cwd, document.cleanedName))}`)
      failed = true
      continue
    }
    write(io.stdout, appliedLine(document))
  }
  if (failed) return EXIT.usage
  return outdated ? EXIT.findings : EXIT.ok
}
