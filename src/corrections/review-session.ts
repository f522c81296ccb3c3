/**
 * Interactive review: each proposed entry is shown where it lands in its source, as a word
 * diff of its line, and one key decides it (a approve, r reject, s skip, q quit). Keys come
 * from any readable stream, so a test scripts them; a terminal is put in raw mode to read a
 * key without Enter.
 */
import type {Readable, Writable} from 'node:stream'
import {readTextFile} from '../fs/read-text.js'
import {printable} from '../problems/printable.js'
import {anchorQuote, describeAnchorFailure} from './anchor.js'
import {spanDiff, wordDiff} from './diff.js'
import {editEntries, type EntryEdit} from './edit-entries.js'
import {lineColumn, sourceView} from './source-view.js'
import type {Decision} from './review.js'
import type {Correction, CorrectionsFile} from './types.js'

/** A corrections file as review reads it: its text is what a save must find unchanged. */
export interface ReviewFile {
  path: string
  displayPath: string
  bom: string
  /** The text without its byte order mark. */
  text: string
  data: CorrectionsFile
  sourcePath: string
  /** The source as messages name it, relative to the cwd. */
  sourceName: string
}

export interface SessionOptions {
  reviewer: string
  day: string
  color: boolean
  stdin: Readable & {isTTY?: boolean; setRawMode?: (mode: boolean) => unknown}
  stdout: Writable
  /**
   * Writes a file's new text (atomically, after checking that the file still holds `file.text`:
   * nobody changed it meanwhile). Called after each decision.
   */
  save: (file: ReviewFile, text: string) => Promise<void>
}

export interface SessionOutcome {
  approved: number
  rejected: number
  skipped: number
  /** Whether the reviewer quit before the last entry. */
  quit: boolean
}

/**
 * Keys one at a time; undefined once the stream ends. Whitespace (Enter) is not a key.
 *
 * A terminal in raw mode gives keys as they are pressed. Anything else (a pipe, a script) is
 * read a line at a time, and a line is its keys only when every one of its characters is a
 * key: typed "approve" would otherwise approve with its a and reject with its r. Such a line is
 * one answer, refused whole.
 */
function keyReader(stdin: SessionOptions['stdin'], isKey: (char: string) => boolean): {next: () => Promise<string | undefined>; close: () => void} {
  const queue: string[] = []
  let ended = false
  let waiting: (() => void) | undefined
  const raw = Boolean(stdin.isTTY && stdin.setRawMode)
  if (raw) stdin.setRawMode!(true)
  let partial = ''
  const takeLine = (line: string) => {
    const answer = line.replace(/\s/gu, '')
    if (answer === '') return
    if ([...answer].every(isKey)) queue.push(...answer)
    else queue.push(line.trim())
  }
  const onData = (chunk: Buffer | string) => {
    if (raw) {
      for (const char of String(chunk)) if (!/\s/u.test(char)) queue.push(char)
    } else {
      const lines = (partial + String(chunk)).split(/\r?\n/)
      partial = lines.pop()!
      for (const line of lines) takeLine(line)
    }
    waiting?.()
  }
  const onEnd = () => {
    takeLine(partial)
    partial = ''
    ended = true
    waiting?.()
  }
  stdin.on('data', onData)
  stdin.on('end', onEnd)
  stdin.resume()
  return {
    async next() {
      while (queue.length === 0 && !ended) await new Promise<void>((resolve) => (waiting = resolve))
      waiting = undefined
      return queue.shift()
    },
    close() {
      stdin.off('data', onData)
      stdin.off('end', onEnd)
      stdin.pause()
      if (raw) stdin.setRawMode!(false)
    }
  }
}

/** The entry in its source: where, and its line as a word diff; or why it does not anchor. */
export function entryInContext(source: string | undefined, sourceName: string, entry: Correction, color: boolean): string[] {
  if (source === undefined) return [printable(`  (${sourceName} cannot be read)`), `  ${wordDiff(entry.exact, entry.replacement, color)}`]
  const view = sourceView(source)
  const anchor = anchorQuote(view, entry)
  if (anchor.kind !== 'found') {
    return [printable(`  ${describeAnchorFailure(view, entry, anchor, sourceName)}`), `  ${wordDiff(entry.exact, entry.replacement, color)}`]
  }
  const {line, column} = lineColumn(source, anchor.start)
  return [printable(`  ${sourceName}:${line}:${column}`), ...spanDiff(source, anchor.start, anchor.end, entry.replacement, color).map((text) => `  ${text}`)]
}

const decisions: Record<string, Decision | 'skip' | 'quit'> = {a: 'approved', r: 'rejected', s: 'skip', q: 'quit', '\u0003': 'quit'}

export async function reviewSession(files: ReviewFile[], options: SessionOptions): Promise<SessionOutcome> {
  const out = (text: string) => options.stdout.write(text)
  const pending = files.flatMap((file) =>
    file.data.corrections.flatMap((entry, index) => (entry.status === 'proposed' ? [{file, entry, index}] : []))
  )
  const outcome: SessionOutcome = {approved: 0, rejected: 0, skipped: 0, quit: false}
  if (pending.length === 0) {
    out('no entry is proposed: nothing to review\n')
    return outcome
  }
  const sources = new Map<string, string | undefined>()
  const edits = new Map<ReviewFile, EntryEdit[]>()
  /** What the last save wrote: the text a next save must find on disk. */
  const written = new Map<ReviewFile, string>()
  const keys = keyReader(options.stdin, (char) => Object.hasOwn(decisions, char.toLowerCase()))
  try {
    for (const [position, {file, entry, index}] of pending.entries()) {
      if (!sources.has(file.sourcePath)) sources.set(file.sourcePath, await readTextFile(file.sourcePath).catch(() => undefined))
      const details = [entry.rule, entry.severity].filter(Boolean).join(', ')
      out(printable(`[${position + 1}/${pending.length}] ${file.displayPath}: entry \`${entry.id}\`${details ? ` (${details})` : ''}`) + '\n')
      for (const text of entryInContext(sources.get(file.sourcePath), file.sourceName, entry, options.color)) out(text + '\n')
      if (entry.note) out(`  note: ${printable(entry.note)}\n`)
      let choice: Decision | 'skip' | 'quit' | undefined
      while (choice === undefined) {
        out('approve, reject, skip or quit? [a/r/s/q] ')
        const key = await keys.next()
        if (key === undefined) {
          choice = 'quit'
          out('\n')
          break
        }
        choice = decisions[key.toLowerCase()]
        out(choice === undefined ? `${printable(JSON.stringify(key))}: press a, r, s or q\n` : `${key}\n`)
      }
      if (choice === 'quit') {
        outcome.quit = true
        break
      }
      if (choice === 'skip') {
        outcome.skipped++
        continue
      }
      outcome[choice]++
      const fileEdits = [...(edits.get(file) ?? []), {index, set: {status: choice, reviewer: options.reviewer, reviewed: options.day}}]
      // Saved at once, not at the end: a session cut short (its terminal closed, its output
      // piped into a reader that stopped) keeps every decision taken before.
      const text = editEntries(file.text, fileEdits)
      await options.save({...file, text: written.get(file) ?? file.text}, text)
      written.set(file, text)
      edits.set(file, fileEdits)
    }
  } finally {
    keys.close()
  }
  const left = pending.length - outcome.approved - outcome.rejected - outcome.skipped
  out(
    `${outcome.approved} approved, ${outcome.rejected} rejected, ${outcome.skipped} skipped` +
      (left > 0 ? `, ${left} not reviewed` : '') +
      (edits.size > 0 ? `; saved ${[...edits.keys()].map((file) => printable(file.displayPath)).join(', ')}` : '; nothing written') +
      '\n'
  )
  return outcome
}
