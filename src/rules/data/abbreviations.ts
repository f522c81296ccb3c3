/**
 * English abbreviations written with a point that may legitimately be followed by a lowercase
 * word, a number or a name ("e.g. the", "approx. five", "Fig. 2", "Mr. Smith"). A point after
 * one of these is not a sentence boundary, so the sentence-boundary rules leave it alone.
 * Stored lowercase, without the point. Initialisms with inner points (e.g., i.e., U.S., a.m.,
 * Ph.D., J.R.R.) need no entry: any word with more than one point is treated as one, and so
 * is any single letter (an initial such as "J." or an enumerator such as "a.").
 */

/** Latin abbreviations of English prose (Chicago Manual of Style, ch. 10 "Abbreviations"). */
const latin = ['etc', 'cf', 'viz', 'vs', 'ca', 'al', 'ibid', 'op', 'cit', 'seq', 'ff', 'sc', 'fl']

/** Abbreviated common words (Chicago ch. 10; AP Stylebook "abbreviations and acronyms"). */
const common = [
  'approx', 'esp', 'incl', 'excl', 'resp', 'misc', 'est', 'min', 'max', 'avg', 'var', 'dept',
  'govt', 'intl', 'natl', 'assn', 'cont', 'orig', 'ref', 'repr', 'trans',
  'transl', 'ed', 'eds', 'comp', 'abbr', 'adj', 'adv', 'pl', 'sing', 'lit', 'fem', 'masc'
]

/** Reference and numbering words before a number or a lowercase word ("Fig. 2", "vol. 3", "No. 5"). */
const reference = [
  'fig', 'figs', 'vol', 'vols', 'no', 'nos', 'pp', 'ch', 'chap', 'sec', 'sect', 'para', 'art',
  'pt', 'bk', 'ser', 'suppl', 'tab', 'eq', 'eqs', 'ex', 'nr'
]

/** Titles before a name (AP Stylebook "titles"; Chicago ch. 10, names and titles). */
const titles = [
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'st', 'jr', 'sr', 'rev', 'hon',
  'gen', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen',
  'rep', 'pres', 'supt', 'fr', 'msgr'
]

/** Company and address words (AP Stylebook "company names", "addresses"). */
const business = ['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'mfg', 'ave', 'blvd', 'rd', 'mt', 'hwy', 'apt', 'ste']

/** Months and weekdays as AP abbreviates them before a date ("Jan. 20", "Sept. 5"). */
const calendar = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'
]

/** Imperial units US style writes with a point ("5 ft. tall", "3 in. wide"; Chicago ch. 10). */
const imperialUnits = ['in', 'ft', 'yd', 'mi', 'lb', 'lbs', 'oz', 'qt', 'gal', 'sq', 'cu', 'hr', 'hrs', 'mins']

/** Words whose point is part of the name ("Yahoo!" is handled apart: see `exclaimedNames`). */
export const abbreviations: ReadonlySet<string> = new Set([
  ...latin,
  ...common,
  ...reference,
  ...titles,
  ...business,
  ...calendar,
  ...imperialUnits
])

/** Names spelt with a final "!" (trademarks), after which a lowercase word does not start a sentence. */
export const exclaimedNames: ReadonlySet<string> = new Set(['yahoo', 'jeopardy', 'joomla'])

/**
 * Latin abbreviations that informal and technical English writes without points and in
 * lowercase even at the head of a clause ("eg the CLI flags", "ie, the default"): not a
 * sentence start that lost its capital.
 */
export const lowercaseAbbreviations: ReadonlySet<string> = new Set([
  'eg', 'ie', 'cf', 'viz', 'etc', 'vs', 'ca', 'approx'
])
