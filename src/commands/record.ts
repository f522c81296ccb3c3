import {ReadTextError, readTextFile} from '../fs/read-text.js'
import {ProjectPaths, leadsOut} from '../fs/project-paths.js'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {CorrectionsError} from '../corrections/errors.js'
import {editEntries} from '../corrections/edit-entries.js'
import {parseCorrections, relativeDisplay} from '../corrections/load.js'
import {mergeEntries, openCorrectionsTarget, writeCorrections} from '../corrections/merge.js'
import {recordCorrections} from '../corrections/record.js'
import {inFormOf, lineBreakOf} from '../corrections/source-view.js'
import {applyCorrections} from '../corrections/apply.js'
import {editsOnSource} from '../corrections/edits-on-source.js'
import {supersede} from '../corrections/supersede.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {printable} from '../problems/printable.js'

export const recordHelp = `Usage: postedit record SOURCE EDITED [options]

Record how a hand-edited copy (EDITED) differs from SOURCE as proposed entries in the
corrections file of SOURCE, for review. SOURCE and EDITED are never changed.

Options:
  --corrections <file>  corrections file (default: corrections/<name of SOURCE>.yml)
  --dry-run             print the entries that would be added; write nothing
  -h, --help            this text
`

async function readText(role: 'SOURCE' | 'EDITED', file: string, cwd: string, maxBytes: number): Promise<string> {
  const shown = relativeDisplay(file, cwd)
  // SOURCE is a document of the project, which its corrections anchor to. EDITED is only read:
  // a copy named outside the project (~/Downloads/a.txt) is the user's choice, as for lint, but
  // a path in the project that a link leads out of is refused (a checked-out link to /etc).
  const lexical = path.relative(cwd, path.resolve(cwd, file))
  const namedOutside = leadsOut(lexical)
  const real = role === 'EDITED' && namedOutside ? path.resolve(cwd, file) : new ProjectPaths(cwd).inside(file)
  if (real === undefined) {
    throw new UsageError(
      role === 'SOURCE' || namedOutside
        ? `${role} \`${shown}\` is outside the project folder (symlinks followed); name a file in the project`
        : `${role} \`${shown}\` is a link out of the project folder; name the file it leads to by its own path`
    )
  }
  try {
    return await readTextFile(real, {display: shown, maxBytes})
  } catch (error) {
    if (!(error instanceof ReadTextError)) throw error
    if (error.reason === 'no such file') throw new UsageError(`${role} \`${shown}\` does not exist`)
    if (error.reason.includes('(a folder)')) throw new UsageError(`${role} \`${shown}\` is a folder, not a text file`)
    throw new UsageError(error.message)
  }
}

/**
 * An editor may have saved the copy with other line breaks; that is not a correction, so the
 * copy takes the source's (the rule apply uses to tell CRLF sources).
 */
function withLineBreaksOf(source: string, edited: string): string {
  const crlf = (text: string) => lineBreakOf(text) === '\r\n'
  if (crlf(source) && !crlf(edited)) return edited.replace(/\r?\n/g, '\r\n')
  if (!source.includes('\r') && crlf(edited)) return edited.replace(/\r\n/g, '\n')
  return edited
}

function entries(count: number): string {
  return count === 1 ? '1 proposed entry' : `${count} proposed entries`
}

export async function recordCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corrections: {type: 'string'},
      'dry-run': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, recordHelp)
    return EXIT.ok
  }
  const [sourceArg, editedArg, ...extra] = positionals
  if (sourceArg === undefined || editedArg === undefined || extra.length > 0) {
    throw new UsageError('record takes SOURCE and EDITED, as in `postedit record source-text/x.txt edited/x.txt`')
  }
  const sourceName = relativeDisplay(sourceArg, io.cwd)
  const editedName = relativeDisplay(editedArg, io.cwd)
  const correctionsArg = values.corrections ?? path.join('corrections', `${path.parse(sourceArg).name}.yml`)
  const correctionsPath = path.resolve(io.cwd, correctionsArg)
  for (const [role, file] of [['SOURCE', sourceArg], ['EDITED', editedArg]] as const) {
    if (path.resolve(io.cwd, file) === correctionsPath) {
      throw new UsageError(`the corrections file is ${role} \`${relativeDisplay(file, io.cwd)}\`; name another with --corrections`)
    }
  }

  const maxBytes = maxBytesOf(await loadProjectSettings(io.cwd))
  const source = await readText('SOURCE', sourceArg, io.cwd, maxBytes)
  const saved = await readText('EDITED', editedArg, io.cwd, maxBytes)
  const lineBreaks = withLineBreaksOf(source, saved)
  const edited = inFormOf(source, lineBreaks)
  if (source === edited || source.normalize('NFC') === edited.normalize('NFC')) {
    const differences = [
      ...(lineBreaks === saved ? [] : ['line breaks (CRLF and LF)']),
      ...(source === lineBreaks ? [] : ['Unicode normalisation (NFC and NFD)'])
    ]
    const why =
      differences.length === 0
        ? 'do not differ'
        : `differ only in their ${differences.join(' and ')}, which ${differences.length === 1 && source !== lineBreaks ? "is an editor's, not a correction" : "are an editor's, not corrections"}`
    write(io.stdout, printable(`${sourceName} and ${editedName} ${why}: nothing to record`))
    return EXIT.ok
  }
  if (source === '') throw new UsageError(`SOURCE \`${sourceName}\` is empty: there is no text to anchor corrections to`)

  try {
    const target = await openCorrectionsTarget(correctionsPath, sourceArg, io.cwd, maxBytes)
    // Recorded from the cleaned text: only what was edited on top of the approved entries.
    const existing = target.data?.corrections ?? []
    let onSource = edited
    if (existing.some((entry) => entry.status === 'approved')) {
      const applied = applyCorrections(source, existing, {sourceName})
      if (applied.problems.length === 0) {
        if (applied.text === edited) {
          write(io.stdout, printable(`${editedName} is what the approved entries of ${target.displayPath} give: nothing to record`))
          return EXIT.ok
        }
        onSource = editsOnSource(source, applied, edited) ?? edited
      }
    }
    const recorded = recordCorrections(source, onSource, {
      existingIds: target.data?.corrections.map((entry) => entry.id),
      note: `recorded from ${editedName}`
    })
    // Changes an entry already makes, or that supersede one, update it rather than add a
    // second entry that would conflict with it.
    const plan = supersede(source, target.data?.corrections ?? [], recorded)
    const updatedText = target.text === undefined ? undefined : editEntries(target.text, plan.updated.map((item) => item.edit))
    const updatedTarget =
      updatedText === undefined || updatedText === target.text ? target : {...target, text: updatedText, data: parseCorrections(updatedText, target.displayPath, {allowUndecided: true}).data}
    const result = mergeEntries(updatedTarget, plan.fresh)
    const alreadyThere = plan.present.length + result.skipped.length
    const present = alreadyThere > 0 ? ` (${alreadyThere} already present)` : ''
    const updated =
      plan.updated.length > 0
        ? `, ${plan.updated.length} updated (${plan.updated
            .map(({previous}) => (previous.status === 'proposed' ? previous.id : `${previous.id}: was ${previous.status}, proposed again`))
            .join('; ')})`
        : ''
    if (values['dry-run']) {
      // The YAML writer leaves C1 controls and bidirectional overrides raw, quoted or not.
      if (result.appended) write(io.stdout, printable(result.appended, true))
      write(io.stdout, printable(`# ${result.displayPath}: ${entries(result.added.length)} would be recorded${updated.replace(' updated', ' would be updated')}${present}; dry run, nothing written`))
      return EXIT.ok
    }
    if (result.added.length > 0 || updatedTarget !== target) await writeCorrections(result)
    write(io.stdout, printable(`${result.displayPath}: ${entries(result.added.length)} recorded${updated}${present}`))
    return EXIT.ok
  } catch (error) {
    if (!(error instanceof CorrectionsError)) throw error
    const [first = error.message, ...more] = error.problems
    const also = more.length > 0 ? ` (and ${more.length} more ${more.length === 1 ? 'problem' : 'problems'})` : ''
    throw new UsageError(first + also)
  }
}
