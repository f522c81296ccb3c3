/** Pieces of regular-expression source that rules build their patterns from. */

/** `text` matched literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase matched literally, each space as any run of white space (a line break included). */
export function phraseSource(text: string): string {
  return escapeRegExp(text).replace(/ /g, '\\s+')
}
