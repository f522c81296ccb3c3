import {diffArrays, diffWords, structuredPatch} from 'diff'
import type {AppliedCorrection} from './apply.js'

/**
 * A unified diff of a source against its cleaned text in which every hunk names the
 * corrections that made it. Paragraphs are single long lines, so a hunk's body shows the
 * changed paragraphs split into sentences (one unchanged sentence kept on each side of a
 * change); the `@@` header still counts the file's lines. `word` shows diffWords instead.
 */
export interface CorrectionsDiffOptions {
  /** `[-removed-]{+added+}` word diff (coloured when `color`). */
  word?: boolean
  color?: boolean
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

function wordBody(removed: string[], added: string[], color: boolean): string[] {
  const changes = diffWords(removed.join('\n'), added.join('\n'))
  let text = ''
  changes.forEach((change, index) => {
    if (change.removed) text += color ? red(change.value) : `[-${change.value}-]`
    else if (change.added) text += color ? green(change.value) : `{+${change.value}+}`
    else {
      let value = change.value
      const first = index === 0
      const last = index === changes.length - 1
      if (first && value.length > WORD_CONTEXT) value = '…' + tail(value)
      else if (last && value.length > WORD_CONTEXT) value = head(value) + '…'
      else if (!first && !last && value.length > 2 * WORD_CONTEXT) value = head(value) + '…' + tail(value)
      text += value
    }
  })
  return text.split('\n')
}

export function correctionsDiff(
  names: {source: string; cleaned: string},
  source: string,
  cleaned: string,
  applied: readonly AppliedCorrection[],
  options: CorrectionsDiffOptions = {}
): string {
  if (source === cleaned) return ''
  const patch = structuredPatch(names.source, names.cleaned, source, cleaned, undefined, undefined, {context: 0})
  const oldStarts = lineOffsets(source)
  const newStarts = lineOffsets(cleaned)
  const out = [`--- ${names.source}`, `+++ ${names.cleaned}`]
  for (const hunk of patch.hunks) {
    const oldSpan = lineRange(oldStarts, source.length, hunk.oldStart, hunk.oldLines)
    const newSpan = lineRange(newStarts, cleaned.length, hunk.newStart, hunk.newLines)
    const ids = applied
      .filter((entry) => overlaps(oldSpan, entry.start, entry.end) || overlaps(newSpan, entry.outputStart, entry.outputEnd))
      .map((entry) => entry.id)
    const strip = (line: string) => line.slice(1).replace(/\r$/, '')
    const removed = hunk.lines.filter((line) => line.startsWith('-')).map(strip)
    const added = hunk.lines.filter((line) => line.startsWith('+')).map(strip)
    out.push(`# corrections: ${ids.length > 0 ? ids.join(', ') : '(none)'}`)
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`)
    out.push(...(options.word ? wordBody(removed, added, Boolean(options.color)) : sentenceBody(removed, added)))
  }
  return out.join('\n') + '\n'
}
