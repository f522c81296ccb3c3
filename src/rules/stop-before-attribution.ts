import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {createReporter} from './support/reporter.js'
import {textBlocks} from './support/text-blocks.js'
import {characterBefore} from './support/characters-around.js'
import type {RuleDefinition} from './types.js'

const id = 'stop-before-attribution'

/**
 * A full stop, the quotation's closing mark (of any shape or direction: the other quote rules
 * fix the mark itself), then the comma that leads into the attribution: `taken. “, he said`.
 * French closes a quoted sentence with its own point and puts the comma of the incise after
 * the guillemet (« … pris. », a-t-il dit); English ends the quotation with the comma, inside
 * the marks: `taken,” he said`. Spaces between the three are French spacing, reported by
 * `french-spacing`, and stay out of these findings so that no two fixes overlap.
 */
const pattern = /\.([ \u00A0\u202F\u2009]?)([”“"»«])([ \u00A0\u202F\u2009]?),/g

/**
 * Abbreviations that can end a quoted list or phrase and keep their point before a comma.
 * Not the general abbreviation list: before a closing quote, "No." is the answer, not "number".
 */
const listEndings = new Set(['etc', 'al'])

const letterOrPoint = /^[\p{L}.]$/u

/** Whether the point belongs to an initialism ("U.S.", "J.") or to "etc.", which keep it. */
function abbreviationPoint(text: string, point: number): boolean {
  // The letters and points right before it, read backwards: a regex anchored at the end of the
  // text before it would be tried from every character of that text, at every quotation.
  let start = point
  for (let character = characterBefore(text, start); character !== '' && letterOrPoint.test(character); character = characterBefore(text, start)) {
    start -= character.length
  }
  const word = text.slice(start, point)
  return word.includes('.') || word.length === 1 || listEndings.has(word.toLowerCase())
}

/**
 * The full stop that ends a quotation followed by an attribution comma: two findings, the
 * point (becomes the comma) and the comma after the mark (goes), so that applying every
 * quote rule's suggestion gives `taken,” he said`.
 */
export default function stopBeforeAttribution() {
  return function (tree: Root, file: VFile) {
    const report = createReporter(file, id)
    for (const block of textBlocks(tree)) {
      if (!block.text.includes(',')) continue
      for (const match of block.text.matchAll(pattern)) {
        const point = match.index
        if (abbreviationPoint(block.text, point)) continue
        const [, spaceBefore = '', mark = '', spaceAfter = ''] = match
        const comma = point + 1 + spaceBefore.length + mark.length + spaceAfter.length
        report(
          block,
          point,
          point + 1,
          'Unexpected `.` ending a quotation that an attribution follows, expected `,` (the comma goes inside the closing quote)',
          [',']
        )
        report(block, comma, comma + 1, 'Unexpected `,` after the closing quote, remove it (the comma goes inside, in place of the full stop)', [''])
      }
    }
  }
}

export const stopBeforeAttributionRule: RuleDefinition = {
  id,
  plugin: stopBeforeAttribution,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'A quotation closed with a full stop and followed by a comma (“taken.”, he said), French order.'
}
