/**
 * What the scans over runs of letters share (french-hint's pre-test, lowercase-demonym's form
 * finder): a run is hashed as it is read, so that only a run whose hash belongs to a listed
 * word is sliced into a string and looked up. Most words of a text never become strings.
 */

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/** The hash of a run so far, one code unit on. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** The hash of a whole word, as {@link hashStep} builds it over its code units. */
export function wordHash(word: string): number {
  let hash = 0
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index))
  return hash
}
