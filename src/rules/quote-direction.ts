import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {CLOSING_QUOTE, OPENING_QUOTE, STRAIGHT_QUOTE} from './data/quote-marks.js'
import {blockQuotes, type QuoteAnalysis} from './support/quote-pairs.js'
import {createReporter} from './support/reporter.js'
import {textBlocks, type TextBlock} from './support/text-blocks.js'
import type {RuleDefinition} from './types.js'

const id = 'quote-direction'

/** Whether a block begins with an opening double quote (a continued quotation does). */
function opensWithQuote(block: TextBlock, analysis: QuoteAnalysis): boolean {
  const first = analysis.marks[0]
  return first !== undefined && first.role === 'open' && block.text.slice(0, first.index).trim() === ''
}

/**
 * “ closing a quotation and ” opening one, and double quotes never closed or never opened in
 * their block. A quotation running over several paragraphs leaves each but the last open and
 * reopens the next, so an open quote at the end of a block followed by a block opening with
 * a quote is not reported. A mark both wrong-way and unmatched gets one finding: the
 * direction fix, with the reason saying the quotation is unbalanced.
 */
export default function quoteDirection() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    const blocks = textBlocks(tree)
    const analyses = blocks.map(blockQuotes)
    blocks.forEach((block, blockIndex) => {
      const analysis = analyses[blockIndex]
      if (!analysis) return
      const nextBlock = blocks[blockIndex + 1]
      const nextAnalysis = analyses[blockIndex + 1]
      const continued =
        nextBlock !== undefined && nextAnalysis !== undefined && opensWithQuote(nextBlock, nextAnalysis)
      for (const mark of analysis.marks) {
        const unmatched = !mark.partner && !(continued && mark === analysis.trailingOpen)
        const wrong =
          (mark.role === 'open' && mark.char === CLOSING_QUOTE) ||
          (mark.role === 'close' && mark.char === OPENING_QUOTE)
        const end = mark.index + 1
        if (wrong) {
          const opens = mark.role === 'open'
          const right = opens ? OPENING_QUOTE : CLOSING_QUOTE
          let reason = opens
            ? `Unexpected closing quote \`${mark.char}\` opening a quotation, expected \`${right}\``
            : `Unexpected opening quote \`${mark.char}\` closing a quotation, expected \`${right}\``
          if (unmatched) {
            reason += opens ? '; the quotation is never closed' : '; no quotation is opened before it'
          }
          report(block, mark.index, end, reason, [right])
        } else if (mark.char === STRAIGHT_QUOTE && mark.partner && mark.partner.char !== STRAIGHT_QUOTE) {
          // “word" or "word”: one quotation in two styles, as MT leaves it when it rebuilds one
          // guillemet as a curly quote and the other as a straight one. The straight mark takes
          // the style of its curly partner (Chicago 6.115: one style of quotation mark throughout).
          const opens = mark.role === 'open'
          const right = opens ? OPENING_QUOTE : CLOSING_QUOTE
          report(
            block,
            mark.index,
            end,
            opens
              ? `Unexpected straight quote \`"\` opening a quotation closed with \`${mark.partner.char}\`, expected \`${right}\``
              : `Unexpected straight quote \`"\` closing a quotation opened with \`${mark.partner.char}\`, expected \`${right}\``,
            [right]
          )
        } else if (unmatched) {
          report(
            block,
            mark.index,
            end,
            mark.role === 'open'
              ? `Unexpected unmatched opening quote \`${mark.char}\`, the quotation is never closed`
              : `Unexpected unmatched closing quote \`${mark.char}\`, no quotation is opened before it`
          )
        }
      }
    })
  }
}

export const quoteDirectionRule: RuleDefinition = {
  id,
  plugin: quoteDirection,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'A curly double quote facing the wrong way (“ closing, ” opening), one left unbalanced, or a straight one paired with a curly one.'
}
