import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs, promisify} from 'node:util'
import {resolveCorrectionsFiles} from '../corrections/documents.js'
import {CorrectionsError} from '../corrections/errors.js'
import {parseCorrections, readCorrectionsText, relativeDisplay} from '../corrections/load.js'
import {reviewSession, type ReviewFile} from '../corrections/review-session.js'
import {decide, isoDay, selectEntries, unknownIdHint, verbOf, type Decision} from '../corrections/review.js'
import {writeFileAtomic} from '../fs/atomic-write.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {printable} from '../problems/printable.js'
import {plural} from '../report/plural.js'

export const reviewHelp = `Usage: postedit review approve|reject [ids...] [options]
       postedit review list [options]
       postedit review [--interactive] [options]

Record review decisions in the corrections files: \`approve\` or \`reject\` sets each named
entry's status, \`reviewer\` and \`reviewed\` (today), keeping every other byte of the file.
Entries are named by id, by rule (--rule: its proposed entries) or all at once (--all: every
proposed entry, and entries approved by hand without a reviewer). \`list\` prints the
entries still proposed. With no action on a terminal (or with --interactive), each proposed
entry is shown in its context with a word diff, and a key decides: a approve, r reject,
s skip, q quit (decisions taken so far are saved).

Options:
  --rule <id>            the proposed entries of this rule
  --all                  every proposed entry
  --reviewer <name>      who decides (default: \`git config user.name\`)
  --corrections <file>   only this corrections file (or the one naming this source);
                         default: every corrections/*.yml
  -i, --interactive      review entry by entry, reading keys from stdin
  --color / --no-color   colour the word diffs (default: when stdout is a terminal)
  -h, --help             this text
`

const execFileAsync = promisify(execFile)

/** `--reviewer`, else git's user.name (no shell: the name is read, never interpreted). */
async function reviewerName(given: string | undefined, cwd: string): Promise<string> {
  if (given !== undefined) {
    if (given.trim() === '') throw new UsageError('--reviewer is empty; give the name of who reviews, as in `--reviewer "Ana Silva"`')
    return given.trim()
  }
  try {
    const {stdout} = await execFileAsync('git', ['config', 'user.name'], {cwd, timeout: 5000})
    const name = stdout.trim()
    if (name !== '') return name
  } catch {
    // No git, or no user.name: fall through to the usage message.
  }
  throw new UsageError('no reviewer: pass --reviewer NAME (or set `git config user.name`)')
}

async function loadForReview(file: string, cwd: string): Promise<ReviewFile> {
  const absolute = path.resolve(cwd, file)
  const displayPath = relativeDisplay(absolute, cwd)
  let raw: string
  try {
    // As apply and check read it: a regular file inside the project (a link out is refused).
    raw = await readCorrectionsText(absolute, displayPath, cwd)
  } catch (error) {
    if (!(error instanceof CorrectionsError)) throw error
    throw new UsageError(error.problems[0] ?? error.message)
  }
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : ''
  const text = raw.slice(bom.length)
  try {
    const {data} = parseCorrections(text, displayPath, {allowUndecided: true})
    const sourcePath = path.resolve(cwd, data.document)
    return {path: absolute, displayPath, bom, text, data, sourcePath, sourceName: relativeDisplay(sourcePath, cwd)}
  } catch (error) {
    if (!(error instanceof CorrectionsError)) throw error
    const [first = error.message, ...more] = error.problems
    const also = more.length > 0 ? ` (and ${plural(more.length, 'more problem')})` : ''
    throw new UsageError(first + also)
  }
}

/** Writes a reviewed file, unless someone changed it since it was read (their edit would be lost). */
export async function saveReviewed(file: ReviewFile, text: string): Promise<void> {
  const now = await readFile(file.path, 'utf8').catch(() => undefined)
  if (now !== file.bom + file.text) {
    throw new UsageError(`${file.displayPath} changed while it was being reviewed; nothing written to it, review again`)
  }
  await writeFileAtomic(file.path, file.bom + text)
}

function entries(count: number, kind = ''): string {
  return `${count} ${kind}${count === 1 ? 'entry' : 'entries'}`
}

function idList(entries: {id: string}[]): string {
  return entries.map((entry) => entry.id).join(', ')
}

async function decideCommand(decision: Decision, ids: string[], files: ReviewFile[], options: {rule?: string; all: boolean; reviewer?: string}, io: Io): Promise<number> {
  const verb = verbOf[decision]
  if (ids.length === 0 && options.rule === undefined && !options.all) {
    throw new UsageError(`${verb} what? name entry ids, or use --rule RULE or --all, as in \`postedit review ${verb} --all\``)
  }
  // A misspelt rule would select nothing and pass: a rule no entry names and postedit does not know is refused.
  const rule = options.rule
  if (rule !== undefined && !files.some((file) => file.data.corrections.some((entry) => entry.rule === rule))) {
    const {rules} = await import('../rules/registry.js')
    if (!rules.some((known) => known.id === rule)) throw new UsageError(`no rule \`${rule}\`; run \`postedit rules\` for the ids`)
  }
  // An id must name exactly one entry among the files reviewed.
  for (const id of ids) {
    const holders = files.filter((file) => file.data.corrections.some((entry) => entry.id === id))
    if (holders.length === 0) {
      const known = files.flatMap((file) => file.data.corrections.map((entry) => entry.id))
      const where = files.length === 1 ? files[0]!.displayPath : 'the corrections files'
      throw new UsageError(`no entry \`${id}\` in ${where}; ${unknownIdHint(id, known)}`)
    }
    if (holders.length > 1) {
      throw new UsageError(`entry \`${id}\` is in ${holders.map((file) => file.displayPath).join(' and ')}; name one with --corrections`)
    }
  }
  const plans = files
    .map((file) => {
      const chosen = selectEntries(file.data.corrections, {ids, rule: options.rule, all: options.all}, decision)
      return {file, chosen}
    })
    .filter((plan) => plan.chosen.length > 0)
  if (plans.length === 0) {
    const what = options.rule === undefined ? 'no entry is proposed' : `no proposed entry has rule \`${options.rule}\``
    write(io.stdout, printable(`nothing to ${verb}: ${what}`))
    return EXIT.ok
  }
  const reviewer = await reviewerName(options.reviewer, io.cwd)
  const day = isoDay(io.now?.() ?? new Date())
  // Every file is computed before any is written: a problem leaves them all as they were.
  const results = plans.map(({file, chosen}) => ({file, ...decide(file.text, file.data, chosen, decision, reviewer, day)}))
  for (const result of results) {
    if (result.changed.length > 0) await saveReviewed(result.file, result.text)
    const parts = [
      result.changed.length > 0 ? `${entries(result.changed.length)} ${decision} by ${reviewer} on ${day} (${idList(result.changed)})` : '',
      result.unchanged.length > 0 ? `${result.unchanged.length} already ${decision} (${idList(result.unchanged)})` : ''
    ].filter(Boolean)
    write(io.stdout, printable(`${result.file.displayPath}: ${parts.join('; ')}`))
  }
  return EXIT.ok
}

function listCommand(files: ReviewFile[], io: Io, unread = 0): number {
  let count = 0
  // Decided by hand without saying who or when: apply refuses the file until review records it.
  const unsigned: string[] = []
  for (const file of files) {
    for (const entry of file.data.corrections) {
      if (entry.status !== 'proposed') {
        if (entry.status !== undefined && (entry.reviewer === undefined || entry.reviewed === undefined)) unsigned.push(`${file.displayPath}: ${entry.id} (${entry.status})`)
        continue
      }
      count++
      const rule = entry.rule ? ` (${entry.rule})` : ''
      // JSON.stringify leaves C1 controls and bidirectional overrides as they are.
      write(io.stdout, printable(`${file.displayPath}: ${entry.id}${rule}: ${JSON.stringify(entry.exact)} → ${JSON.stringify(entry.replacement)}`))
    }
  }
  // A file that did not load may hold proposed entries: "none" would not be true.
  const unreadNote = unread > 0 ? ` in the corrections files that load (${plural(unread, 'file')} could not be read: see above)` : ''
  write(io.stdout, count === 0 ? `no entry is proposed${unreadNote}` : `${entries(count, 'proposed ')}${unreadNote}; \`postedit review approve ID\` or \`reject ID\` to decide`)
  for (const line of unsigned) {
    write(io.stdout, printable(`${line}: decided without a reviewer and date, which apply refuses; \`postedit review approve|reject ID\` records them`))
  }
  return EXIT.ok
}

export async function reviewCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      rule: {type: 'string'},
      all: {type: 'boolean', default: false},
      reviewer: {type: 'string'},
      corrections: {type: 'string'},
      interactive: {type: 'boolean', short: 'i', default: false},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, reviewHelp)
    return EXIT.ok
  }
  const [action, ...ids] = positionals
  if (action !== undefined && action !== 'approve' && action !== 'reject' && action !== 'list') {
    throw new UsageError(`unknown review action \`${action}\`; use \`approve\`, \`reject\` or \`list\` (or none, on a terminal)`)
  }
  if (action === 'list' && ids.length > 0) throw new UsageError('`review list` takes no ids')
  if (action !== undefined && values.interactive) throw new UsageError(`--interactive reviews entry by entry; it does not go with \`${action}\``)
  const files: ReviewFile[] = []
  // A file that does not load stops only itself: its problem is said, the others are reviewed,
  // and the exit is 2. A file named with --corrections is the whole review: it stops it.
  let broken = 0
  for (const file of await resolveCorrectionsFiles(values.corrections === undefined ? [] : [values.corrections], io.cwd)) {
    try {
      files.push(await loadForReview(file, io.cwd))
    } catch (error) {
      if (!(error instanceof UsageError) || values.corrections !== undefined) throw error
      write(io.stderr, `postedit: ${error.message}`)
      broken++
    }
  }
  const code = (done: number) => (broken > 0 && done === EXIT.ok ? EXIT.usage : done)
  if (action === 'approve' || action === 'reject') {
    return code(await decideCommand(action === 'approve' ? 'approved' : 'rejected', ids, files, {rule: values.rule, all: values.all, reviewer: values.reviewer}, io))
  }
  if (values.rule !== undefined || values.all) throw new UsageError('--rule and --all go with `approve` or `reject`')
  const interactive = values.interactive || (action === undefined && Boolean(io.stdin?.isTTY) && Boolean((io.stdout as {isTTY?: boolean}).isTTY))
  if (!interactive) return code(listCommand(files, io, broken))
  if (!io.stdin) throw new UsageError('--interactive needs a standard input to read keys from')
  const reviewer = await reviewerName(values.reviewer, io.cwd)
  const color = values['no-color'] ? false : (values.color ?? io.color)
  await reviewSession(files, {reviewer, day: isoDay(io.now?.() ?? new Date()), color, stdin: io.stdin, stdout: io.stdout, save: saveReviewed})
  return code(EXIT.ok)
}
