/**
 * The character just before or just after an index of a text, whole even outside the BMP.
 * A rule that asks "is a letter before this match?" with `/\p{L}$/u.test(text.slice(0, i))`
 * makes the regex try every start in the slice, so a file with many matches costs the square
 * of its length; these look at one character.
 */

/** The character ending right before `index`, or '' at the start. */
export function characterBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text.charAt(index - 1)
}

/** The character starting at `index`, or '' at the end. */
export function characterAt(text: string, index: number): string {
  if (index >= text.length) return ''
  const code = text.codePointAt(index)!
  return String.fromCodePoint(code)
}
