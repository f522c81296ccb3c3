/**
 * Rules that work on block text rather than on nlcst nodes have to turn block indices back
 * into file positions before they can report; they share one reporter so that every such
 * finding is placed and stamped the same way.
 */
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
    const last = block.offsets[end - 1]
    if (first === undefined || last === undefined || first < 0 || last < 0) return
    const startPoint = place.toPoint(first)
    const endPoint = place.toPoint(last + 1)
    if (!startPoint || !endPoint) return
    const message = file.message(reason, {
      place: {start: startPoint, end: endPoint},
      ruleId,
      source: 'postedit'
    })
    message.actual = block.text.slice(start, end)
    if (expected) message.expected = expected
    message.url = ruleUrl(ruleId)
  }
}
