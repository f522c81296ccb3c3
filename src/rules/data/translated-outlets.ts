/**
 * News outlets whose names are ordinary words, so that MT translates them as common nouns
 * ("selon Le Parisien" → "according to the parisian"). Each entry gives the outlet's own
 * name (what `expected` suggests) and the English renderings MT produces, lowercase.
 * French titles: the national and regional dailies and weeklies quoted most in French news
 * (names as printed on their mastheads). Russian and Ukrainian titles: the outlets French
 * war coverage quotes, in their usual English transliteration; their names are Russian words
 * that MT translates when it meets them in a French sentence.
 *
 * `ambiguous` marks renderings that are also ordinary English phrases ("the team", "the
 * world", "news"); those are only flagged where English cannot have a common noun at all
 * (right after "as written", or "analysis" opening a clause).
 */
export interface TranslatedOutlet {
  name: string
  renderings: string[]
  ambiguous?: boolean
}

export const translatedOutlets: TranslatedOutlet[] = [
  {name: 'Le Parisien', renderings: ['the parisian', 'le parisien']},
  {name: 'Le Monde', renderings: ['the world', 'le monde'], ambiguous: true},
  {name: 'Libération', renderings: ['liberation', 'the liberation', 'libération'], ambiguous: true},
  {name: 'Le Figaro', renderings: ['the figaro', 'le figaro', 'figaro']},
  {name: 'L’Équipe', renderings: ['the team', 'l’équipe', "l'équipe"], ambiguous: true},
  {name: 'Les Échos', renderings: ['the echoes', 'the echos', 'les échos']},
  {name: 'La Croix', renderings: ['the cross', 'la croix'], ambiguous: true},
  {name: 'Le Point', renderings: ['the point', 'le point'], ambiguous: true},
  {name: 'L’Express', renderings: ['the express', 'l’express', "l'express"], ambiguous: true},
  {name: 'Ouest-France', renderings: ['west france', 'west-france', 'ouest-france']},
  {name: 'Le Canard enchaîné', renderings: ['the chained duck', 'the chained canard', 'le canard enchaîné']},
  {name: 'Mediapart', renderings: ['mediapart']},
  {name: 'Le Temps', renderings: ['the time', 'the times', 'le temps'], ambiguous: true},
  {name: 'La Voix du Nord', renderings: ['the voice of the north', 'the north voice', 'la voix du nord']},
  {name: 'Sud Ouest', renderings: ['south west', 'southwest', 'sud ouest']},
  {name: 'Le Journal du dimanche', renderings: ['the sunday newspaper', 'the sunday journal', 'the journal of sunday']},
  {name: 'Le Nouvel Obs', renderings: ['the new obs', 'the new observer']},
  {name: 'La Dépêche du Midi', renderings: ['the dispatch of the south', 'the midi dispatch', 'the south dispatch']},
  // Quebec dailies, and more French titles whose names are common nouns.
  {name: 'Le Devoir', renderings: ['the duty', 'le devoir'], ambiguous: true},
  {name: 'La Presse', renderings: ['the press', 'la presse'], ambiguous: true},
  {name: 'Le Journal de Montréal', renderings: ['the journal of montreal', 'the journal of montréal', 'the montreal journal', 'the montréal journal']},
  {name: 'Le Journal de Québec', renderings: ['the journal of quebec', 'the journal of québec', 'the quebec journal', 'the québec journal']},
  {name: 'Le Droit', renderings: ['the right', 'le droit'], ambiguous: true},
  {name: 'Le Soleil', renderings: ['the sun', 'le soleil'], ambiguous: true},
  {name: 'L’Humanité', renderings: ['humanity', 'the humanity', 'l’humanité', "l'humanité"], ambiguous: true},
  {name: 'L’Opinion', renderings: ['the opinion', 'l’opinion', "l'opinion"], ambiguous: true},
  {name: 'La Tribune', renderings: ['the tribune', 'la tribune'], ambiguous: true},
  {name: 'Le Progrès', renderings: ['the progress', 'le progrès'], ambiguous: true},
  {name: 'Le Télégramme', renderings: ['the telegram', 'le télégramme'], ambiguous: true},
  {name: 'Le Dauphiné libéré', renderings: ['the liberated dauphiné', 'the liberated dauphine', 'the freed dauphiné', 'the free dauphiné']},
  {name: 'Midi libre', renderings: ['free midi', 'the free midi']},
  {name: 'Courrier international', renderings: ['international mail', 'the international mail', 'international courier', 'the international courier']},
  {name: 'Le Monde diplomatique', renderings: ['the diplomatic world', 'diplomatic world']},
  {name: 'Le Républicain lorrain', renderings: ['the lorraine republican', 'the republican lorrain']},
  {name: 'Vzglyad', renderings: ['the view', 'view', 'the look', 'look'], ambiguous: true},
  {name: 'Izvestia', renderings: ['the news', 'news', 'izvestia'], ambiguous: true},
  {name: 'Kommersant', renderings: ['the businessman', 'businessman', 'kommersant'], ambiguous: true},
  {name: 'Pravda', renderings: ['the truth', 'truth', 'pravda'], ambiguous: true},
  {name: 'Komsomolskaya Pravda', renderings: ['komsomol truth', 'the komsomol truth', 'komsomolskaya pravda']},
  {name: 'Moskovsky Komsomolets', renderings: ['moscow komsomolets', 'the moscow komsomol member', 'moskovsky komsomolets']},
  {name: 'Novaya Gazeta', renderings: ['the new newspaper', 'new newspaper', 'novaya gazeta']},
  {name: 'Rossiyskaya Gazeta', renderings: ['the russian newspaper', 'russian newspaper', 'rossiyskaya gazeta'], ambiguous: true},
  {name: 'Ukrainska Pravda', renderings: ['ukrainian truth', 'the ukrainian truth', 'ukrainska pravda']},
  {name: 'Dzerkalo Tyzhnia', renderings: ['mirror of the week', 'the mirror of the week', 'dzerkalo tyzhnia']}
]

/**
 * Words that may follow "as written/noted/reported…" directly in English ("as noted above",
 * "as reported earlier", "as explained in…"): adverbs of place and time, prepositions,
 * determiners, pronouns and conjunctions. Any other lowercase word there is a noun standing
 * where French had a name (*comme l'écrit Vzgliad* → "as written view").
 */
export const attributionFollowers: ReadonlySet<string> = new Set([
  // Adverbs of place, time and manner.
  'above', 'below', 'before', 'earlier', 'later', 'previously', 'elsewhere', 'here', 'there',
  'already', 'again', 'recently', 'yesterday', 'today', 'tonight', 'now', 'then', 'often',
  'also', 'too', 'widely', 'initially', 'originally', 'first', 'last', 'so', 'thus',
  'repeatedly', 'frequently', 'separately', 'independently', 'ago', 'online', 'overleaf',
  'further', 'herein', 'therein', 'hereafter', 'home', 'well', 'usual', 'expected', 'planned',
  // Prepositions and particles.
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'within', 'under', 'over', 'after',
  'during', 'since', 'into', 'onto', 'upon', 'about', 'across', 'through', 'throughout', 'via',
  'per', 'out', 'up', 'down', 'off', 'against', 'among', 'between', 'beside', 'besides',
  // Determiners, pronouns and conjunctions.
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'some', 'many', 'several', 'one', 'two', 'both', 'each', 'all', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'and', 'or', 'but', 'if', 'when', 'while', 'where',
  'which', 'who', 'whom', 'whose', 'what', 'as', 'than', 'not', 'no'
])

/** English verbs (past participles) of attribution that French *comme l'écrit/le note…* gives. */
export const attributionVerbs = [
  'written', 'noted', 'reported', 'explained', 'stated', 'said', 'indicated', 'pointed out',
  'emphasized', 'emphasised', 'stressed', 'recalled', 'revealed', 'announced', 'analyzed',
  'analysed', 'observed', 'underlined', 'highlighted', 'mentioned', 'specified', 'detailed',
  'recounted', 'summarized', 'summarised', 'told'
]

/** Present-tense reporting verbs of French inverted attributions (*« … », écrit Le Monde*). */
export const invertedAttributionVerbs = [
  'writes', 'notes', 'says', 'explains', 'reports', 'recalls', 'analyses', 'analyzes',
  'observes', 'adds', 'insists', 'points out', 'stresses', 'underlines', 'indicates'
]
