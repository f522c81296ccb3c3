/**
 * The words whose spelling misleads the a/an choice, from retext-indefinite-article 5.0.0
 * (lib/a.js and lib/an.js; MIT, © 2016 Titus Wormer), whose check `indefinite-article`
 * runs on the shared sentences. Kept as that plugin has them so that the two agree finding
 * for finding (tests/rules/indefinite-article.test.ts compares them); an entry of our own
 * goes below the copied ones with its reason.
 *
 * A lowercase entry matches whatever the case of the word, one with capitals only as
 * written, and a trailing `*` any word it begins (without regard to case). A word in both
 * lists takes either article ("a historic", "an historic").
 */

/** Written with a vowel letter but said with a consonant sound ("a euro", "a one-off", "a UN"), or the reverse for `h`. */
export const takesA: readonly string[] = [
  'U', 'UN', 'eucalypt*', 'eucha*', 'euchr*', 'euclid*', 'eucrite', 'eucryphia', 'eugen*',
  'eukar*', 'eulog*', 'eunice', 'eunuch', 'euph*', 'eura*', 'eure*', 'euro*', 'eury*',
  'eutha*', 'ewe', 'ewer', 'habitual', 'hallucin*', 'herb*', 'heredit*', 'hilarious*',
  'histor*', 'horrend*', 'horrif*', 'hotel*', 'ms', 'once', 'one', 'one-*', 'one/',
  'oneanother', 'oneberry', 'onefold*', 'oneheart*', 'oneness*', 'oneself*', 'onetime*',
  'oneway', 'onewhere*', 'oneyear', 'ubiq*', 'uefa', 'ugandan', 'uk', 'ukase', 'ukrain*',
  'ukulele', 'ululated', 'ululation', 'unanim*', 'unary', 'unesco', 'unhcr', 'uniam*',
  'uniart*', 'uniat*', 'uniaur*', 'uniax*', 'unibas*', 'unible', 'unicycl*', 'unidirect*',
  'unif*', 'union*', 'uniq*', 'unist', 'unit*', 'univ*', 'uran*', 'urate', 'uri*', 'url',
  'urologist', 'uruguay', 'uruguayan', 'uruguayans', 'us', 'usab*', 'usage', 'usb', 'use*',
  'using', 'usu*', 'utah', 'uten*', 'uter*', 'util*', 'utop*', 'utrecht', 'uttoxeter',
  'uvula', 'uvular', 'uyghur',
  // Ours: "u" as a letter ("a u-turn") and words in "uni-" said "you-" that the list lacks; the
  // others in "uni-" are "un-" + i ("an unidentified man") and keep the vowel rule.
  // Pronunciations as in the Oxford Learner's Dictionaries.
  'u', 'unicam*', 'unicel*', 'unicorn*', 'unilat*', 'uniling*', 'unimodal', 'unipol*', 'uniport*',
  'unisex*', 'unison*', 'unitar*'
]

/** Said with a vowel sound though written otherwise: a silent h ("an hour"), letters and initialisms read by name ("an FBI agent", "an SUV"). */
export const takesAn: readonly string[] = [
  'IOU', 'MA', 'MS', 'f', 'fbi', 'fda', 'fm', 'h', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'habitual', 'hallucin*', 'hauteur', 'hb', 'heir*', 'herb*', 'heredit*', 'hilarious*',
  'histor*', 'hiv', 'homage', 'honest*', 'honor*', 'honour*', 'horrend*', 'horrif*', 'hotel*',
  'hour*', 'html', 'l', 'lbw', 'lcd', 'm', 'mba', 'mdast', 'mpg', 'mph', 'mri', 'msc', 'mtv',
  'n', 'nba', 'nbc', 'nfl', 'ngo', 'nhl', 'nlcst', 'npm', 'nvidia', 'r&d', 'r', 'raf', 's',
  'sgml', 'sms', 'sos', 'spf', 'std', 'suv', 'x', 'x-ray', 'x-rays', 'xbox', 'xmas', 'xml', 'α'
]
