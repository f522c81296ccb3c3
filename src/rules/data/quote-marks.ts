/**
 * Quotation marks and the characters around them that tell an opening mark from a closing
 * one. Used by `french-guillemets`, `quote-direction` and `french-spacing`.
 */

/**
 * French guillemets and what English puts instead. « » are the ordinary French quotation
 * marks (Imprimerie nationale, Lexique des règles typographiques); ‹ › are the single ones,
 * used for a quotation inside a quotation, which English writes with ‘ ’.
 */
export const GUILLEMETS: Record<string, {english: string; opens: boolean; single: boolean}> = {
  '«': {english: '“', opens: true, single: false},
  '»': {english: '”', opens: false, single: false},
  '‹': {english: '‘', opens: true, single: true},
  '›': {english: '’', opens: false, single: true}
}

/** The closing guillemet of each opening one. */
export const GUILLEMET_PARTNER: Record<string, string> = {'«': '»', '‹': '›'}

/**
 * Double quotation marks whose direction and balance are checked. Single marks (‘ ’ ')
 * are left out on purpose: ’ is also the apostrophe ("Ukraine’s", "it’s"), so a lone one
 * says nothing about a quotation. ″ (double prime) is an inch or second sign, never a quote.
 */
export const OPENING_QUOTE = '“'
export const CLOSING_QUOTE = '”'
export const STRAIGHT_QUOTE = '"'
export const DOUBLE_QUOTES = new Set([OPENING_QUOTE, CLOSING_QUOTE, STRAIGHT_QUOTE])

/**
 * Characters after which a quotation mark opens, as a space does: "(“word”)",
 * "he said—“no”". English puts no space between them and an opening quote.
 */
export const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '/'])

/**
 * Characters before which a quotation mark closes, as a space does: "“word”,", "“Stop.”)".
 * A quotation in English is followed by punctuation or a space, and so is a closing mark.
 * The ellipsis is left out: it as often opens a quotation (“…and then”) as follows one.
 */
export const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–'])

/**
 * Closing punctuation that can only follow a quotation, never start one: a mark with a space
 * on both sides that is next followed by one of these closes ("taken. “, he said").
 */
export const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}'])

/**
 * A whitespace-delimited token holding one of these is code or markup (`class="x"`,
 * `{"a": 1}`, `<a href="…">`, `C:\"path`, `http://…`), where a quote is syntax, not prose.
 */
export const CODE_LIKE_TOKEN = /[=<>{}\\`]|:\/\//

/**
 * French marks a change of speaker in dialogue and interviews with a dash at the start of the
 * line ("– Oui, dit-il."; Imprimerie nationale, Lexique des règles typographiques, "Dialogue"),
 * where English opens quotation marks. MT keeps the dash. Only a line that also holds a speech
 * verb in an incise (", he said", ", says the minister") is taken for dialogue, since plain-text
 * lists open lines with dashes too.
 */
export const DIALOGUE_DASHES = '–—'

/** Verbs of saying of English incises, past and present (the MT of "dit-il", "explique-t-elle"). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'answers', 'added', 'adds',
  'explained', 'explains', 'insisted', 'insists', 'continued', 'continues', 'declared', 'declares',
  'retorted', 'retorts', 'admitted', 'admits', 'warned', 'warns', 'confided', 'confides', 'assured',
  'assures', 'exclaimed', 'exclaims', 'murmured', 'murmurs', 'sighed', 'sighs', 'smiled', 'smiles'
]

/**
 * "<<like this>>": guillemets typed as doubled angle brackets, as French writers do on keyboards
 * without « » and as some French sites publish them (the Imprimerie nationale's Lexique names
 * « » the only French quotation marks; English uses “ ”). MT copies them. Only a pair on one
 * line around words of prose: two words or more, no character of code (`a << b >> c`,
 * `cout << x;`, heredocs), after a space, a line's start or a bracket.
 */
export const ASCII_GUILLEMET_PAIR = /(?<=^|[\s(])<<([ \u00A0]?)([^<>\n]{1,300}?)([ \u00A0]?)>>(?=$|[\s.,;:!?)])/gmu

/** Characters that make the words between << and >> code, not a quotation. */
export const ASCII_GUILLEMET_CODE = /[=;{}()`$|&*\\/[\]]/u
