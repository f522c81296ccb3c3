/**
 * stray-full-stop and lowercase-sentence-start split the same spots between them, so the
 * classification lives apart from both: neither rule owns the other's half, and neither can
 * drift from the one split that keeps a spot from being reported twice.
 */
import type {Paragraph, Punctuation, Root, Sentence, Word} from 'nlcst'
import {attachHidden, hidden} from './hidden-property.js'
import {nodeText, paragraphText, treeViews} from './views.js'
import {abbreviations, exclaimedNames, lowercaseAbbreviations} from '../data/abbreviations.js'
import {continuationWords, lowercaseNames, units} from '../data/sentence-words.js'

/**
 * A `.`, `?` or `!` followed by a space and a word in lowercase, and what it most likely is.
 * `stray`: a point the translation kept from a French abbreviation after a unit or a number
 * while the clause goes on ("500 kilometers. from the front line"), reported by `stray-full-stop`.
 * `sentence-start`: a real boundary whose next sentence lost its capital, reported by
 * `lowercase-sentence-start`. Both rules read this one classification, so a spot is never
 * reported twice.
 */
export interface LowercaseAfterStop {
  kind: 'stray' | 'sentence-start'
  /** The word before the mark, when the mark follows a word. */
  before: Word | undefined
  /** Its text without the mark: `kilometers` for `kilometers.`. */
  stem: string
  mark: Punctuation
  word: Word
}

const terminalMarks = new Set(['.', '?', '!'])
// Lowercase words that open URLs: "https://…" is a link, not a sentence start.
const urlSchemes = new Set(['http', 'https', 'ftp', 'mailto', 'www'])

/**
 * Every lowercase word after a terminal mark in the tree, classified, in document order.
 * `names` are words the user writes lowercase on purpose (product names such as "vfile").
 */
export function lowercaseAfterStops(
  tree: Root,
  names: ReadonlySet<string> = new Set()
): LowercaseAfterStop[] {
  // stray-full-stop and lowercase-sentence-start both ask, usually with the same names.
  const key = [...names].sort().join('\n')
  let byNames = hidden<Map<string, LowercaseAfterStop[]>>(tree, memoKey)
  if (!byNames) attachHidden(tree, memoKey, (byNames = new Map()))
  let found = byNames.get(key)
  if (!found) byNames.set(key, (found = classifyStops(tree, names)))
  return found
}

// On the tree, not in a WeakMap: see hidden-property.ts.
const memoKey = Symbol('postedit.sentence-stops')

/**
 * What a paragraph's text must hold for it to have a spot: a `.`, `?` or `!`, a white-space
 * node (parse-latin's white-space characters) and a lowercase letter opening the next word.
 * Few paragraphs hold one; the others are not walked.
 */
const stopThenLowercase = /[.?!][\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+\p{Ll}/u

function classifyStops(tree: Root, names: ReadonlySet<string>): LowercaseAfterStop[] {
  const found: LowercaseAfterStop[] = []
  const tokens: Array<Paragraph['children'][number] | Sentence['children'][number]> = []
  for (const paragraph of treeViews(tree).paragraphs) {
    if (!stopThenLowercase.test(paragraphText(tree, paragraph))) continue
    // parse-latin keeps "kilometers. from" in one sentence but splits "taken. “, he": walk
    // the paragraph as one run of tokens so that both shapes look the same.
    // One array for every paragraph of the tree, emptied between them.
    tokens.length = 0
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') for (const node of child.children) tokens.push(node)
      else tokens.push(child)
    }
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.type !== 'WordNode' || tokens[index - 1]?.type !== 'WhiteSpaceNode') continue
      const previous = tokens[index - 2]
      let before: Word | undefined
      let beforeIndex = -1
      let mark: Punctuation | undefined
      if (previous?.type === 'WordNode') {
        const last = previous.children.at(-1)
        if (last?.type === 'PunctuationNode' && last.value === '.') {
          before = previous
          beforeIndex = index - 2
          mark = last
        }
      } else if (previous?.type === 'PunctuationNode' && terminalMarks.has(previous.value)) {
        mark = previous
        const word = tokens[index - 3]
        if (word?.type === 'WordNode' && word.position?.end.offset === previous.position?.start.offset) {
          before = word
          beforeIndex = index - 3
        }
      }
      // Few words follow a stop: the mark is looked for first, the word's case only then.
      if (!mark || !isPlainLowercase(token, names)) continue
      const stem = before ? nodeText(before).slice(0, before.children.at(-1) === mark ? -1 : undefined) : ''
      // "3. make errors consistent" at the head of a line is a numbered list item.
      if (before && isNumber(stem) && startsLine(tokens, beforeIndex)) continue
      // The word before `before`, across one space: the number of "500 m.".
      const quantity = tokens[beforeIndex - 1]?.type === 'WhiteSpaceNode' ? tokens[beforeIndex - 2] : undefined
      const kind = classify(before, stem, mark, token, quantity?.type === 'WordNode' ? quantity : undefined)
      if (kind) found.push({kind, before, stem, mark, word: token})
    }
  }
  return found
}

/** Whether the token at `index` is the first of its line in the paragraph. */
function startsLine(tokens: ReadonlyArray<{type: string; value?: string}>, index: number): boolean {
  const previous = tokens[index - 1]
  return index === 0 || (previous?.type === 'WhiteSpaceNode' && (previous.value ?? '').includes('\n'))
}

const noNames: ReadonlySet<string> = new Set()

/** A word that starts lowercase and has no reason to: not "iPhone", "npm", "e.g.", "eg" or a URL. */
export function isPlainLowercase(word: Word, names: ReadonlySet<string> = noNames): boolean {
  const text = nodeText(word)
  if (!startsLowercase(text)) return false
  if (/\p{Lu}/u.test(text.slice(1))) return false
  if (/[.@]/.test(text)) return false
  const lower = text.toLowerCase()
  return !(lowercaseNames.has(lower) || lowercaseAbbreviations.has(lower) || urlSchemes.has(lower) || names.has(lower))
}

/** Whether `text` opens with a lowercase letter: asked of many words, most of them ASCII. */
function startsLowercase(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 128 ? /^\p{Ll}/u.test(text) : code >= 97 && code <= 122
}

function classify(
  before: Word | undefined,
  stem: string,
  mark: Punctuation,
  next: Word,
  quantity: Word | undefined
): LowercaseAfterStop['kind'] | undefined {
  if (!before) return 'sentence-start'
  if (mark.value !== '.') {
    return exclaimedNames.has(stem.toLowerCase()) ? undefined : 'sentence-start'
  }
  if (continuationWords.has(nodeText(next)) && (isNumber(stem) || isUnit(stem, quantity))) {
    return 'stray'
  }
  if (isAbbreviation(before, stem)) return undefined
  return 'sentence-start'
}

function isNumber(text: string): boolean {
  return /^\d[\d,]*$/.test(text)
}

/** A one-letter unit ("m", "t", "h") counts only after a number: alone it is an initial. */
function isUnit(stem: string, quantity: Word | undefined): boolean {
  if (!units.has(stem)) return false
  return stem.length > 1 || (quantity !== undefined && isNumber(nodeText(quantity)))
}

/** "e.g.", "U.S.", "p.m.", "J." and the listed abbreviations ("approx.", "Mr.", "vol."). */
function isAbbreviation(word: Word, stem: string): boolean {
  const points = word.children.filter((child) => child.type === 'PunctuationNode' && child.value === '.')
  if (points.length > 1) return true
  if (/^\p{L}$/u.test(stem)) return true
  return abbreviations.has(stem.toLowerCase())
}
