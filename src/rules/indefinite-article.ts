import type {Root, Sentence, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {takesA, takesAn} from './data/indefinite-article.js'
import {reportFinding} from './support/reporter.js'
import {nodeText, treeViews, type SentenceView} from './support/views.js'
import type {RuleDefinition} from './types.js'

const id = 'indefinite-article'

/**
 * The check of retext-indefinite-article 5 (MIT, Titus Wormer), run over the shared
 * sentences instead of a walk of its own, with the same spans, reasons, `actual` and
 * `expected` (tests/rules/indefinite-article.test.ts compares the two). It departs from the
 * plugin where the plugin flags good English:
 * - a letter or a name before a verb is no article ("A is for apple", "if a is greater than
 *   b", "Mr An said"), nor is a capital "An" inside a sentence, as the plugin already spares
 *   a capital "A" there;
 * - a French name with an elided article is read past it ("a L'Oréal spokesperson");
 * - a four-figure number from 1100 to 1199 or 1800 to 1899 may be read as a year ("an 1815
 *   treaty", "eighteen fifteen") or in full ("a 1815-page file"), so either article stands;
 * - "u" as a letter, and words in "uni-" said "you-" that the plugin's list lacks, take "a";
 * - a figure too long for a JavaScript number is read by its leading digits, where the
 *   plugin throws and the whole file's lint with it.
 */

/** Words after which "a" or "an" is a letter or a name as a subject, not an article. */
const verbsAfterLetter = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'does', 'did', 'equals', 'said', 'says', 'told', 'added'
])

/** Whether a word is in a list of data/indefinite-article.ts. */
function lookup(list: readonly string[]): (word: string) => boolean {
  const sensitive = new Set<string>()
  const insensitive = new Set<string>()
  const prefixes: string[] = []
  for (const entry of list) {
    if (entry.endsWith('*')) prefixes.push(entry.slice(0, -1).toLowerCase())
    else if (entry === entry.toLowerCase()) insensitive.add(entry)
    else sensitive.add(entry)
  }
  return (word) => {
    if (sensitive.has(word)) return true
    const lower = word.toLowerCase()
    return insensitive.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix))
  }
}

const needsA = lookup(takesA)
const needsAn = lookup(takesAn)

/**
 * Whether a figure is said starting with a vowel, as English reads it out in full: "an 8",
 * "an 11", "an 18", "an 80…", "an 800…", and so for each thousands group ("an 11,000" is
 * "eleven thousand"). "A 1,100" is "one thousand, one hundred", not "eleven hundred".
 */
function figureTakesAn(digits: string): boolean {
  const value = digits.replace(/^0+(?=\d)/, '')
  const lead = value.length % 3 || 3
  const group = Number(value.slice(0, lead))
  if (lead === 3) return Math.floor(group / 100) === 8
  return group === 8 || group === 11 || group === 18 || (group >= 80 && group <= 89)
}

/** The article a word wants: `a`, `an`, either, or no opinion (a capitalised word it does not know). */
function classify(word: string): 'a' | 'an' | 'a-or-an' | undefined {
  const figure = /^\d+/.exec(word)
  if (figure) {
    if (/^1[18]\d\d$/.test(figure[0])) return 'a-or-an'
    return figureTakesAn(figure[0]) ? 'an' : 'a'
  }
  // French elision: "L'Oréal" is said from its "O", "N'Djamena" from its "Dj".
  const elided = /^[dlnjDLNJ]['’](?=\p{L})/u.test(word) ? word.slice(2) : word
  const head = elided.split(/['’ -]/, 1)[0]!
  const a = needsA(head)
  const an = needsAn(head)
  if (a && an) return 'a-or-an'
  if (a) return 'a'
  if (an) return 'an'
  if (head.toLowerCase() !== head) return undefined
  return /[aeiou]/.test(head.charAt(0).toLowerCase()) ? 'an' : 'a'
}

/** The word after the article across one white space, past one quote mark or bracket. */
function wordAfter(children: Sentence['children'], index: number): Word | undefined {
  let sibling = children[index + 1]
  if (sibling?.type !== 'WhiteSpaceNode') return undefined
  sibling = children[index + 2]
  let at = index + 2
  if (sibling?.type === 'PunctuationNode' && /^[“”‘’'"()[\]]$/.test(sibling.value)) sibling = children[++at]
  return sibling?.type === 'WordNode' ? sibling : undefined
}

/**
 * The sentence's articles, read from its tokens: a token's text is its word's, without a
 * walk of the word's leaves, and only an "a" or "an" needs the word's node (for the white
 * space after it). The tokens are the sentence's children less the white space, in order,
 * so the node is found by counting those.
 */
function checkSentence({node: sentence, tokens}: SentenceView, file: VFile): void {
  const children = sentence.children
  // The child of the last article found, and how many children not white space reach it.
  let index = -1
  let counted = 0
  let wordsBefore = false
  for (let position = 1; position < tokens.length - 1; position++) {
    const token = tokens[position]!
    if (token.kind !== 'word') continue
    const first = !wordsBefore
    wordsBefore = true
    const actual = token.text
    // Most words are neither article: the length rules them out before any lowering.
    if (actual.length > 2) continue
    const normal = actual.toLowerCase()
    if (normal !== 'a' && normal !== 'an') continue
    while (counted < position) if (children[++index]!.type !== 'WhiteSpaceNode') counted++
    const node = children[index]!
    const next = wordAfter(children, index)
    if (!next) continue
    const an = actual.length !== 1
    const following = nodeText(next)
    // A capital A or An inside a sentence is a letter or a name: "Station A equals", "Plan A
    // is", "Mr An"; the plugin spares only A.
    if (normal !== actual && !first) continue
    // Before a verb the word is a subject: "A is for apple", "if a is greater than b".
    if (verbsAfterLetter.has(following.toLowerCase())) continue
    // And "a" before a conjunction is the letter: "a and b", "A or B" (the plugin spares
    // only the lowercase one).
    if (!an && /^(and|nor|or)$/i.test(following)) continue
    let expected: string | undefined = classify(following)
    if (!(expected === 'an' && !an) && !(expected === 'a' && an)) continue
    if (normal !== actual) expected = expected.charAt(0).toUpperCase() + expected.slice(1)
    const place = node.position
    reportFinding(
      file,
      id,
      place ? {start: place.start, end: place.end} : undefined,
      'Unexpected article `' + actual + '` before `' + following + '`, expected `' + expected + '`',
      actual,
      [expected]
    )
  }
}

export default function indefiniteArticles() {
  return function (tree: Root, file: VFile) {
    for (const sentence of treeViews(tree).sentences) checkSentence(sentence, file)
  }
}

/**
 * "a absence", "an union": an article the next word does not take. Rarely machine
 * translation's own, it is the mark of an edit that replaced the word after the article and
 * left the article ("a major" made "a important"), which is what `check` exists to catch.
 */
export const indefiniteArticle: RuleDefinition = {
  id,
  plugin: indefiniteArticles,
  severity: 'warning',
  category: 'Linguistic conventions/Grammar',
  summary: 'An article the next word does not take ("a absence", "an union").'
}
