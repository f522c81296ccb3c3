import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {nodeText, treeViews, type SentenceView} from './support/views.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'repeated-word'

/**
 * The check of retext-repeated-words 5 (MIT, Titus Wormer), run over the shared sentences
 * instead of a walk of its own (the plugin visited the whole tree again for every file), with
 * the same findings: same spans, reasons, `actual` and `expected`.
 */

// Words English legitimately writes twice ("they had had", "that that").
const doubled = new Set(['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau'])

/** A doubled word that is not a mistake: the list above, initials ("D. D."), names ("Duran Duran"). */
function ignore(value: string): boolean {
  if (doubled.has(value.toLowerCase())) return true
  const head = value.charAt(0)
  if (head === head.toUpperCase()) {
    if (value.length === 2 && value.charAt(1) === '.') return true
    const tail = value.slice(1)
    if (tail === tail.toLowerCase()) return true
  }
  return false
}

/** A copy of a node's point when it is a valid one, as unist-util-position gives it. */
function copyPoint(point: Point | undefined): Point | undefined {
  if (!point || !(point.line > 0) || !(point.column > 0)) return undefined
  return {line: point.line, column: point.column, offset: typeof point.offset === 'number' && point.offset > -1 ? point.offset : undefined}
}

function checkSentence({node: sentence, tokens}: SentenceView, file: VFile): void {
  const children = sentence.children
  // Words next to each other across white space only; anything else breaks the pair.
  // Where the previous and current word are (-1: none), and their tokens' norms.
  let previousIndex = -1
  let previous = ''
  let currentIndex = -1
  let current = ''
  // The token of each child but white space, after the start edge.
  let token = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'WhiteSpaceNode') token++
    if (child.type === 'WordNode') {
      currentIndex = index
      // Equal lowercase texts have equal norms (the norm is made from the lowercase text):
      // most pairs differ there, before any text is lowered.
      current = tokens[token]!.norm
      if (previousIndex === -1 || previous !== current) continue
      const value = nodeText(child)
      if (nodeText(children[previousIndex]!).toLowerCase() === value.toLowerCase() && !ignore(value)) {
        const start = copyPoint(children[previousIndex]!.position?.start)
        const end = copyPoint(child.position?.end)
        let actual = ''
        for (let at = previousIndex; at <= index; at++) actual += nodeText(children[at]!)
        reportFinding(file, id, start && end ? {start, end} : undefined, 'Unexpected repeated `' + value + '`, remove one occurrence', actual, [value])
      }
    } else if (child.type === 'WhiteSpaceNode') {
      previousIndex = currentIndex
      previous = current
      currentIndex = -1
    } else {
      previousIndex = -1
      currentIndex = -1
    }
  }
}

export default function repeatedWords() {
  return function (tree: Root, file: VFile) {
    for (const sentence of treeViews(tree).sentences) checkSentence(sentence, file)
  }
}

/**
 * "combat combat": a target-language word doubled where the source had two senses of one
 * word (combattre / avions de combat).
 */
export const repeatedWord: RuleDefinition = {
  id,
  plugin: repeatedWords,
  severity: 'error',
  category: 'Linguistic conventions/Grammar',
  summary: 'A word repeated back to back ("combat combat").'
}
