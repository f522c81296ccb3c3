import {createTwoFilesPatch, diffArrays, diffWordsWithSpace, structuredPatch} from 'diff'
import {printable} from '../problems/printable.js'
import type {AppliedCorrection} from './apply.js'

/**
 * A unified diff of a source against its cleaned text in which every hunk names the
 * corrections that made it. Paragraphs are single long lines, so a hunk's body shows the
 * changed paragraphs split into sentences (one unchanged sentence kept on each side of a
 * change); the `@@` header still counts the file's lines. `word` shows a word diff instead,
 * one that keeps whitespace: the typography fixes (a space before `?`, a doubled space, a
 * no-break space) are whitespace-only edits, which a plain word diff would hide.
 */
export interface CorrectionsDiffOptions {
  /** `[-removed-]{+added+}` word diff (coloured when `color`). */
  word?: boolean
  color?: boolean
  /**
   * A plain unified diff of whole lines with three lines of context and no `# corrections`
   * lines, as `patch` takes it.
   */
  patch?: boolean
}

const red = (text: string) => `\u001B[31m${text}\u001B[39m`
const green = (text: string) => `\u001B[32m${text}\u001B[39m`

/** Word-diff context kept on each side of a change. */
const WORD_CONTEXT = 40

function lineOffsets(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** Offsets covered by `count` lines from 1-based line `start` (unified-diff numbering). */
function lineRange(starts: number[], length: number, start: number, count: number): [number, number] {
  if (count === 0) {
    const at = starts[start] ?? length
    return [at, at]
  }
  return [starts[start - 1] ?? length, starts[start - 1 + count] ?? length]
}

function overlaps(a: [number, number], start: number, end: number): boolean {
  return a[0] === a[1] ? start <= a[0] && a[0] <= end : start < a[1] && a[0] < end
}

/** Sentences of a block of lines; a paragraph break is its own boundary. */
export function sentences(block: string[]): string[] {
  return block.flatMap((line) => (line === '' ? [''] : line.split(/(?<=[.!?…]["”’»)\]]*)\s+(?=\S)/u)))
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`
}

function sentenceBody(removed: string[], added: string[]): string[] {
  const changes = diffArrays(sentences(removed), sentences(added))
  const out: string[] = []
  changes.forEach((change, index) => {
    if (change.added) {
      for (const sentence of change.value) out.push(`+${sentence}`)
    } else if (change.removed) {
      for (const sentence of change.value) out.push(`-${sentence}`)
    } else {
      const value = change.value
      const before = index > 0 ? value.slice(0, 1) : []
      const after = index < changes.length - 1 ? value.slice(-1) : []
      if (value.length <= 2) {
        for (const sentence of value) out.push(` ${sentence}`)
      } else {
        for (const sentence of before) out.push(` ${sentence}`)
        out.push(' …')
        for (const sentence of after) out.push(` ${sentence}`)
      }
    }
  })
  return out
}

/** The first `WORD_CONTEXT` characters of unchanged text, cut at a word boundary. */
function head(value: string): string {
  const cut = value.slice(0, WORD_CONTEXT)
  const space = cut.lastIndexOf(' ')
  return space > 0 ? cut.slice(0, space + 1) : cut
}

/** The last `WORD_CONTEXT` characters of unchanged text, cut at a word boundary. */
function tail(value: string): string {
  const cut = value.slice(-WORD_CONTEXT)
  const space = cut.indexOf(' ')
  return space !== -1 && space < cut.length - 1 ? cut.slice(space) : cut
}

/** Whitespace a reader cannot tell from a space, or that would break the line, by name. */
const invisible: Record<string, string> = {
  '\u00A0': '<nbsp>',
  '\u202F': '<nnbsp>',
  '\u2009': '<thinsp>',
  '\t': '<tab>',
  '\u200B': '<zwsp>',
  '\uFEFF': '<bom>'
}

/**
 * The text of a removed or added part: special spaces by name and, when the part is nothing
 * but whitespace, line breaks too (`[-<newline>-]`), so every whitespace edit is visible.
 */
export function visibleChange(value: string): string {
  const named = value.replace(/[\u00A0\u202F\u2009\t\u200B\uFEFF]/gu, (char) => invisible[char]!)
  return /^\s+$/u.test(value) ? named.replace(/\r?\n/g, '<newline>') : named
}

export type WordPart = {same: string} | {removed: string; added: string}

/**
 * A word diff that keeps whitespace and punctuation, with changes that are separated only by
 * whitespace joined into one (`[-Minister of Defense-]{+foreign minister+}`, not word against
 * word), as a reviewer reads a rewritten phrase.
 */
export function wordParts(before: string, after: string): WordPart[] {
  const changes = diffWordsWithSpace(before, after)
  const parts: WordPart[] = []
  changes.forEach((change, index) => {
    const last = parts.at(-1)
    if (!change.added && !change.removed) {
      const next = changes[index + 1]
      const between = /^\s+$/u.test(change.value) && last && 'removed' in last && next && (next.added || next.removed)
      if (between) {
        last.removed += change.value
        last.added += change.value
      } else {
        parts.push({same: change.value})
      }
      return
    }
    const open = last && 'removed' in last ? last : undefined
    const target = open ?? {removed: '', added: ''}
    if (change.removed) target.removed += change.value
    else target.added += change.value
    if (!open) parts.push(target)
  })
  const merged: WordPart[] = []
  for (const part of parts.flatMap(trimShared)) {
    const last = merged.at(-1)
    if (last && 'same' in last && 'same' in part) last.same += part.same
    else merged.push(part)
  }
  return merged
}

/** Whitespace both sides of a change start or end with is unchanged text: move it out. */
function trimShared(part: WordPart): WordPart[] {
  if (!('removed' in part) || part.removed === '' || part.added === '') return [part]
  const shared = (a: string, b: string, fromEnd: boolean) => {
    let n = 0
    const at = (text: string, i: number) => (fromEnd ? text[text.length - 1 - i] : text[i])
    while (n < a.length - 1 && n < b.length - 1 && at(a, n) === at(b, n) && /\s/u.test(at(a, n)!)) n++
    return n
  }
  const before = shared(part.removed, part.added, false)
  const after = shared(part.removed.slice(before), part.added.slice(before), true)
  const removed = part.removed.slice(before, part.removed.length - after)
  const added = part.added.slice(before, part.added.length - after)
  const out: WordPart[] = []
  if (before > 0) out.push({same: part.removed.slice(0, before)})
  out.push({removed, added})
  if (after > 0) out.push({same: part.removed.slice(part.removed.length - after)})
  return out
}

/** `[-removed-]{+added+}`, or red and green (bracketed still when only whitespace changed). */
export function renderChange(part: {removed: string; added: string}, color: boolean): string {
  const side = (value: string, open: string, close: string, paint: (text: string) => string) => {
    if (value === '') return ''
    const shown = visibleChange(value)
    if (!color) return `${open}${shown}${close}`
    // Coloured, a changed space would still be invisible: it keeps its brackets.
    return paint(/^\s+$/u.test(value) ? `${open}${shown}${close}` : shown)
  }
  return side(part.removed, '[-', '-]', red) + side(part.added, '{+', '+}', green)
}

/** The parts of a word diff with long unchanged runs elided at word boundaries. */
export function elidedWordParts(before: string, after: string): WordPart[] {
  const parts = wordParts(before, after)
  return parts.map((part, index) => {
    if ('removed' in part) return part
    let value = part.same
    const first = index === 0
    const last = index === parts.length - 1
    if (first && value.length > WORD_CONTEXT) value = '…' + tail(value)
    else if (last && value.length > WORD_CONTEXT) value = head(value) + '…'
    else if (!first && !last && value.length > 2 * WORD_CONTEXT) value = head(value) + '…' + tail(value)
    return {same: value}
  })
}

/** A word diff of `before` → `after` on one string, long unchanged runs elided at word boundaries. */
export function wordDiff(before: string, after: string, color: boolean): string {
  // For a terminal: the text's own control characters escaped before colour codes are added.
  return elidedWordParts(printable(before, true), printable(after, true))
    .map((part) => ('removed' in part ? renderChange(part, color) : part.same))
    .join('')
}

/** The lines holding `source[start, end)`, as a word diff of them with `replacement` in its place. */
export function spanDiff(source: string, start: number, end: number, replacement: string, color: boolean): string[] {
  const from = source.lastIndexOf('\n', start - 1) + 1
  const newline = source.indexOf('\n', end)
  const to = newline === -1 ? source.length : newline
  const before = source.slice(from, to).replace(/\r$/, '')
  const after = (source.slice(from, start) + replacement + source.slice(end, to)).replace(/\r$/, '')
  return wordDiff(before, after, color).split('\n')
}

function wordBody(removed: string[], added: string[], color: boolean): string[] {
  return wordDiff(removed.join('\n'), added.join('\n'), color).split('\n')
}

export function correctionsDiff(
  names: {source: string; cleaned: string},
  source: string,
  cleaned: string,
  applied: readonly AppliedCorrection[],
  options: CorrectionsDiffOptions = {}
): string {
  if (source === cleaned) return ''
  if (options.patch) return createTwoFilesPatch(names.source, names.cleaned, source, cleaned, undefined, undefined, {context: 3}).replace(/^=+\n/, '')
  const patch = structuredPatch(names.source, names.cleaned, source, cleaned, undefined, undefined, {context: 0})
  const oldStarts = lineOffsets(source)
  const newStarts = lineOffsets(cleaned)
  // A file name holding a line break would forge a `+++` line.
  const out = [`--- ${printable(names.source)}`, `+++ ${printable(names.cleaned)}`]
  for (const hunk of patch.hunks) {
    const oldSpan = lineRange(oldStarts, source.length, hunk.oldStart, hunk.oldLines)
    const newSpan = lineRange(newStarts, cleaned.length, hunk.newStart, hunk.newLines)
    const ids = applied
      .filter((entry) => overlaps(oldSpan, entry.start, entry.end) || overlaps(newSpan, entry.outputStart, entry.outputEnd))
      .map((entry) => entry.id)
    const strip = (line: string) => line.slice(1).replace(/\r$/, '')
    const removed = hunk.lines.filter((line) => line.startsWith('-')).map(strip)
    const added = hunk.lines.filter((line) => line.startsWith('+')).map(strip)
    // jsdiff marks a last line without a line break by a `\` line after it: a final line
    // break taken out or put in changes no line's text, and must not read as no change.
    const unterminated = (sign: string) => hunk.lines.some((line, index) => line.startsWith('\\') && hunk.lines[index - 1]?.startsWith(sign))
    const finalBreak = hunk.lines.some((line) => line.startsWith('\\'))
    out.push(`# corrections: ${ids.length > 0 ? ids.join(', ') : '(none)'}`)
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`)
    // A loop, not push(...): a hunk of a large text can have more lines than the call stack has room.
    // Sentences only where the lines stay as many: a line break taken out or put in would
    // vanish between two sentences, and an unchanged sentence would read as unchanged text.
    const noBreak = '\\ No newline at end of file'
    const body = options.word
      ? finalBreak
        ? wordBody([...removed, ...(unterminated('-') ? [] : [''])], [...added, ...(unterminated('+') ? [] : [''])], Boolean(options.color)).filter(
            (line, index, lines) => index < lines.length - 1 || line !== ''
          )
        : wordBody(removed, added, Boolean(options.color))
      : removed.length === added.length && !finalBreak
        ? sentenceBody(removed, added)
        : [
            ...removed.map((line) => `-${line}`),
            ...(unterminated('-') ? [noBreak] : []),
            ...added.map((line) => `+${line}`),
            ...(unterminated('+') ? [noBreak] : [])
          ]
    for (const line of body) out.push(options.word ? line : printable(line))
  }
  return out.join('\n') + '\n'
}
