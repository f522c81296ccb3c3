/**
 * The context conditions a termbase entry may carry, and the check that a written pattern
 * means what it looks like: `compilePattern` never refuses a pattern, so a typo in a user's
 * termbase would otherwise make an entry match nothing (or everything) without a word.
 */

export const conditionFields = ['precededBy', 'notPrecededBy', 'followedBy', 'notFollowedBy', 'notInSentence'] as const

export type ConditionField = (typeof conditionFields)[number]

/** The conditions of one entry, each field's patterns as written. */
export type TermContext = Partial<Record<ConditionField, string[]>>

/**
 * Why `source` would be misread as a pattern of `field`, with the fix, or undefined when it
 * reads as written. `notInSentence` holds words, not patterns: it is compared word by word.
 */
export function conditionProblem(field: ConditionField, source: string): string | undefined {
  const pattern = source.trim()
  if (pattern === '') return 'is empty: write one word pattern, such as `in`'
  const words = pattern.split(/\s+/)
  if (field === 'notInSentence') {
    if (words.length > 1 || /[|,;]/.test(pattern)) return `\`${pattern}\` is not one word: list each word that marks the other sense on its own`
  }
  for (const raw of words) {
    const word = field !== 'notInSentence' && raw.length > 1 && raw.endsWith('?') ? raw.slice(0, -1) : raw
    const alternatives = field === 'notInSentence' ? [word] : word.split('|')
    if (alternatives.some((alternative) => alternative === '')) return `\`${pattern}\` has an empty alternative: write alternatives as \`in|at\``
    if (/[^,;][,;]$/.test(word)) return `\`${pattern}\` reads \`${word}\` as one word: write alternatives as \`in|at\``
    for (const alternative of alternatives) {
      // The text's words are compared by their norm (views.ts): straight apostrophe, no final point.
      if (alternative.includes('’')) return `\`${pattern}\` has a curly apostrophe, which never matches: write \`${alternative.replace(/’/g, "'")}\``
      if (/\p{L}\.$/u.test(alternative)) return `\`${pattern}\` has \`${alternative}\` with a final point, which never matches: write \`${alternative.slice(0, -1)}\``
      if (field === 'precededBy' || field === 'notPrecededBy') {
        if (alternative === '$') return `\`${pattern}\`: \`$\` is the end of the sentence, which never comes before a term; \`^\` is its start`
      } else if (field !== 'notInSentence' && alternative === '^') {
        return `\`${pattern}\`: \`^\` is the start of the sentence, which never comes after a term; \`$\` is its end`
      }
    }
  }
  return undefined
}

/**
 * The condition a misspelt name stands for (`x-precededby`, `x-preceededBy`, `precededBy`
 * without its `x-`): same letters whatever the case and dashes, or one letter added, dropped,
 * changed or swapped. A name further off is another tool's data category, not a typo of ours.
 */
export function misspeltCondition(name: string): ConditionField | undefined {
  const letters = (value: string) => value.toLowerCase().replace(/^x-/, '').replace(/[^a-z]/g, '')
  const written = letters(name)
  return conditionFields.find((field) => withinOneEdit(written, field.toLowerCase()))
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && a[start] === b[start]) start++
  if (start === a.length && a.length === b.length) return true
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  if (restA.length <= 1 && restB.length <= 1) return true
  // Two neighbouring letters swapped.
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}
