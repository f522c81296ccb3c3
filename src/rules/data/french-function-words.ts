/**
 * French grammatical words that are not English words, so that one of them in a run of
 * French-dictionary words marks the run as untranslated French. Taken from French grammar's
 * closed classes (articles, pronouns, prepositions, conjunctions, auxiliaries); left out on
 * purpose are the ones English also writes as words of its own: "a", "on", "son", "pour",
 * "car", "plus", "tout", "as", "or", "but", "non", "par", "y", "si", "ma", "pendant", "encore"… (checked
 * against an English dictionary: each left-out word is an English headword or abbreviation).
 */
export const frenchFunctionWords: ReadonlySet<string> = new Set([
  // Articles and contracted articles.
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux',
  // Demonstratives and possessives.
  'ce', 'cet', 'cette', 'ces', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mes', 'tes', 'sa',
  // Pronouns.
  'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'lui', 'eux', 'celui', 'celle', 'ceux',
  'celles', 'cela', 'ceci', 'qui', 'que', 'quoi', 'dont', 'où', 'lequel', 'laquelle',
  'lesquels', 'lesquelles', 'auquel', 'duquel', 'se', 'ne',
  // Prepositions.
  'de', 'sur', 'dans', 'avec', 'sans', 'sous', 'chez', 'vers', 'entre', 'depuis', 'selon',
  'après', 'avant', 'contre', 'parmi', 'lors', 'envers', 'malgré', 'jusqu', 'auprès', 'en',
  // Conjunctions and adverbs of the grammar.
  'et', 'ou', 'mais', 'donc', 'ni', 'puis', 'lorsque', 'quand', 'comme', 'aussi', 'ainsi',
  'très', 'pas', 'plutôt', 'déjà', 'toujours', 'jamais', 'moins', 'peu', 'beaucoup',
  'chaque', 'tous', 'toutes', 'toute', 'autre', 'autres', 'même', 'mêmes', 'aucun', 'aucune',
  // Forms of être and avoir.
  'est', 'sont', 'été', 'être', 'était', 'étaient', 'sera', 'seront', 'serait', 'ont', 'avait',
  'avaient', 'avoir', 'eu', 'peut', 'peuvent', 'fait', 'faire'
])

/**
 * Elided French words ("l’", "d’", "qu’"): an apostrophe after one of these at the start of a
 * word never happens in English ("d’Artagnan" is a capitalised name, left alone).
 */
export const frenchElisions: ReadonlySet<string> = new Set([
  'l', 'd', 'qu', 'n', 's', 'c', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'
])
