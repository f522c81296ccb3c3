/** `1 finding`, `3 findings`: the counts every summary line prints. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
