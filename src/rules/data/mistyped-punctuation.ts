/**
 * Punctuation that machine translation and French keyboards leave mistyped in English text.
 * English style guides (Chicago Manual of Style 6.7–6.13 and 6.19, Oxford Style Manual 4.1)
 * set a comma or full stop tight against the word before it, use one mark where one is meant,
 * end "etc." with its own full stop and no ellipsis, and write the apostrophe ’ (or ').
 */

/**
 * Spaces that may sit before a mark: those of french-spacing, but never a line break.
 *
 * The patterns below that look behind do so after their first mark (`,(?<=\p{Ll}{2},)`, not
 * `(?<=\p{Ll}{2}),`): the same matches, but the engine seeks the mark first instead of trying
 * the look-behind at every character of every block, which made this rule one of the costliest.
 */
const space = String.raw`[ \t\u00A0\u202F\u2009]`

/**
 * "the minister , who": a space before a comma or full stop. Tokenising MT engines detach the
 * mark from its word; only a mark after a letter, digit, currency sign or closing bracket or
 * quote (straight quotes and guillemets included: 'said "no" .') counts, and
 * only one followed by a space, a line's end or a closing mark, so that ".NET", " .5", " ..."
 * and "../" stay out. An abbreviation's last point may also be followed by a colon or
 * semicolon: "2:22 p.m .:" is French spacing's space before the colon, which MT moved inside
 * the abbreviation.
 */
export const SPACE_BEFORE_STOP = new RegExp(
  String.raw`${space}(?<=[\p{L}\p{N})\]”’%"»€$£]${space})${space}*([,.])(?=${space}|$|[\r\n"”’)\]]|(?<=\.\p{L}${space}+\.)[:;])`,
  'gmu'
)

/** "said,, adding": a comma typed twice, spaced or not. */
export const DOUBLED_COMMA = new RegExp(String.raw`,(?:${space}*,)+`, 'gu')

/**
 * "on Monday.. The": two full stops, which are neither a full stop nor an ellipsis. Ranges
 * ("1..10"), paths ("../") and three or more dots are left out.
 */
export const DOUBLED_STOP = /\.(?<=[\p{L}\p{N})\]”’"]\.)\.(?=[ \t\u00A0\u202F]|$|[\r\n"”’)\]])/gmu

/**
 * "and so on, etc..." or "etc…": "etc." already ends the list (Chicago 6.20); an ellipsis after
 * it, as French writes "etc..." too, doubles the mark. The span is what follows "etc".
 */
export const ETC_ELLIPSIS = new RegExp(String.raw`(?<=\betc)(?:\.?${space}?(?:\.{2,3}|…))(?!\.)`, 'giu')

/**
 * "it′s", "don´t": a prime or an acute accent typed for the apostrophe, as French keyboards
 * and OCR leave it. Only between two letters, so that 5′ (feet) stays. The grave accent `
 * is left out: between letters it is more often a code span's edge than an apostrophe.
 */
export const FALSE_APOSTROPHE = /[′´](?<=\p{L}[′´])(?=\p{L})/gu

/**
 * "Macron’ s", "Macron ’s", "l’ État": a space inside a word's apostrophe, where a tokenising
 * engine split the word. Only before a lone "s" (English) or after a French elided article
 * or pronoun (l’, d’, qu’), so that a plural possessive ("the players’ scores") stays.
 */
export const SPACED_APOSTROPHE = new RegExp(
  String.raw`(?<=\p{L})(?:${space}+['’](?=s\b)|['’]${space}+(?=s\b))|(?<=\b[LlDdJjNnSs]|\b[Qq]u)['’]${space}+(?=\p{Lu})`,
  'gu'
)

/**
 * "the talks,which": a comma between two lowercase words of two letters or more, with no
 * space after it. The word run holding it must have no character of code or markup (`{a,b}`,
 * "DEBUG=a,b", "src/{ts,js}"), which is where prose-like commas stand unspaced.
 */
export const UNSPACED_COMMA = /,(?<=\p{Ll}{2},)(?=\p{Ll}{2})/gu
/**
 * "the talks failed;the unions": a semicolon between two lowercase words with no space after
 * it, the word run free of code characters as for UNSPACED_COMMA (Chicago 6.7: one space after
 * a semicolon). Three letters at least on each side, so that "tl;dr" stays.
 */
export const UNSPACED_SEMICOLON = /;(?<=\p{Ll}{3};)(?=\p{Ll}{3})/gu
/**
 * "the minister said:the reform", "he added:“We will…”": a colon glued to the words after a
 * reporting verb, where MT or a scraper dropped the space. Only after such a verb, since a
 * colon between words is code or a scheme elsewhere ("node:fs", "image:tag").
 */
export const UNSPACED_REPORTING_COLON = /:(?<=\b(?:said|says|added|declared|explained|stated|warned|announced|insisted|replied|noted|stressed|asked|wrote|told\s+\p{L}+):)(?=[\p{L}"“«])/gu
export const CODE_CHARACTERS = /[{}[\]()\/\\:=*`'"<>@#$%&|~^_+\d]/u

/** How a reason names each false apostrophe. */
export const APOSTROPHE_NAMES: Record<string, string> = {
  '′': 'prime',
  '´': 'acute accent'
}

/**
 * "( in 2020 )": a space just inside round brackets. English (Chicago 6.95–6.97) and French
 * alike (Imprimerie nationale, Lexique des règles typographiques, "Parenthèses") set brackets
 * tight against what they enclose; tokenising MT engines detach them. A group on one line, with
 * a letter in it, that opens after a space, a line's start or an opening quote (not "f( x )").
 */
export const BRACKET_GROUP = /\((?<=(?:^|[\s"“‘«])\()([^()\n]{1,300})\)/gmu

/** Characters that make a bracket group code, not prose ("( a = b )", "( x; y )"). */
export const BRACKET_CODE = /[{}[\]=;<>`\\|_^~$#]|\/\/|::/u
