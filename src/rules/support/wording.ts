/**
 * Rules that offer several replacements word their reasons and suggestions the same way
 * (calque, false-friend); sharing the helpers keeps their messages alike.
 */

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function listOr(values: string[]): string {
  const quoted = values.map((value) => '`' + value + '`')
  if (quoted.length < 2) return quoted.join('')
  return quoted.slice(0, -1).join(', ') + ' or ' + quoted[quoted.length - 1]
}

/** Capitalises the suggestion when the flagged text starts a sentence in capitals. */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement
  return replacement.charAt(0).toUpperCase() + replacement.slice(1)
}
