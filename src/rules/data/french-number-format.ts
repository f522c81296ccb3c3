/**
 * French money and time conventions that MT copies into English figures, for
 * `french-number-format` (its other patterns live in the rule).
 *
 * Sources: the Imprimerie nationale's *Lexique des règles typographiques* (the currency sign or
 * its abbreviation after the amount, spaced: "15 €", "3,5 M€"; hours written "14 h" or "14 h 30");
 * the Office québécois de la langue française, *Banque de dépannage linguistique* ("Symboles
 * des unités monétaires": "25 $", "2,5 M$", "1,2 G$" for milliards in Quebec); and the English
 * style guides that put the sign first and spell out or abbreviate the magnitude: Chicago
 * Manual of Style 9.20–9.23 ("€50", "$4.5 million"), AP Stylebook "dollars", "millions,
 * billions" ("$4.5 million"), Guardian and Observer style guide "euro", "m", "bn" ("€3.5m",
 * "€1.2bn").
 */

/** Currency signs French writes after the amount and English before it. */
export const CURRENCY_SIGNS = '€$£'

/**
 * The French abbreviations of a magnitude put before the sign: k (kilo, thousand), M (million),
 * Md / Mds / Mrd / Mrds (milliard(s)) and, in Quebec, G (giga, milliard). The value is the
 * English word and the short form British papers use ('' when English has none: a thousand is
 * written out in figures).
 */
export const CURRENCY_MAGNITUDES: Record<string, {word: string; short: string; thousands: boolean}> = {
  k: {word: '', short: '', thousands: true},
  K: {word: '', short: '', thousands: true},
  M: {word: 'million', short: 'm', thousands: false},
  Md: {word: 'billion', short: 'bn', thousands: false},
  Mds: {word: 'billion', short: 'bn', thousands: false},
  Mrd: {word: 'billion', short: 'bn', thousands: false},
  Mrds: {word: 'billion', short: 'bn', thousands: false},
  G: {word: 'billion', short: 'bn', thousands: false}
}

/**
 * An amount with its currency sign after it, French style: "15 €", "15€", "3,5 M€", "10 000 $",
 * "1,2 G$". The amount may be grouped by spaces of any kind and carry a decimal comma or
 * point; the sign must not be followed by a letter, digit or code character ("5 $HOME", "$1").
 * Not after another number and a space ("in 2015 100 €" is two numbers).
 */
export const AMOUNT_BEFORE_SIGN =
  /(?<![\p{L}\p{N}_.,/\-$€£])(?<!\p{N}[ \u00A0\u202F\u2009])(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:([.,])(\d+))?[ \u00A0\u202F\u2009]?(k|K|M|Mds?|Mrds?|G)?([€$£])(?![\p{L}\p{N}_$€£({[\]])/gu

/**
 * Words before which a bare French hour ("14h", "20 h", "8H") is a time of day in English, not
 * a duration: "at 14h", "until 20h", "from 9h", "since 6h". "About", "after", "by", "in",
 * "for" and "to" are left out: "after 4h of talks", "cut by 2h", "in 3h" count hours.
 */
export const TIME_OF_DAY_WORDS = ['at', 'around', 'towards', 'toward', 'until', 'till', 'from', 'since', 'before', 'between']
