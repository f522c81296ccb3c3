/**
 * Grammatical calques of French that French→English machine translation leaves: every word is
 * English, the grammar is French (an adjective that agrees, a tense that French uses for a
 * finished past, a relative that keeps its article). `french-grammar` flags them.
 *
 * Only constructions that native English does not produce are listed; each keeps its native
 * look-alikes out with the conditions beside it. Families already flagged by `calque` are not
 * repeated here: "since two years" (*depuis*), "the two first days", "a dozen of people",
 * "participate to", "discuss about", "depend of", and the plurals "informations", "advices",
 * "equipments", "feedbacks", "softwares", "researches", "evidences" (src/rules/data/calques.ts
 * and news-calques.ts).
 *
 * Left out on purpose, because they flag good English: "it was him who" (colloquial English
 * too), "the ones of" (awkward, not wrong), comparatives with "more" ("more short" is rare but
 * "more apt", "more fun" are fine), "of which", "during + years" (a tense check it cannot make
 * precisely), "damages" (legal English), "infrastructures", "competences" and "trainings" (used
 * in EU and corporate English), "the prime minister X" (British press style).
 */
import type {PhraseContext} from '../support/phrase-context.js'

/** Phrase entries, matched on word tokens (pattern syntax in `compilePattern`). */
/** `followedBy`, `precededBy` and their negations: see phrase-context.ts. */
export interface GrammarEntry extends PhraseContext {
  /** Kebab-case name of the family, for the docs and tests. */
  family: string
  /** The French construction the English copies. */
  french: string
  /**
   * Pattern → replacements for that form (none when the fix needs the next word changed too);
   * `{n}` in a replacement is the n-th matched word as written.
   */
  forms: Record<string, string[]>
  why: string
  source: string[]
}

const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const CGEL = 'Huddleston & Pullum, The Cambridge Grammar of the English Language (Cambridge University Press, 2002)'
const COLLINS = 'Collins Robert French Dictionary (HarperCollins, 10th ed.), usage notes'

/** Determiners and quantifiers after which a word in -s is a plural noun, not a verb. */
const PLURAL_DETERMINERS = [
  'the', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'of', 'many',
  'several', 'some', 'numerous', 'recent', 'new', 'further', 'previous', 'important',
  'significant', 'great', 'major', 'considerable', 'such', 'all', 'made', 'make', 'making'
]

/** After "allow to", "accept to": a noun phrase or a date, so "to" is a preposition ("allow to the last day"). */
const VERB_TO_NOT_FOLLOWED = ['the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|all|date|day|#|$|,|.']
/** Before them: a passive ("was allowed to") or a coordination that hides the subject. */
const VERB_TO_NOT_PRECEDED = ['is|are|was|were|be|been|being|not|get|got|gets|getting|and|or|,']

/** "explained them that" → "explained to them", "said him that" → "told him", for each pronoun. */
const pronounForms: Record<string, string[]> = {}
for (const pronoun of ['me', 'him', 'her', 'us', 'them']) {
  for (const verb of ['explain', 'explains', 'explained', 'explaining']) pronounForms[`${verb} ${pronoun}`] = [`${verb} to ${pronoun}`]
  pronounForms[`say ${pronoun}`] = [`tell ${pronoun}`]
  pronounForms[`says ${pronoun}`] = [`tells ${pronoun}`]
  pronounForms[`said ${pronoun}`] = [`told ${pronoun}`]
  pronounForms[`saying ${pronoun}`] = [`telling ${pronoun}`]
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'

/** Nouns for a person that French dates with "de 50 ans" ("un homme de 50 ans"). */
const AGE_NOUNS = 'man|woman|boy|girl|child|person|teenager|pensioner|mother|father|farmer|driver|motorist|pedestrian|cyclist|suspect|victim|worker|student|soldier|nurse|doctor|teacher|policeman|officer'

/**
 * Countries and continents that English names without an article. Left out: those English
 * names with one ("the Netherlands", "the Gambia", "the Congo", "the Ukraine" in older
 * usage) and names that are also common nouns or rivers ("turkey", "china", "Niger").
 */
const ARTICLE_COUNTRIES =
  'france|germany|italy|spain|portugal|belgium|switzerland|austria|poland|greece|sweden|norway|denmark|finland|ireland|russia|japan|india|algeria|morocco|tunisia|senegal|mali|canada|brazil|mexico|argentina|egypt|syria|lebanon|iran|israel|europe|africa|asia|australia|' +
  'hungary|romania|bulgaria|croatia|serbia|slovakia|slovenia|estonia|latvia|lithuania|luxembourg|iceland|venezuela|colombia|peru|bolivia|cuba|haiti|nigeria|cameroon|ethiopia|kenya|libya|iraq|afghanistan|pakistan|vietnam|thailand|indonesia|corsica|normandy|alsace|catalonia'

/** Adjectives of stance that French "se dire" and "se déclarer" take ("se dit prêt", "s’est dite favorable"). */
const SE_DIRE_ADJECTIVES =
  'ready|willing|open|favourable|favorable|satisfied|confident|determined|convinced|opposed|worried|concerned|delighted|pleased|disappointed|shocked|surprised|prepared|optimistic|pessimistic|hopeful|happy|proud|sure|certain|sceptical|skeptical|hostile|available|innocent|keen|eager|unable|able|outraged|saddened|reassured|committed|attached|victims|victim'

/** Nouns that measure something, whose French copula takes "de" before the figure ("le taux est de 7 %"). */
const MEASURED_NOUNS =
  'toll|tally|rate|total|budget|cost|costs|deficit|debt|turnout|participation|unemployment|inflation|growth|increase|rise|drop|fall|decline|loss|losses|price|prices|amount|sum|fine|temperature|temperatures|majority|lead|gap|score|average|salary|bonus|compensation|reduction|discount|bill|investment|contribution|figure|speed|distance|length|height|depth|duration|population|revenue|turnover|profit|profits|envelope|allowance|pension|wage|wages|rent|fee|fees|tax|levy'

/** "1st" … "130th": the minutes of a match, extra time included. */
const ORDINAL_MINUTES = Array.from({length: 130}, (_, index) => {
  const n = index + 1
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}).join('|')

/** Nouns for a crowd that French counts with "être" ("les manifestants étaient 10 000"). */
const CROWDS =
  'protesters|protestors|demonstrators|marchers|strikers|participants|supporters|fans|spectators|volunteers|firefighters|gendarmes|rescuers|migrants|candidates|victims|casualties|dead|injured|wounded|applicants|mourners|visitors|onlookers|pilgrims'

/**
 * "were 10,000" → "numbered 10,000": the figure is one token, or three when it has a thousands
 * comma ("10", ",", "000"), so each form comes in both shapes.
 */
function crowdNumberForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const [verb, english] of [['were', 'numbered'], ['are', 'number']] as const) {
    forms[`${verb} #`] = [`${english} {2}`]
    forms[`${verb} # , #`] = [`${english} {2},{4}`]
    forms[`${verb} more|fewer|less than #`] = [`${english} {2} than {4}`]
    forms[`${verb} more|fewer|less than # , #`] = [`${english} {2} than {4},{6}`]
    forms[`${verb} nearly|almost|about|around|over|some|roughly|barely|only|just #`] = [`${english} {2} {3}`]
    forms[`${verb} nearly|almost|about|around|over|some|roughly|barely|only|just # , #`] = [`${english} {2} {3},{5}`]
  }
  return forms
}

/** What one "succeeds to" in English: a title, a post, an estate (and the idioms of degree). */
const SUCCEED_TO_NOUNS =
  'throne|title|titles|estate|estates|crown|office|power|presidency|leadership|peerage|position|seat|property|command|chair|earldom|dukedom|baronetcy|business|role|post|premiership|papacy|kingdom|headship|rights|assets|land|lands|varying|differing|various|great|large|greater|lesser|limited|mixed|such|what|whatever|perfection|him|her|them'

export const grammarEntries: GrammarEntry[] = [
  {
    family: 'uncountable-plural',
    french: 'des violences / des meubles / des bagages / des devoirs',
    forms: {
      violences: ['violence', 'acts of violence'],
      furnitures: ['furniture'],
      luggages: ['luggage'],
      baggages: ['baggage'],
      homeworks: ['homework']
    },
    why: 'Countable in French ("les violences policières", "des meubles", "des bagages", "les devoirs"), uncountable in English; the plural is not English in any sense.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'uncountable-plural',
    french: 'des connaissances / des progrès',
    forms: {knowledges: ['knowledge'], progresses: ['progress']},
    precededBy: PLURAL_DETERMINERS,
    why: 'Uncountable in English. Only after a determiner or "made", where "progresses" cannot be the verb ("the disease progresses") and "knowledges" is not the sociologists’ plural ("situated knowledges").',
    source: [SWAN, COLLINS]
  },
  {
    family: 'uncountable-article',
    french: 'un progrès / une recherche / un équipement / un meuble / un bagage',
    forms: {
      'a progress': ['progress', 'a step forward'],
      'a major|significant|real|great|big|huge|considerable|notable|new|decisive|further progress': ['{2} progress', 'a {2} step forward'],
      'an important progress': ['important progress', 'an important step forward'],
      'a research': ['research', 'a study'],
      'a new|recent|major|large|scientific research': ['{2} research', 'a {2} study'],
      'an equipment': ['equipment', 'a piece of equipment'],
      'a new|military|medical|sophisticated equipment': ['{2} equipment', 'a piece of {2} equipment'],
      'a furniture': ['furniture', 'a piece of furniture'],
      'a luggage|baggage': ['luggage', 'a bag']
    },
    followedBy: ['$|,|.|;|:|in|on|of|towards|toward|for|with|that|which|is|was|has|had|but|from|by|at|to'],
    why: 'Countable in French ("un progrès", "une recherche", "un équipement"), uncountable in English. Only when the noun ends its phrase, so the compounds "a progress report", "a research team", "a research and development centre" and "an equipment list" are left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'all-the-number',
    french: 'tous les deux / tous les trois',
    forms: {
      'all the two': ['both'],
      'all the three': ['all three'],
      'all the four': ['all four'],
      'all the five': ['all five']
    },
    why: '"Tous les deux" is "both", "tous les trois" is "all three": English puts no article between "all" and a number.',
    source: [SWAN]
  },
  {
    family: 'a-same',
    french: 'un même / une même',
    forms: {'a same': ['the same']},
    why: '"Un même pays", "une même personne": French puts the indefinite article before "même"; English "same" takes "the". "A same-sex couple" is one token and never matches.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'whose-article',
    french: 'dont le / dont la / dont les',
    forms: {'whose the|a|an': ['whose']},
    why: 'French "dont" is followed by the noun with its article ("le pays dont le président"); English "whose" is itself the determiner and takes no article.',
    source: [SWAN, CGEL]
  },
  {
    family: 'despite-of',
    french: 'en dépit de / malgré que',
    forms: {'despite of': ['despite', 'in spite of'], 'in spite that': ['even though', 'despite the fact that']},
    why: '"En dépit de" gives "despite of", a cross of "despite" and "in spite of"; "malgré que" gives "in spite that". English "despite" takes no preposition and "in spite" needs "of".',
    source: [SWAN]
  },
  {
    family: 'be-agree',
    french: 'être d’accord',
    forms: {
      'am|are|be agree': ['agree'],
      'is agree': ['agrees'],
      'was|were|been agree': ['agreed'],
      'am|are not agree': ['do not agree'],
      'is not agree': ['does not agree'],
      'was|were not agree': ['did not agree']
    },
    notFollowedBy: ['-'],
    why: '"Je suis d’accord" is "I agree": "agree" is a verb in English, never an adjective after "be". The participle "is agreed" is English and does not match.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-to',
    french: 'permettre de',
    forms: {
      'allow|enable to': ['allow us to', 'make it possible to'],
      'allows|enables to': ['allows us to', 'makes it possible to'],
      'allowing|enabling to': ['allowing us to', 'making it possible to']
    },
    notFollowedBy: VERB_TO_NOT_FOLLOWED,
    notPrecededBy: VERB_TO_NOT_PRECEDED,
    why: '"Permettre de faire" has no object in French; English "allow" and "enable" need one ("allows us to") or "make it possible to". After "be" the participle is a passive ("was allowed to vote") and is English; "permits to" is left out, as the noun ("permits to drill") is English.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-to',
    french: 'accepter de',
    forms: {'accepts to': ['agrees to'], 'accept to': ['agree to'], 'accepting to': ['agreeing to']},
    notFollowedBy: VERB_TO_NOT_FOLLOWED,
    notPrecededBy: VERB_TO_NOT_PRECEDED,
    why: '"Accepter de faire" is "agree to do"; English "accept" takes a noun. "Accepted to" is left out: the reduced passive ("students accepted to Harvard") is English.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-to',
    french: 'éviter de',
    // The fix needs the next verb in -ing: none offered.
    forms: {'avoid|avoids|avoided|avoiding to': []},
    notFollowedBy: VERB_TO_NOT_FOLLOWED,
    notPrecededBy: VERB_TO_NOT_PRECEDED,
    why: '"Éviter de faire" is "avoid doing": English "avoid" takes a gerund, never "to".',
    source: [SWAN]
  },
  {
    family: 'verb-preposition',
    french: 'expliquer à qqn que / dire à qqn que',
    forms: pronounForms,
    followedBy: ['that|how|why|whether'],
    why: '"Expliquer à quelqu’un que" and "dire à quelqu’un que" take an indirect object without a preposition in French; English "explain" needs "to", and "say" takes no person ("told him that"). Only before a clause ("that", "how", "why"), so "explained them when asked" (them = the rules) is left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-preposition',
    french: 'obéir à / résister à / manquer de',
    forms: Object.fromEntries(
      ['obey', 'obeys', 'obeyed', 'obeying', 'resist', 'resists', 'resisted', 'resisting', 'lacks', 'lacked'].map(
        (verb) => [`${verb} ${verb.startsWith('lack') ? 'of' : 'to'}`, [verb]]
      )
    ),
    notFollowedBy: ['the letter|end|last|death|hilt', 'a|the? certain|some|large|great extent|degree'],
    why: 'French "obéir à", "résister à" and "manquer de" take a preposition; English "obey", "resist" and the verb "lack" take a direct object. "Resist to the end" and "obey to the letter" are English idioms; the noun "lack of" is not matched.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'subjectless-remains',
    french: 'reste que / reste à savoir',
    forms: {'remains that': ['The fact remains that'], 'remains to': ['It remains to']},
    precededBy: ['^'],
    why: 'French "Reste que…" and "Reste à savoir si…" have no subject; English needs one ("The fact remains that", "It remains to be seen whether").',
    source: [SWAN, CP]
  },
  {
    family: 'the-both',
    french: 'les deux',
    forms: {'the both': ['both']},
    notFollowedBy: ['of', '$', ',', '.'],
    notPrecededBy: ['to|for|with|between|by|from|like'],
    why: '"Les deux pays" is "both countries": English "both" takes no article. "The both of them" (informal English) and "to the both" at a clause end are left alone.',
    source: [SWAN]
  },
  {
    family: 'uncountable-plural',
    french: 'des financements / les transports (en commun)',
    forms: {fundings: ['funding'], 'public transports': ['public transport']},
    why: '"Les financements" and "les transports en commun" are plural in French; English "funding" and "public transport" are uncountable. Neither plural occurs in native English ("troop transports" is another noun and is not matched).',
    source: [SWAN, COLLINS]
  },
  {
    family: 'have-age',
    french: 'avoir 50 ans',
    forms: {'has # years old?': ['is {2}'], 'had # years old?': ['was {2}'], 'have # years old?': ['are {2}']},
    followedBy: ['$|,|.|;|:|)'],
    why: '"Il a 50 ans" is "he is 50": English gives an age with "be". Only when "years" ends the clause, so "has 50 years of experience", "has two years left" and "had ten years to act" are left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'person-of-years',
    french: 'un homme de 50 ans',
    forms: {
      [`a|an ${AGE_NOUNS} of # years old?`]: ['a {4}-year-old {2}']
    },
    followedBy: ['$|,|.|;|:|who|was|is|has|had|and|from|in|with|died|dies|killed|found|arrested|injured|wounded|shot|stabbed|suspected|accused|charged|living|lives'],
    why: '"Un homme de 50 ans" is "a 50-year-old man": English puts the age before the noun as a compound adjective. "A man of fifty years" survives only in old literary prose; "a woman of 20 years’ experience" has an apostrophe and is not matched.',
    source: [SWAN, CP]
  },
  {
    family: 'the-most-of',
    french: 'la plupart de / la plupart du temps',
    forms: {'the most of': ['most of']},
    precededBy: ['^', 'in|for|and|but|,|;|:|while|whereas|because'],
    followedBy: ['the|them|us|his|her|their|its|our|my|your|cases|time|people'],
    why: '"La plupart des gens" is "most people", "most of the people": English "most" meaning the greater part takes no article. "Make the most of" and "the most of any" are English and never follow these words; "the most of those" is left out, as nineteenth-century English wrote it.',
    source: [SWAN, CP]
  },
  {
    family: 'the-half',
    french: 'plus de la moitié de / près de la moitié de',
    forms: {'more|less than the half of': ['{1} than half of'], 'almost|nearly the half of': ['{1} half of']},
    why: '"Plus de la moitié des votants" is "more than half of the voters": English "half" takes no article in a quantity. "The first half of", "the other half of" keep their adjective and are not matched.',
    source: [SWAN]
  },
  {
    family: 'the-half',
    french: 'plus des deux tiers de / près des trois quarts de',
    forms: {
      'more|less than the two-thirds|three-quarters of': ['{1} than {4} of'],
      'more|less than the two|three thirds|quarters of': ['{1} than {4} {5} of'],
      'almost|nearly the two-thirds|three-quarters of': ['{1} {3} of'],
      'almost|nearly the two|three thirds|quarters of': ['{1} {3} {4} of']
    },
    why: '"Plus des deux tiers des élus" is "more than two-thirds of the councillors": English fractions of a quantity take no article.',
    source: [SWAN]
  },
  {
    family: 'the-half',
    french: 'la moitié de (en tête de phrase)',
    forms: {'the half of': ['half of']},
    precededBy: ['^'],
    followedBy: ['the|them|us|these|those|his|her|their|its|our|all|#'],
    why: '"La moitié des élèves" opening a sentence is "Half of the pupils" (or "Half the pupils"); "The half of" at a sentence start copies the French article.',
    source: [SWAN]
  },
  {
    family: 'country-article',
    french: 'la France / l’Allemagne (article défini)',
    forms: {[`the ${ARTICLE_COUNTRIES}`]: ['{2}']},
    followedBy: ['is|was|has|had|have|will|would|must|should|can|could|cannot|does|did|remains|remained|intends|wants|wanted|plans|planned|hopes|hoped|needs|needed|refuses|refused|becomes|became|announced|said|says|lost|won|$|.'],
    why: 'French names most countries and continents with the article ("la France a annoncé", "l’Europe doit"); English does not ("France announced"). Only before a verb or at the end of the sentence, so "the France team", "the France of the 1950s" and "the Spain–Portugal border" are left alone; "the Netherlands", "the United States", "the Gambia" and "the Congo" take the article in English and are not listed, nor are "Turkey", "China", "Chile", "Brittany" and "Niger", which are also common nouns (a pepper, a dog breed) or a river.',
    source: [SWAN, CGEL]
  },
  {
    family: 'etre-auxiliary',
    french: 'il est arrivé / il est mort / il est né en',
    forms: {
      'is arrived': ['has arrived', 'arrived'],
      'are arrived': ['have arrived', 'arrived'],
      'is died': ['died', 'has died'],
      'are died': ['died', 'have died']
    },
    followedBy: ['$|,|.|;|in|at|on|from|after|before|yesterday|today|safely|home|there|here|last|this|early|late|overnight|#'],
    why: 'French forms the perfect of verbs of motion and change with "être" ("il est arrivé", "elle est morte"); English uses "have" or the simple past. "Is arrived" survives only in old prose before a relative ("the period is arrived which…"), so only a place, a time or the end of the clause after it is read; "is gone" and "is come" are not listed.',
    source: [SWAN, CP]
  },
  {
    family: 'etre-auxiliary',
    french: 'il est né en 1985',
    forms: {'is born': ['was born']},
    precededBy: ['he|she'],
    followedBy: [`in|on #|${MONTHS}`, `in|on the? # ${MONTHS}`],
    why: '"Il est né en 1985" is "he was born in 1985": French gives a past birth in the present perfect with "être", English in the simple past. Only after "he" or "she" and before a date, so the generic "a child who is born in winter" is left alone.',
    source: [SWAN]
  },
  {
    family: 'se-dire',
    french: 'il s’est dit prêt à / elle se dit favorable à',
    forms: {
      'said himself': ['said he was'],
      'said herself': ['said she was'],
      'said themselves': ['said they were'],
      'said itself': ['said it was'],
      'says himself': ['says he is'],
      'says herself': ['says she is'],
      'say themselves': ['say they are'],
      'says itself': ['says it is'],
      'saying himself': ['saying he was'],
      'saying herself': ['saying she was'],
      'saying themselves': ['saying they were']
    },
    followedBy: [SE_DIRE_ADJECTIVES, 'in favour|favor of'],
    why: '"Il s’est dit prêt à négocier" is "he said he was ready to negotiate": French "se dire" takes an adjective, English "say" takes a clause. Only before an adjective of stance, so the emphatic "he said himself that…" and "as she said herself," are left alone.',
    source: [SWAN, CP]
  },
  {
    family: 'number-million',
    french: 'deux millions (d’euros)',
    forms: {millions: ['million'], billions: ['billion']},
    precededBy: ['#'],
    followedBy: ['euros|dollars|francs|pounds|yuan|roubles|rubles|tonnes|tons|barrels|people|persons|inhabitants|residents|voters|visitors|viewers|users|subscribers|passengers|jobs|doses|children|workers|refugees|euro|dollar'],
    why: '"Deux millions d’euros" takes the plural in French; after a number English "million" and "billion" stay singular before their noun ("two million euros"). Only right before the noun counted: "$5 millions" standing alone, and "ten millions of dollars", are older American English and left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'date-article',
    french: 'le 20 septembre / le lundi 12 mars',
    forms: {
      [`the # ${MONTHS}`]: ['{2} {3}'],
      [`the ${WEEKDAYS} # ${MONTHS}`]: ['{2} {3} {4}']
    },
    precededBy: ['on|since|until|till|from|before|after|by|to|for'],
    followedBy: ['$|,|.|;|:|and|to|at|in|when|#|-|–|('],
    why: 'French dates a day with the article ("le 20 septembre", "le lundi 12 mars"); English writes "on 20 September" or "on Monday 12 March". "The 20th of September" (with the ordinal) is English and not matched, nor is "the 31 October deadline", where the date is an attributive noun.',
    source: [SWAN, 'The Guardian and Observer style guide, "dates"']
  },
  {
    family: 'date-article',
    french: 'le 20 septembre, … (en tête de phrase)',
    forms: {
      [`the # ${MONTHS}`]: ['On {2} {3}'],
      [`the ${WEEKDAYS} # ${MONTHS}`]: ['On {2} {3} {4}']
    },
    precededBy: ['^'],
    followedBy: [',|#'],
    why: '"Le 20 septembre, la police a…" opening a sentence is "On 20 September, police…"; English needs "on" and no article.',
    source: [SWAN, 'The Guardian and Observer style guide, "dates"']
  },
  {
    family: 'change-by',
    french: 'augmenter de 5 % / baisser de 3 points',
    forms: {
      'increased|decreased|rose|fell|dropped|grew|declined|diminished|augmented|climbed|jumped|soared|plunged|slumped|risen|fallen|grown|progressed|regressed|shrank|shrunk|contracted|expanded|gained|slipped|edged|surged|tumbled of': ['{1} by']
    },
    followedBy: ['#|nearly|almost|about|around|roughly|approximately|close|barely|slightly|over'],
    why: '"Les prix ont augmenté de 5 %" takes "de" before the amount of a change; English takes "by" ("rose by 5%"). Only before a number or a word of approximation, so "fell of its own weight" is not read.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'be-of-number',
    french: 'le taux est de 7 % / le bilan s’élève à',
    forms: {'is|was|are|were of': ['{1}'], 'stands|stood of': ['{1} at']},
    precededBy: [MEASURED_NOUNS],
    followedBy: ['#|about|around|nearly|almost|roughly|approximately|barely|over|close'],
    why: '"Le taux de chômage est de 7 %" puts "de" before the figure; English gives the figure straight after "be" ("the unemployment rate is 7%") or says "stands at". Only after a noun that measures (a rate, a toll, a cost) and before a figure, so "the difference is of some importance" is left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-to',
    french: 'réussir à',
    forms: {'succeed to': ['manage to'], 'succeeds to': ['manages to'], 'succeeded to': ['managed to'], 'succeeding to': ['managing to']},
    notFollowedBy: [...VERB_TO_NOT_FOLLOWED, SUCCEED_TO_NOUNS],
    notPrecededBy: VERB_TO_NOT_PRECEDED,
    why: '"Il a réussi à convaincre" is "he managed to convince" (or "succeeded in convincing"); English "succeed to" takes only what one inherits ("succeeded to the throne"), which the list of titles and determiners after it keeps out.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-preposition',
    french: 'renoncer à / profiter de / bénéficier de',
    forms: {
      'renounce to': ['renounce', 'give up'],
      'renounces to': ['renounces', 'gives up'],
      'renounced to': ['renounced', 'gave up'],
      'renouncing to': ['renouncing', 'giving up'],
      'profited of': ['took advantage of', 'profited from'],
      'profiting of': ['taking advantage of', 'profiting from'],
      'beneficiate of|from': ['benefit from'],
      'beneficiates of|from': ['benefits from'],
      'beneficiated of|from': ['benefited from'],
      'beneficiating of|from': ['benefiting from']
    },
    notFollowedBy: ['him|her|them|me|us|you'],
    why: '"Renoncer à sa candidature" is to give up (renounce) one’s candidacy, "profiter de" to take advantage of, "bénéficier de" to benefit from; English "renounce" takes a direct object, "profit" takes "from", and "beneficiate" is a mining term, not "benefit".',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-preposition',
    french: 'demander à quelqu’un',
    forms: Object.fromEntries(
      ['ask', 'asks', 'asked', 'asking'].flatMap((verb) => ['him', 'her', 'them', 'me', 'us'].map((pronoun) => [`${verb} to ${pronoun}`, [`${verb} ${pronoun}`]]))
    ),
    notPrecededBy: ['is|are|was|were|be|been|being|question|questions|questioned|not|never'],
    why: '"Il a demandé au ministre de…", "je lui ai demandé": French asks "to" a person; English "ask" takes the person as its object ("asked him"). A passive before ("the question was asked to him") is left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'adjective-preposition',
    french: 'capable de / différent de',
    forms: {'capable to': [], 'incapable to': [], 'different of': ['different from']},
    why: '"Capable de faire" is "capable of doing" (or "able to do"), "différent de" is "different from"; English "capable" takes "of" and a gerund, and "different" never takes "of". "Capable to" needs the next verb changed too, so no fix is offered for it.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'be-numerous-to',
    french: 'ils étaient nombreux à / plusieurs à',
    forms: {'is|are|was|were|be|been numerous|several to': []},
    notPrecededBy: ['there|here'],
    why: '"Ils étaient nombreux à manifester" is "many of them demonstrated" (or "many people demonstrated"); English "numerous" and "several" are not predicates that take "to". The sentence needs recasting, so no fix is offered.',
    source: [SWAN, CP]
  },
  {
    family: 'be-of-return',
    french: 'être de retour / être en mesure de',
    forms: {
      'is|are|was|were|be|been|being|am of return': ['{1} back'],
      'is|are|was|were|be|been|being|am|not in measure to|of': ['{1} able to', '{1} in a position to']
    },
    why: '"Il est de retour" is "he is back", "être en mesure de" is "be able to" (or "in a position to"); "of return" and "in measure to" copy the French prepositions.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'adjective-noun',
    french: 'les jeunes',
    forms: {youngs: ['young people']},
    precededBy: ['these|those|many|several|some|of|#|numerous|other|local|french|our|their|two|three|four|five|ten|hundreds|dozens|thousands'],
    why: '"Les jeunes" is "young people": English "young" is not a countable noun, and has no plural in -s ("the young" is a collective). Only after a quantifier or "of", so the surname ("the Youngs") is not read.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'number-of',
    french: 'une dizaine de / une douzaine de',
    forms: {'a ten of': ['about ten']},
    notFollowedBy: ['hearts|diamonds|clubs|spades|cups|swords|coins|wands|pentacles|#|ten|them|us|you|these|those|the|his|her|their'],
    why: '"Une dizaine de personnes" is "about ten people": French counts with a noun of approximation and "de"; English uses the number. "A ten of hearts" (a playing card) and "a ten of them" are left alone.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'change-of',
    french: 'la hausse des prix / la baisse du chômage',
    forms: {
      'rise|rises|increase|increases|hike|hikes|fall|falls|drop|drops|decrease|decreases|decline|declines|surge|jump|reduction|reductions|explosion of the': ['{1} in'],
      'rise|rises|increase|increases|hike|hikes|fall|falls|drop|drops|decrease|decreases|decline|declines|surge|jump|reduction|reductions|explosion of the price|number|cost|rate|level|value|share|amount': ['{1} in the {4}']
    },
    followedBy: ['prices|rates|costs|taxes|wages|salaries|rents|temperatures|unemployment|inflation|sales|emissions|consumption|production|demand|tariffs|fares|premiums|contributions|pensions|deficit|debt|turnover|traffic|attendance|cases|deaths|births|crime|poverty|interest|$|,|.|of|in|for'],
    why: '"La hausse des prix" is "the rise in prices", "la baisse du chômage" "the fall in unemployment": French links a change to what changes with "de" and its article; English takes "in" and, for a general noun, no article. "The rise of the far right" (an emergence) is English and its noun is not listed.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'verb-preposition',
    french: 'dire à / déclarer à (un média)',
    forms: {'told to afp|reuters|reporters|journalists|franceinfo|bfmtv|le|la|les|l’|the': ['told {3}']},
    notPrecededBy: ['is|are|was|were|be|been|being|story|stories|it|this|that|what|which|tale|joke|jokes|lie|lies|secret|secrets'],
    notFollowedBy: ['story|stories|truth|tale|same|press|world|police|court|judge|jury'],
    why: '"Il a dit à l’AFP" is "he told AFP": English "tell" takes the person or outlet told as its object, with no "to". A story or a secret "told to" someone is English, as is the passive.',
    source: [SWAN, COLLINS]
  },
  {
    family: 'minute-preposition',
    french: 'à la 80e minute',
    forms: {[`at the ${ORDINAL_MINUTES} minute`]: ['in the {3} minute']},
    why: '"À la 80e minute" is "in the 80th minute": English match reports time a goal "in" a minute, not "at" it.',
    source: [SWAN, 'The Guardian and Observer style guide, "football"']
  },
  {
    family: 'venir-de',
    french: 'il vient d’annoncer',
    forms: {'comes|come to announce|sign|publish|unveil|adopt|approve|reveal|confirm|appoint|resign|launch|release': [], 'comes|come|came of announcing|signing|publishing|unveiling|adopting|approving|revealing|confirming|appointing|resigning|launching|releasing|winning|losing|being': []},
    notPrecededBy: ['who|that|which|when|what|nothing|good|little|much|it'],
    why: '"Le gouvernement vient d’annoncer" is "the government has just announced": French "venir de" + infinitive is a recent past, which English gives with "have just". "Comes to announce" reads as a visit, "comes of announcing" as a consequence; the verb after needs changing too, so no fix is offered. "What comes of being rich" and "who comes to sign the book" are left alone.',
    source: [SWAN, CP]
  },
  {
    family: 'crowd-were-number',
    french: 'les manifestants étaient 10 000 (selon la police)',
    forms: crowdNumberForms(),
    precededBy: [CROWDS],
    notFollowedBy: [', #'],
    followedBy: ['$|,|.|;|according|in|on|at|last|this|against|inside|outside|gathered|marching|in|under'],
    why: '"Les manifestants étaient 10 000 selon la police" gives a crowd its number with "être"; English says "there were 10,000 protesters" or "the protesters numbered 10,000". Only after a noun for a crowd and before a clause goes on, so "they were 20 at the time" (an age) and "supporters were 2 to 1 in favour" are not read.',
    source: [SWAN, CP]
  },
  {
    family: 'years-of-prison',
    french: 'condamné à cinq ans de prison',
    forms: {'sentenced|condemned|jailed to # years|months|year|month of prison|jail': ['{1} to {3} {4} in prison']},
    why: '"Condamné à cinq ans de prison" is "sentenced to five years in prison" (or "five years’ imprisonment"); "years of prison" copies the French "de".',
    source: [SWAN, COLLINS, 'Reuters Handbook of Journalism, "sentences"']
  },
  {
    family: 'generic-article',
    french: 'le chômage / l’insécurité (sujet générique)',
    forms: {'the unemployment|insecurity|delinquency|secularism|laicity|inflation|poverty|immigration|obesity|racism|antisemitism|terrorism|homophobia|xenophobia': ['{2}']},
    precededBy: ['^'],
    followedBy: ['is|was|has|have|had|remains|remained|continues|continued|rose|rises|fell|falls|increased|increases|decreased|decreases|affects|affected|threatens|threatened|reached|reaches|must|should|will|would|does|did|keeps|kept|hit|hits|stands|stood|worries|worried'],
    why: '"Le chômage a augmenté", "l’inflation a atteint 6 %" open with the article French gives a noun in its general sense; English names unemployment, inflation, poverty, crime or secularism in general without it ("Unemployment has risen", "Inflation reached 6%"). Nouns that English often uses of one known case with the article ("the violence", "the corruption", "the pollution" of a story already told) are not listed. Only at the start of a sentence and before the verb, so "the unemployment rate" and "the unemployment of the 1930s" are left alone.',
    source: [SWAN, CGEL]
  }
]

/**
 * `others` before a plural noun ("others countries"): French *d’autres pays* makes the
 * adjective plural (Swan, "other"; Collins Robert, "autre"). The next word must look like a plural noun, so these words in -s that
 * follow the pronoun "others" in English are left out: adverbs, pronouns, function words.
 */
export const othersNotNouns: ReadonlySet<string> = new Set([
  'always', 'sometimes', 'perhaps', 'thus', 'besides', 'towards', 'afterwards', 'backwards',
  'forwards', 'onwards', 'upwards', 'downwards', 'sideways', 'nowadays', 'overseas', 'upstairs',
  'downstairs', 'indoors', 'outdoors', 'unless', 'whereas', 'was', 'has', 'does', 'goes', 'its',
  'his', 'hers', 'theirs', 'ours', 'yours', 'this', 'less', 'across', 'plus', 'minus', 'versus',
  'regardless', 'nevertheless', 'nonetheless', 'as', 'is', 'us', 'yes', 'alas', 'whereabouts',
  // Verbs in -s after "helping others", "for others": a gerund clause as subject.
  'makes', 'helps', 'means', 'gives', 'takes', 'requires', 'brings', 'seems', 'feels',
  'becomes', 'remains', 'includes', 'involves', 'matters', 'allows', 'costs', 'pays', 'works',
  'depends', 'says', 'shows', 'needs', 'comes', 'leads', 'keeps', 'puts', 'gets', 'sets'
])

/** Units of time: "others days later", "others years ago" is the pronoun before an adverbial. */
export const timeUnits: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries', 'times'
])

/**
 * Titles French puts after the article before a name ("le président Macron", "le pape
 * François", "le professeur Raoult"); English writes the title before the name without "the"
 * ("President Macron"), or sets the name off with commas ("the president, Emmanuel Macron").
 * Only titles English never uses this way in running text; "prime minister" and "chancellor"
 * are left out (British papers write "the prime minister Keir Starmer"), and "general" and
 * "judge" start names of bodies ("the general Assembly"). Sources: Swan, "titles"; The
 * Guardian and Observer style guide and the AP Stylebook, "titles".
 */
export const articleTitles: ReadonlyMap<string, string> = new Map([
  ['president', 'President'],
  ['pope', 'Pope'],
  ['professor', 'Professor'],
  ['doctor', 'Doctor']
])

/**
 * Capitalised words after a title that are not a name: AP style dates a verb with a bare
 * weekday ("told the president Tuesday"), and a name of a series follows "the doctor"
 * nowhere but in "Doctor Who".
 */
export const notNames: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'who', 'i'
])

/** Nouns after "the president Obama" that make it an attributive ("the president Obama era"). */
export const afterNameNouns: ReadonlySet<string> = new Set([
  'administration', 'era', 'years', 'presidency', 'government', 'campaign', 'doctrine', 'team',
  'white', 'house', 'cabinet', 'camp', 'foundation', 'library'
])

/**
 * Verbs after ", what" that make "what" the subject of a relative on the whole clause before:
 * French *ce qui* ("les prix ont augmenté, ce qui a inquiété") gives "what"; English says
 * "which". Only verbs of consequence, never "is/was" (", what is more," is English), and only
 * in a sentence that ends with a full stop, not in a question. Sources: Swan, "relative
 * clauses: which referring to a whole clause"; Chuquet & Paillard on *ce qui*.
 */
export const commaWhatVerbs: ReadonlySet<string> = new Set([
  'led', 'leads', 'caused', 'causes', 'prompted', 'prompts', 'triggered', 'triggers', 'provoked',
  'provokes', 'sparked', 'sparks', 'angered', 'angers', 'worried', 'worries', 'forced', 'forces',
  'pushed', 'pushes', 'allowed', 'allows', 'enabled', 'enables', 'gave', 'gives', 'raised',
  'raises', 'earned', 'earns', 'drew', 'draws', 'created', 'creates', 'shows', 'showed',
  'confirms', 'confirmed', 'reflects', 'reflected', 'illustrates', 'illustrated',
  'demonstrates', 'demonstrated', 'testifies', 'testified', 'contributed', 'contributes',
  'represents', 'represented', 'corresponds', 'corresponded', 'amounts', 'amounted',
  'explains', 'explained', 'brought', 'brings', 'resulted', 'results', 'constitutes',
  'constituted', 'suggests', 'suggested', 'reinforces', 'reinforced', 'weakened', 'weakens',
  'irritated', 'irritates', 'surprised', 'surprises', 'made', 'makes', 'puts', 'put'
])

/**
 * The past-tense family: French uses the *passé composé* ("a annoncé lundi") for a finished
 * past, MT copies it as the English present perfect ("has announced on Monday"), and English
 * does not combine the present perfect with a finished time ("on Monday", "yesterday", "last
 * week", "two years ago"). Sources: Swan, "present perfect or simple past" (finished-time
 * adverbials); Vinay & Darbelnet on the *passé composé*.
 */
export const finishedTimeWeekdays: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

/**
 * Participles that take "on" as their own preposition ("have settled on Monday as the date",
 * "has commented on Monday’s vote"): before "on + weekday" they are not dated by it.
 */
export const onVerbs: ReadonlySet<string> = new Set([
  'decided', 'settled', 'agreed', 'focused', 'focussed', 'relied', 'depended', 'insisted',
  'counted', 'bet', 'voted', 'worked', 'commented', 'reported', 'planned', 'fixed',
  'concentrated', 'centred', 'centered', 'based', 'called', 'written', 'spoken', 'briefed',
  'elaborated', 'reflected', 'dwelt', 'dwelled', 'built', 'drawn', 'waited', 'looked'
])

/** What "last" names as a finished period ("last week", "last Tuesday", "last March"). */
export const lastPeriods: ReadonlySet<string> = new Set([
  'week', 'month', 'year', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'
])

/** Units before "ago". */
export const agoUnits: ReadonlySet<string> = new Set([
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'decade', 'decades', 'century', 'centuries'
])

/**
 * Irregular past participles and their simple past (Swan, "irregular verbs"); a participle in
 * -ed is its own past. A word after "has" in neither list is not read as a participle.
 */
export const irregularParticiples: ReadonlyMap<string, string> = new Map([
  ['said', 'said'], ['made', 'made'], ['told', 'told'], ['held', 'held'], ['met', 'met'],
  ['left', 'left'], ['found', 'found'], ['brought', 'brought'], ['sent', 'sent'], ['paid', 'paid'],
  ['kept', 'kept'], ['sold', 'sold'], ['spent', 'spent'], ['led', 'led'], ['fled', 'fled'],
  ['built', 'built'], ['heard', 'heard'], ['felt', 'felt'], ['lost', 'lost'], ['won', 'won'],
  ['struck', 'struck'], ['thought', 'thought'], ['bought', 'bought'], ['caught', 'caught'],
  ['taught', 'taught'], ['fought', 'fought'], ['sought', 'sought'], ['signed', 'signed'],
  ['taken', 'took'], ['given', 'gave'], ['gone', 'went'], ['seen', 'saw'], ['done', 'did'],
  ['spoken', 'spoke'], ['written', 'wrote'], ['shown', 'showed'], ['known', 'knew'],
  ['begun', 'began'], ['fallen', 'fell'], ['risen', 'rose'], ['chosen', 'chose'],
  ['broken', 'broke'], ['driven', 'drove'], ['stolen', 'stole'], ['thrown', 'threw'],
  ['drawn', 'drew'], ['flown', 'flew'], ['grown', 'grew'], ['withdrawn', 'withdrew'],
  ['undertaken', 'undertook'], ['forbidden', 'forbade'], ['arisen', 'arose'], ['become', 'became'],
  ['come', 'came'], ['died', 'died'], ['got', 'got'], ['gotten', 'got'], ['shot', 'shot'],
  ['hit', 'hit'], ['cut', 'cut'], ['put', 'put'], ['set', 'set'], ['hurt', 'hurt'],
  ['quit', 'quit'], ['read', 'read'], ['understood', 'understood'], ['stood', 'stood'],
  ['meant', 'meant'], ['sat', 'sat'], ['slept', 'slept'], ['swept', 'swept'], ['wept', 'wept']
])

/** Words after a clock number that make "at 5 am" a time ("at 5 am", "at 10 o'clock", "at 8 pm"). */
export const clockWords: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', "o'clock", 'o’clock', 'h', 'hrs', 'gmt', 'utc', 'cet'])

/**
 * Participles that open a French sentence with the subject after them ("Sont concernés les
 * salariés…", "Est attendue une décision…", "Sont invités les riverains…"): Chuquet &
 * Paillard and Vinay & Darbelnet on French inversion; English needs the subject first.
 */
export const invertedParticiples: ReadonlySet<string> = new Set([
  'concerned', 'affected', 'expected', 'invited', 'targeted', 'involved', 'planned', 'scheduled',
  'included', 'excluded', 'exempted', 'exempt', 'eligible', 'entitled', 'authorised', 'authorized',
  'prohibited', 'banned', 'allowed', 'summoned', 'called', 'required', 'obliged', 'forbidden'
])

/** Adverbs that French puts after the conjugated verb and English before it ("a aussi annoncé" / "a annoncé aussi"). */
export const postverbAdverbs: ReadonlySet<string> = new Set(['also', 'already'])

/** Pasts of verbs of saying and of public acts, the verbs French news puts "aussi" after. */
export const reportingPasts: ReadonlySet<string> = new Set([
  'announced', 'said', 'stated', 'declared', 'indicated', 'specified', 'explained', 'added',
  'stressed', 'underlined', 'recalled', 'mentioned', 'denounced', 'criticised', 'criticized',
  'condemned', 'welcomed', 'signed', 'launched', 'visited', 'met', 'promised', 'proposed',
  'presented', 'unveiled', 'confirmed', 'revealed', 'evoked', 'raised', 'asked', 'requested',
  'called', 'deplored', 'regretted', 'affirmed', 'assured', 'warned', 'praised', 'saluted'
])

/** Determiners that start the object after "announced also": "the", "a", "his"… */
export const objectDeterminers: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'several', 'new'
])

/** Words in -ed that are not participles ("has need of", "a hundred"). */
export const notParticiples: ReadonlySet<string> = new Set([
  'need', 'seed', 'speed', 'feed', 'bed', 'red', 'shed', 'hundred', 'breed', 'creed', 'greed',
  'deed', 'reed', 'weed', 'wed', 'bred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged'
])

/** Adverbs that may stand between "has" and the participle ("has also announced"). */
export const perfectAdverbs: ReadonlySet<string> = new Set([
  'also', 'already', 'just', 'reportedly', 'officially', 'finally', 'again', 'publicly',
  'formally', 'recently', 'allegedly', 'indeed', 'notably', 'first'
])


/**
 * The future after a conjunction of time ("as soon as he will arrive"): French *dès que*,
 * *une fois que*, *jusqu’à ce que* take the future, English the present (Swan, "tenses in
 * subordinate clauses"; Huddleston & Pullum, ch. 3). Only these conjunctions and a pronoun
 * subject: "when he will arrive" is also an indirect question, which English allows. "After"
 * and "the moment" (*après que*, *dès l’instant où*) introduce no question; "before" is left
 * out, as English "before they will agree" is the "will" of willingness.
 */
export const timeConjunctions: ReadonlyArray<string> = ['as soon as', 'once', 'until', 'till', 'after', 'the moment']

/** Pronoun subjects, and whether the verb then takes the third-person -s. */
export const subjectPronouns: ReadonlyMap<string, boolean> = new Map([
  ['he', true], ['she', true], ['it', true], ['they', false], ['we', false], ['you', false], ['i', false]
])

/**
 * Relative "who" after a noun that is never a person or a group of people ("the law who",
 * "the decision who"): French *qui* serves both, English does not (Swan, "relative pronouns").
 * Nouns that British English treats as groups of people ("government", "team", "company",
 * "country") are left out.
 */
export const thingNouns: ReadonlySet<string> = new Set([
  'law', 'laws', 'bill', 'bills', 'text', 'texts', 'decision', 'decisions', 'measure', 'measures',
  'plan', 'plans', 'reform', 'reforms', 'agreement', 'agreements', 'treaty', 'treaties', 'project',
  'projects', 'report', 'reports', 'war', 'wars', 'attack', 'attacks', 'event', 'events', 'crisis',
  'document', 'documents', 'idea', 'ideas', 'proposal', 'proposals', 'programme', 'program',
  'system', 'systems', 'rule', 'rules', 'situation', 'policy', 'policies', 'vote', 'election',
  'elections', 'decree', 'decrees', 'budget', 'tax', 'taxes', 'strike', 'strikes', 'fire', 'fires',
  'storm', 'accident', 'explosion', 'missile', 'missiles', 'drone', 'drones', 'building',
  'buildings', 'car', 'cars', 'weapon', 'weapons', 'city', 'town', 'village', 'region', 'area'
])

/**
 * Superlatives before "of the world" ("the largest city of the world"): French *le plus grand …
 * du monde*; English says "in the world" (Swan, "superlatives: in and of"). Listed forms only, so
 * that "the rest of the world" and "the west of the world" never match, and never right before
 * "of" ("most of the world" is English).
 */
export const superlatives: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'greatest', 'highest', 'lowest', 'richest', 'poorest', 'oldest',
  'youngest', 'tallest', 'smallest', 'longest', 'deepest', 'fastest', 'strongest', 'weakest',
  'safest', 'best', 'worst', 'most', 'least', 'busiest', 'wealthiest', 'deadliest', 'hottest',
  'coldest', 'cheapest', 'dearest', 'heaviest'
])

/** Words after "of the world" that end the phrase there ("…of the world, and"), not a compound ("world powers"). */
export const afterWorld: ReadonlySet<string> = new Set([
  'and', 'but', 'in', 'for', 'with', 'since', 'after', 'according', 'behind', 'ahead', 'by',
  'to', 'that', 'which', 'who', 'after', 'before', 'last', 'this', 'today', 'now', 'at'
])

/**
 * States that "depuis" dates ("il est en poste depuis 2017", "la route est fermée depuis
 * lundi"): French keeps the present, English needs the present perfect ("has been in office
 * since 2017"). Only after "is/are/am" and right before "since", so "the highest since 2008"
 * and "is up since January" are never read (Swan, "since and for: tenses"). Multi-word states
 * are given as their words.
 */
export const sinceStates: ReadonlyArray<string[]> = [
  ['married'], ['closed'], ['detained'], ['imprisoned'], ['jailed'], ['missing'], ['banned'],
  ['suspended'], ['unemployed'], ['hospitalised'], ['hospitalized'], ['retired'], ['divorced'],
  ['blocked'], ['paralysed'], ['paralyzed'], ['besieged'], ['occupied'], ['displaced'],
  ['in', 'office'], ['in', 'power'], ['in', 'prison'], ['in', 'charge'], ['in', 'custody'],
  ['in', 'force'], ['in', 'exile'], ['in', 'detention'], ['in', 'hospital'], ['at', 'war'],
  ['on', 'strike'], ['under', 'arrest'], ['under', 'investigation'], ['in', 'place']
]

/**
 * Verbs of a lasting state in the third person present ("il habite à Lyon depuis 2015",
 * "elle dirige le club depuis 2019") and their present perfect: French keeps the present with
 * *depuis*, English needs "has lived", "has run" (Swan, "since and for: tenses"; Chuquet &
 * Paillard on *depuis*). Only forms in -s after a word that is not a determiner, so the
 * nouns "works", "runs", "leads" are never read.
 */
export const sinceVerbs: ReadonlyMap<string, string> = new Map([
  ['lives', 'has lived'], ['resides', 'has resided'], ['works', 'has worked'], ['heads', 'has headed'],
  ['leads', 'has led'], ['runs', 'has run'], ['chairs', 'has chaired'], ['directs', 'has directed'],
  ['holds', 'has held'], ['occupies', 'has occupied'], ['knows', 'has known'], ['teaches', 'has taught'],
  ['governs', 'has governed'], ['coaches', 'has coached'], ['manages', 'has managed'],
  ['represents', 'has represented'], ['owns', 'has owned'], ['presides', 'has presided'],
  ['reigns', 'has reigned'], ['plays', 'has played'], ['trains', 'has trained'], ['serves', 'has served']
])

/** Words before a verb in -s that make it a noun ("the works", "his runs", "new leads"). */
export const sinceNotSubjects: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'new', 'road', 'public', 'building', 'art', 'of', 'in', 'on', 'for', 'with', 'and', 'or', 'many',
  'several', 'some', 'all', 'no', 'any', 'what', 'whose', 'home', 'key', 'fresh', 'main', 'two'
])

/** Bare roles after "is" that date a tenure ("is president since 2019", "is a member since 2010"). */
export const sinceRoles: ReadonlySet<string> = new Set([
  'president', 'mayor', 'minister', 'leader', 'head', 'member', 'chairman', 'chairwoman', 'chair',
  'director', 'ceo', 'coach', 'captain', 'manager', 'ambassador', 'mp', 'senator', 'prefect',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'editor', 'owner',
  'champion', 'deputy', 'premier', 'chancellor', 'chief', 'presidents', 'members', 'champions'
])

/** Words between the verb and "since" that make "since" date another clause or a superlative. */
export const sinceBlockers: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'where', 'when', 'whose', 'to', 'is', 'are', 'was', 'were', 'has',
  'have', 'had', 'been', 'be', 'will', 'would', 'can', 'could', 'first', 'only', 'last', 'most',
  'best', 'worst', 'least', 'since', 'not', 'ever', 'never', 'because', 'as', 'if', 'than'
])

/** Months after "since" (capitalised in the text). */
export const sinceMonths: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'
])

/**
 * Words right before "than" after "the same" that make "than" belong to a comparative of its
 * own ("the same or higher than", "the same, rather than"): French *le même … que* gives "the
 * same … than", where English says "as" (Swan, "same").
 */
export const comparativeBeforeThan: ReadonlySet<string> = new Set([
  'more', 'less', 'rather', 'other', 'else', 'fewer', 'better', 'worse', 'further', 'later',
  'earlier', 'sooner', 'longer'
])

/**
 * The *conditionnel journalistique*: French news reports an unconfirmed fact in the
 * conditional ("selon la police, l’attaque aurait fait dix morts"); MT copies it as "would have
 * killed", which in English is a counterfactual. Read only in a sentence that names its source
 * with "according to" and has none of these words of a real condition (Swan, "would";
 * Chuquet & Paillard on the conditional of reported speech).
 */
export const conditionWords: ReadonlySet<string> = new Set([
  'if', 'unless', 'otherwise', 'without', 'had', 'but', 'could', 'should', 'might', 'whether'
])

/**
 * Relative "which" right after a noun for people ("the soldiers which"): French *qui* serves
 * people and things, English "who" people (Swan, "relative pronouns"). Nouns for groups that
 * English may treat as things ("government", "team", "family") are left out, and so is a noun
 * after "of" ("the number of people which", where "which" is the number).
 */
export const personNouns: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy',
  'boys', 'girl', 'girls', 'minister', 'ministers', 'president', 'soldier', 'soldiers',
  'resident', 'residents', 'official', 'officials', 'victim', 'victims', 'journalist',
  'journalists', 'doctor', 'doctors', 'worker', 'workers', 'student', 'students', 'farmer',
  'farmers', 'voter', 'voters', 'migrant', 'migrants', 'refugee', 'refugees', 'protester',
  'protesters', 'demonstrator', 'demonstrators', 'politician', 'politicians', 'lawyer',
  'lawyers', 'teacher', 'teachers', 'patient', 'patients', 'suspect', 'suspects', 'citizen',
  'citizens', 'deputy', 'deputies', 'senator', 'senators', 'mayor', 'mayors', 'leader',
  'leaders', 'candidate', 'candidates', 'witness', 'witnesses', 'nurse', 'nurses'
])
