/**
 * French typographic spacing, as the Imprimerie nationale's Lexique des règles
 * typographiques prescribes it and as English style guides (Chicago Manual of Style 6.7,
 * Oxford Style Manual) do not: French puts a (narrow) no-break space before ; : ? ! and inside
 * guillemets, and groups thousands with a space. MT engines often carry these spaces over.
 */

/** Horizontal spaces French typesetting uses, with the name a reason gives them. */
export const SPACE_NAMES: Record<string, string> = {
  ' ': 'space',
  '\t': 'tab',
  '\u00A0': 'no-break space',
  '\u202F': 'narrow no-break space',
  '\u2009': 'thin space'
}

/** How a reason names a run of spaces: by its kind when all alike, else just "space". */
export function spaceName(space: string): string {
  const names = new Set([...space].map((char) => SPACE_NAMES[char] ?? 'space'))
  const [only] = names
  return names.size === 1 && only ? only : 'space'
}

/** A run of the spaces above (never a line break, which ends a line, not a word). */
export const HORIZONTAL_SPACE = /[ \t\u00A0\u202F\u2009]/

/**
 * Spaces before the punctuation French spaces off and English sets tight: « Pourquoi ? » → "Why?",
 * « Note : » → "Note:". Semicolon and colon carry a space in French, ? and ! a narrow one.
 */
// The look-behind makes a match start only where a run of spaces starts: without it, a long
// run of spaces not followed by punctuation was rescanned from each of its spaces.
export const SPACE_BEFORE_PUNCTUATION = /(?<![ \t\u00A0\u202F\u2009])[ \t\u00A0\u202F\u2009]+([;:?!])/g

/**
 * What may follow such a mark for the space before it to be French spacing. Anything else
 * makes it something other than sentence punctuation: ` :)` and ` ;-)` are emoticons,
 * ` != ` and ` := ` operators, ` :hover` or ` ?q=` code. Colon and semicolon accept no
 * bracket after them because `:)` and `;]` are emoticons; ? and ! do: "(really ?)".
 */
export const AFTER_COLON = /^(?:$|[\s"“”’»])/
export const AFTER_QUESTION = /^(?:$|[\s"“”’»)\]?!])/

/**
 * French groups thousands with a (narrow) no-break or thin space, "10 000"; English writes
 * "10,000". A plain space is not matched: "in 2015 100 soldiers" is two numbers. The
 * optional tail is the French decimal comma, "1 500,5" = 1,500.5.
 */
export const SPACE_GROUPED_NUMBER =
  /(?<![\d.,\u00A0\u202F\u2009])(\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+)(?:,(\d+))?(?!\d|[\u00A0\u202F\u2009]\d)/g

/** Separators that group thousands in SPACE_GROUPED_NUMBER. */
export const THOUSANDS_SPACE = /[\u00A0\u202F\u2009]/g
