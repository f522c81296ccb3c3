/**
 * Every rule reports through here, so that every finding is stamped the same way (rule id,
 * source, flagged text, suggestions, documentation link). Rules that work on block text
 * rather than on nlcst nodes turn block indices back into file positions with createReporter.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {fileLocation} from './file-location.js'
import {ruleUrl} from '../url.js'
import type {TextBlock} from './text-blocks.js'

/**
 * Reports a span of a block. `expected` is left undefined when no replacement is safe.
 * Returns nothing when the span has no file position (the tree came without one).
 */
export function createReporter(file: VFile, ruleId: string) {
  const place = fileLocation(file)
  return function report(
    block: TextBlock,
    start: number,
    end: number,
    reason: string,
    expected?: string[]
  ): void {
    const first = block.offsets[start]
    const last = block.ends[end - 1]
    if (first === undefined || last === undefined || first < 0 || last < 0) return
    const startPoint = place.toPoint(first)
    const endPoint = place.toPoint(last)
    if (!startPoint || !endPoint) return
    reportFinding(file, ruleId, {start: startPoint, end: endPoint}, reason, block.text.slice(start, end), expected)
  }
}

/**
 * Spans in the order of their start, less each one that overlaps one kept before it: where two
 * checks of a rule see one spot ("etc .." is an ellipsis after etc and a doubled stop), the
 * first finding takes it. The input is left as it is.
 */
export function firstOfOverlaps<T extends {start: number; end: number}>(found: readonly T[]): T[] {
  const kept: T[] = []
  let reported = 0
  for (const span of [...found].sort((a, b) => a.start - b.start)) {
    if (span.start < reported) continue
    reported = span.end
    kept.push(span)
  }
  return kept
}

/**
 * Reports one finding of a postedit rule at a place already in file positions (none when the
 * tree came without positions), stamped as every finding is: rule id, source, the flagged
 * text, the suggestions (left undefined when no replacement is safe) and the rule's
 * documentation link.
 */
export function reportFinding(
  file: VFile,
  ruleId: string,
  place: {start: Point; end: Point} | undefined,
  reason: string,
  actual: string,
  expected?: string[]
): void {
  // A VFileMessage is an Error, whose constructor records the call stack (about 25 µs each
  // here); vfile-message then sets `stack` to '' anyway. Not recording it is the same message.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(reason, {place, ruleId, source: 'postedit'})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = actual
  if (expected) message.expected = expected
  message.url = ruleUrl(ruleId)
}
