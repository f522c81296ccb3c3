import type {Paragraph, Root, Word} from 'nlcst'
import {treeViews} from './support/views.js'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {lowercaseAfterStops, isPlainLowercase} from './support/sentence-stops.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'lowercase-sentence-start'

/** A paragraph's first sentence counts as body text (not a label or a fragment) from this length. */
const minWordsOfOpeningSentence = 6

export interface LowercaseSentenceStartOptions {
  /** Words written lowercase on purpose, such as product names ("vfile", "obug"). */
  names?: string[]
}

export default function lowercaseSentenceStart(options: LowercaseSentenceStartOptions = {}) {
  const names = new Set((options.names ?? []).map((name) => name.toLowerCase()))
  return (tree: Root, file: VFile) => {
    const words: Word[] = []
    for (const paragraph of treeViews(tree).paragraphs) {
      const opening = openingLowercaseWord(paragraph, names)
      if (opening) words.push(opening)
    }
    for (const found of lowercaseAfterStops(tree, names)) {
      // `stray` spots belong to stray-full-stop: the point goes, the word stays lowercase.
      if (found.kind === 'sentence-start') words.push(found.word)
    }
    words.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
    for (const word of words) {
      const actual = toString(word)
      const expected = actual.charAt(0).toUpperCase() + actual.slice(1)
      reportFinding(file, id, word.position, `Unexpected lowercase \`${actual}\` at the start of a sentence, expected \`${expected}\``, actual, [expected])
    }
  }
}

/**
 * The first word of a paragraph, when it is lowercase and opens a body sentence: one of six
 * words or more that ends with `.`, `?` or `!`. Shorter or unterminated lines are labels,
 * captions or fragments that may start lowercase on purpose.
 */
function openingLowercaseWord(paragraph: Paragraph, names: ReadonlySet<string>): Word | undefined {
  const sentence = paragraph.children.find((child) => child.type === 'SentenceNode')
  const first = sentence?.children[0]
  if (!sentence || first?.type !== 'WordNode' || !isPlainLowercase(first, names)) return undefined
  const wordCount = sentence.children.filter((child) => child.type === 'WordNode').length
  const last = sentence.children.at(-1)
  const terminated = last?.type === 'PunctuationNode' && /^[.?!…]+$/.test(last.value)
  return wordCount >= minWordsOfOpeningSentence && terminated ? first : undefined
}

export const lowercaseSentenceStartRule: RuleDefinition = {
  id,
  options: {names: 'string[]'},
  plugin: lowercaseSentenceStart,
  severity: 'warning',
  category: 'Linguistic conventions/Grammar',
  summary: 'A sentence that starts with a lowercase letter ("last February. special operation").'
}
