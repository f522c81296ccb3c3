/**
 * French connectives, adverbs and date words that MT leaves in an English sentence on their
 * own ("several cities, notamment Lyon", "the president ainsi que the prime minister", "on
 * lundi"), where the run check needs three French words in a row. None is an English word or
 * a French expression English has adopted: each was checked against Merriam-Webster's
 * Collegiate Dictionary, and words English writes too are left out ("pour", "sans", "chez",
 * "encore", "pendant", "avec" as in bylines, "très" as in "très chic", "tout", "entre" as in
 * "entre nous", "déjà" as in "déjà vu", "vers" as in "vers libre", "mars" the verb, "et" of "et al.",
 * "dont" the misspelt "don't" but after a comma and before a number). The English is the first
 * sense that the Collins and Larousse French-English dictionaries give.
 *
 * Phrases use the word-pattern syntax of src/rules/support/word-patterns.ts.
 */
export interface FrenchConnective {
  pattern: string
  english: string[]
}

export const frenchConnectives: readonly FrenchConnective[] = [
  // Single words.
  {pattern: 'selon', english: ['according to']},
  {pattern: 'notamment', english: ['including', 'notably']},
  {pattern: 'voire', english: ['or even']},
  {pattern: 'cependant', english: ['however']},
  {pattern: 'toutefois', english: ['however']},
  {pattern: 'pourtant', english: ['yet']},
  {pattern: 'néanmoins', english: ['nevertheless']},
  {pattern: 'puisque', english: ['since']},
  {pattern: 'lorsque', english: ['when']},
  {pattern: 'également', english: ['also']},
  {pattern: 'aujourd\'hui', english: ['today']},
  {pattern: 'hier', english: ['yesterday']},
  {pattern: 'demain', english: ['tomorrow']},
  {pattern: 'environ', english: ['about']},
  {pattern: 'depuis', english: ['since']},
  {pattern: 'donc', english: ['so']},
  {pattern: 'alors', english: ['then']},
  {pattern: 'aussi', english: ['also']},
  {pattern: 'plusieurs', english: ['several']},
  {pattern: 'quelques', english: ['a few']},
  {pattern: 'surtout', english: ['especially']},
  {pattern: 'désormais', english: ['now']},
  {pattern: 'malgré', english: ['despite']},
  {pattern: 'parmi', english: ['among']},
  {pattern: 'mais', english: ['but']},
  {pattern: 'puis', english: ['then']},
  {pattern: 'd\'ailleurs', english: ['besides']},
  {pattern: 'c\'est-à-dire', english: ['that is']},
  {pattern: 'jusqu\'à', english: ['until']},
  // "200 people, dont 30 children": "dont" after a comma and before a number.
  {pattern: ', dont #', english: ['including']},
  // Phrases.
  {pattern: 'ainsi que', english: ['as well as']},
  {pattern: 'entre autres', english: ['among others']},
  {pattern: 'bien sûr', english: ['of course']},
  {pattern: 'en effet', english: ['indeed']},
  {pattern: 'en fait', english: ['in fact']},
  {pattern: 'en outre', english: ['moreover']},
  {pattern: 'en revanche', english: ['on the other hand']},
  {pattern: 'en particulier', english: ['in particular']},
  {pattern: 'par exemple', english: ['for example']},
  {pattern: 'par ailleurs', english: ['moreover']},
  {pattern: 'à savoir', english: ['namely']},
  {pattern: 'parce que', english: ['because']},
  {pattern: 'afin de', english: ['in order to']},
  {pattern: 'lors de', english: ['during']},
  {pattern: 'grâce à', english: ['thanks to']},
  {pattern: 'au moins', english: ['at least']},
  {pattern: 'à cause de', english: ['because of']},
  {pattern: 'à partir de', english: ['from']},
  {pattern: 'quant à', english: ['as for']},
  {pattern: 'tout de même', english: ['all the same']},
  {pattern: 'quand même', english: ['all the same']}
]

/** French weekdays: none is an English word; "Mardi Gras" is. */
export const frenchWeekdays: ReadonlyMap<string, string> = new Map([
  ['lundi', 'Monday'], ['mardi', 'Tuesday'], ['mercredi', 'Wednesday'], ['jeudi', 'Thursday'],
  ['vendredi', 'Friday'], ['samedi', 'Saturday'], ['dimanche', 'Sunday']
])

/**
 * French months. `alone`: not an English word, so flagged in lowercase anywhere; "mars" (the
 * verb) and "mai" only beside a day number or a year ("12 mars", "mai 2024").
 */
export const frenchMonths: ReadonlyMap<string, {english: string; alone: boolean}> = new Map([
  ['janvier', {english: 'January', alone: true}], ['février', {english: 'February', alone: true}],
  ['mars', {english: 'March', alone: false}], ['avril', {english: 'April', alone: true}],
  ['mai', {english: 'May', alone: false}], ['juin', {english: 'June', alone: true}],
  ['juillet', {english: 'July', alone: true}], ['août', {english: 'August', alone: true}],
  ['septembre', {english: 'September', alone: true}], ['octobre', {english: 'October', alone: true}],
  ['novembre', {english: 'November', alone: true}], ['décembre', {english: 'December', alone: true}]
])
