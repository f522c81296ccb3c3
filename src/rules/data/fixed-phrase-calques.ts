/**
 * Calques of French fixed verb phrases ("entrer en vigueur", "mettre en scène", "tenir sa
 * promesse", "déclarer à l’AFP"), of French noun phrases of change ("l’augmentation des prix"),
 * of article-less French time phrases ("en fin de semaine") and of French idioms
 * whose image English does not share ("mettre la charrue avant les bœufs"). Same shape and
 * pattern syntax as src/rules/data/calques.ts, which spreads this list into its own.
 *
 * Written from the French expressions in the dictionaries below, never from evaluation data.
 * Each form is a word sequence native English does not produce: where the English words also
 * have a literal sense ("a drop of water", "put in danger"), the conditions keep it out, and
 * `bench/native-prose.ts` checks that the list stays silent on native English prose.
 */
import type {CalqueEntry} from './calques.js'

const VD = 'Vinay & Darbelnet, Stylistique comparée du français et de l’anglais (Didier, 1958)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const OH = 'Oxford-Hachette French Dictionary (Oxford University Press, 4th ed., 2007)'
const REY = 'Rey & Chantreau, Dictionnaire des expressions et locutions (Le Robert, 2nd ed., 2003)'
const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const TE = 'Thody & Evans, Faux Amis and Key Words (Athlone, 1985)'

/** "Entrer en vigueur", "entrer en contact": one inflection of "enter" per form. */
function enterForms(nouns: string, base: string, third: string, past: string, gerund: string): Record<string, string[]> {
  return {
    [`enter in ${nouns}`]: [base],
    [`enters in ${nouns}`]: [third],
    [`entered in ${nouns}`]: [past],
    [`entering in ${nouns}`]: [gerund]
  }
}

/**
 * What may follow a phrase that ends on a noun ("entered in force on Monday", "in end of week,
 * the…"): never a second noun, so that the compounds of native English ("the text you enter
 * in function calls", "in end of year exams") are not read.
 */
const CLAUSE_GOES_ON = ['$|,|.|;|:|the|a|an|he|she|they|it|we|you|his|her|their|its|police|with|after|before|and|when|while|there|on|in|at|as|last|this|next|since|until|from|for|#']

/** Periods that French names without an article after "en fin de", "en début de", "en milieu de". */
const PERIODS = ['week', 'month', 'year', 'day', 'afternoon', 'morning', 'evening', 'season', 'match', 'game', 'race', 'term', 'mandate', 'career', 'session', 'summer', 'winter', 'spring', 'autumn', 'quarter', 'semester', 'weekend', 'week-end']
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** "in end of week" → "at the end of the week", "in end of March" → "at the end of March". */
function periodForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  const phrases: Array<[string, string]> = [['in end of', 'at the end of'], ['in beginning|start of', 'at the beginning of'], ['in middle of', 'in the middle of']]
  for (const [french, english] of phrases) {
    for (const period of PERIODS) forms[`${french} ${period}`] = [`${english} the ${period}`]
    for (const month of MONTH_NAMES) forms[`${french} ${month}`] = [`${english} ${month[0]!.toUpperCase()}${month.slice(1)}`]
  }
  return forms
}

/** Adjectives of blame that French "tenir des propos" takes ("tenir des propos racistes"). */
const OFFENSIVE = 'racist|sexist|homophobic|antisemitic|anti-semitic|xenophobic|islamophobic|misogynistic|misogynist|controversial|offensive|insulting|hateful|inappropriate|derogatory|defamatory|disparaging|inflammatory|threatening|discriminatory|degrading|abusive|outrageous|scandalous|shocking'

/** What French measures with "augmentation de", "diminution de": prices, rates, numbers. */
const MEASURED = 'prices|price|rates|rate|costs|cost|taxes|tax|wages|salaries|rents|temperatures|temperature|unemployment|inflation|sales|emissions|number|consumption|production|demand|tariffs|fares|premiums|contributions|pensions|budget|deficit|debt|turnover|traffic|attendance|cases|deaths|births|crime|poverty'

/** News outlets and agencies that French "déclarer à", "confier à" name as the one told. */
const OUTLETS = 'afp|reuters|ap|franceinfo|bfmtv|bfm|rtl|lci|cnews|tf1|rmc|le|la|l’|l\'|les|europe|france|radio'

/** Figures that French "s’élever à", "chiffrer à", "estimer à" take. */
const AMOUNTS = ['# million|billion|bn|thousand|euros|dollars|people|dead|deaths|victims|jobs', '€|$|£']

export const fixedPhraseCalques: CalqueEntry[] = [
  // "Entrer en" + noun: English enters a place, and comes "into" a state.
  {
    french: 'entrer en vigueur / en application',
    forms: enterForms('force|vigour|vigor', 'come into force', 'comes into force', 'came into force', 'coming into force'),
    followedBy: CLAUSE_GOES_ON,
    why: '"La loi entre en vigueur le 1er janvier" is "the law comes into force (takes effect)"; English "enter" takes "into" here ("enter into force" in treaty language), never "in".',
    source: [RC, OH]
  },
  {
    french: 'entrer en contact avec',
    forms: enterForms('contact', 'get in touch', 'gets in touch', 'got in touch', 'getting in touch'),
    followedBy: ['with'],
    why: '"Entrer en contact avec" is "get in touch with" or simply "contact"; "entered in contact with" keeps the French preposition.',
    source: [RC, OH]
  },
  {
    french: 'entrer en fonction(s)',
    forms: enterForms('function|functions|office', 'take office', 'takes office', 'took office', 'taking office'),
    followedBy: CLAUSE_GOES_ON,
    why: '"Il entre en fonctions lundi" is "he takes office on Monday"; English officials take office, and "function" is not a post.',
    source: [RC, OH]
  },
  {
    french: 'entrer en collision / en guerre / en récession / en scène',
    forms: {
      ...enterForms('collision', 'collide', 'collides', 'collided', 'colliding'),
      ...enterForms('war', 'go to war', 'goes to war', 'went to war', 'going to war'),
      ...enterForms('recession', 'go into recession', 'goes into recession', 'went into recession', 'going into recession'),
      ...enterForms('scene', 'come on stage', 'comes on stage', 'came on stage', 'coming on stage')
    },
    followedBy: ['with', ...CLAUSE_GOES_ON],
    why: '"Entrer en collision avec" is "collide with", "entrer en guerre" "go to war", "entrer en récession" "go into recession", "entrer en scène" "come on stage" (or "step in"): English never says "enter in" a state.',
    source: [RC, OH]
  },
  // "Mettre en" + noun.
  {
    french: 'mettre en danger (+ complément)',
    forms: {'put in danger': ['endanger', 'put at risk'], 'puts in danger': ['endangers', 'puts at risk'], 'putting in danger': ['endangering', 'putting at risk']},
    followedBy: ['the|their|his|her|its|our|your|my|lives|life|public|people|children|others|national|health|security'],
    why: '"Mettre en danger la vie d’autrui" keeps the object after "en danger"; English says "endanger the lives of others" or puts the object first ("put them in danger"), so "put in danger the" is the French order.',
    source: [RC, VD]
  },
  {
    french: 'mettre en scène',
    forms: {'put in scene': ['stage', 'direct'], 'puts in scene': ['stages', 'directs'], 'putting in scene': ['staging', 'directing'], 'the putting in scene': ['the staging', 'the production']},
    why: '"Mettre en scène une pièce" is to stage or direct it; "put in scene" is a word-for-word copy ("mise en scène" is borrowed as a noun, the verb is not).',
    source: [RC, OH]
  },
  {
    french: 'mettre en application / en difficulté / en relief / à jour',
    forms: {
      'put in application': ['implement', 'apply'],
      'puts in application': ['implements', 'applies'],
      'putting in application': ['implementing', 'applying'],
      'put in difficulty|difficulties': ['put under pressure', 'cause problems for'],
      'puts in difficulty|difficulties': ['puts under pressure', 'causes problems for'],
      'putting in difficulty|difficulties': ['putting under pressure', 'causing problems for'],
      'put in relief': ['highlight', 'bring out'],
      'puts in relief': ['highlights', 'brings out'],
      'putting in relief': ['highlighting', 'bringing out'],
      'put to day': ['update'],
      'puts to day': ['updates'],
      'putting to day': ['updating']
    },
    followedBy: ['the|this|these|those|its|his|her|their|our|a|an|him|them|us|me|how|what'],
    why: '"Mettre en application" is implement, "mettre en difficulté" put under pressure, "mettre en relief" highlight, "mettre à jour" update; English "put" takes none of these nouns as a state. Only with the object after the phrase, the French order ("met en difficulté le gouvernement"), so "put in application forms" and "put in relief efforts" are left alone.',
    source: [RC, OH]
  },
  {
    french: 'mettre en demeure',
    forms: {'put|puts|putting|placed in demeure': ['served formal notice on', 'ordered']},
    why: '"Mettre en demeure" is to serve formal notice on someone (to comply); "put in demeure" keeps the French word.',
    source: [RC]
  },
  // "Faire" + noun and other verb phrases.
  {
    french: 'faire attention (à)',
    forms: {'make|do attention': ['pay attention', 'be careful'], 'makes|does attention': ['pays attention', 'is careful'], 'made|did attention': ['paid attention', 'was careful'], 'making|doing attention': ['paying attention', 'being careful']},
    why: '"Faire attention" is to pay attention or be careful; English does not "make attention".',
    source: [RC, SWAN]
  },
  {
    french: 'tenir sa promesse / sa parole',
    forms: {
      'hold his|her|their|its|our|my|your promise|promises|word': ['keep'],
      'holds his|her|their|its|our|my|your promise|promises|word': ['keeps'],
      'held his|her|their|its|our|my|your promise|promises|word': ['kept'],
      'holding his|her|their|its|our|my|your promise|promises|word': ['keeping']
    },
    notFollowedBy: ['against|up|over|back|as|close|dear|in|above|aloft|high|out'],
    why: '"Tenir sa promesse" is to keep one’s promise, "tenir parole" to keep one’s word. English holds someone "to" their word, and a thing "holds promise" (shows potential), neither of which has the possessive before the noun.',
    source: [RC, OH]
  },
  {
    french: 'tenir des propos (racistes, polémiques)',
    forms: {hold: ['make'], holds: ['makes'], held: ['made'], holding: ['making']},
    followedBy: [`${OFFENSIVE} remarks|comments|statements|words|talk|speech|speeches`],
    why: '"Tenir des propos racistes" is to make racist remarks; English holds views or opinions, not remarks. Only the verb is flagged, before a word of blame and "remarks" or "comments", so "held controversial views" is left alone.',
    source: [RC, OH]
  },
  {
    french: 'prononcer un discours',
    forms: {
      'pronounce a|an|his|her|their|its|the speech|discourse|eulogy|homily': ['deliver a speech', 'give a speech'],
      'pronounces a|an|his|her|their|its|the speech|discourse|eulogy|homily': ['delivers a speech', 'gives a speech'],
      'pronounced a|an|his|her|their|its|the speech|discourse|eulogy|homily': ['delivered a speech', 'gave a speech'],
      'pronouncing a|an|his|her|their|its|the speech|discourse|eulogy|homily': ['delivering a speech', 'giving a speech']
    },
    why: '"Prononcer un discours" is to deliver or give a speech; English pronounces words and sentences (in court), not speeches. A determiner is required, so the adjective in "pronounced speech impediment" is not read.',
    source: [RC, OH, TE]
  },
  {
    french: 'porter un regard (critique) sur',
    forms: {'carry|carries|carried|carrying|bear|bears|bore a|an|his|her|their|its critical|severe|harsh|new|fresh|lucid|benevolent|different|sharp|sombre|somber|pessimistic|optimistic|positive|negative look|gaze on|at|upon': ['take a … view of']},
    why: '"Porter un regard critique sur" is to take a critical view of; English carries or bears no "look".',
    source: [RC, CP]
  },
  {
    french: 'porter atteinte à',
    forms: {'carry|carries|carried|carrying|bear|bears|bore|borne attack|attacks|attaint to': ['undermine', 'harm', 'infringe']},
    why: '"Porter atteinte à la vie privée" is to infringe privacy or undermine something; "carry attack to" (without an article) copies "porter atteinte". English "carry the attack to" has its article and is not read.',
    source: [RC, OH]
  },
  {
    french: 'apporter son soutien à',
    forms: {
      'bring|brings his|her|their support to': ['give support to', 'back'],
      'brought his|her|their support to': ['gave support to', 'backed'],
      'bringing his|her|their support to': ['giving support to', 'backing']
    },
    why: '"Apporter son soutien à un candidat" is to back him or give him one’s support; English brings help or aid, and "bring one’s support to" copies the French verb.',
    source: [RC, CP]
  },
  {
    french: 'mener à bien / mener la vie dure à',
    forms: {
      'lead|leads|led|leading to good': ['carry through', 'complete'],
      'lead|leads|led|leading life hard|difficult to|for': ['make life hard for', 'give … a hard time']
    },
    followedBy: ['$|.|;|the|this|these|its|his|her|their|our|them|him|us|me|you'],
    why: '"Mener à bien un projet" is to carry it through; "mener la vie dure à quelqu’un" is to make life hard for them. "Led to good results" is English, so a noun after "good" is not read.',
    source: [RC, REY]
  },
  {
    french: 'faire valoir (ses droits, ses arguments)',
    forms: {'make|makes|made|making value|worth|valoir his|her|their|its|our|my|your': ['assert', 'put forward']},
    followedBy: ['rights|right|arguments|argument|point|points|claims|claim|case|views|position|interests|skills|experience|qualities'],
    why: '"Faire valoir ses droits" is to assert one’s rights, "faire valoir ses arguments" to put them forward; "make value his rights" is the French construction.',
    source: [RC, OH]
  },
  {
    french: 's’engager en faveur de',
    forms: {
      'engage|engages himself|herself|themselves|itself? in favour|favor of': ['campaign for', 'commit to'],
      'engaged himself|herself|themselves|itself? in favour|favor of': ['campaigned for', 'committed to'],
      'engaging himself|herself|themselves|itself? in favour|favor of': ['campaigning for', 'committing to']
    },
    why: '"Il s’est engagé en faveur du climat" is he campaigned for (committed himself to) the climate; English engages in an activity, not "in favour of" a cause.',
    source: [RC, OH]
  },
  {
    french: 'prendre ses distances (avec)',
    forms: {
      'take|takes|took|taken|taking his|her|their|its|our|my|your distances': ['distance oneself'],
      'take|takes|took|taken|taking his|her|their|its|our|my|your? distance with': ['distance oneself from']
    },
    why: '"Prendre ses distances avec" is to distance oneself from; English keeps its distance, but does not "take its distances" or "take distance with".',
    source: [RC, OH]
  },
  {
    french: 'prendre de la hauteur / prendre les devants',
    forms: {'take|takes|took|taken|taking height|hight': ['step back', 'take a broader view'], 'take|takes|took|taken|taking the fronts': ['take the initiative', 'act first']},
    followedBy: ['$|,|.|;|:'],
    why: '"Prendre de la hauteur" is to step back and take a broader view, "prendre les devants" to act first; English aircraft gain altitude, and nobody takes "the fronts".',
    source: [RC, REY]
  },
  // Noun phrases of change and reporting verbs.
  {
    french: 'l’augmentation / la diminution de (prix, taux)',
    forms: {
      'augmentation of the?': ['increase in', 'rise in'],
      'augmentations of the?': ['increases in', 'rises in'],
      'diminution of the?': ['decrease in', 'fall in'],
      'diminutions of the?': ['decreases in', 'falls in']
    },
    followedBy: [MEASURED],
    why: '"L’augmentation des prix" is a rise (an increase) in prices, "la diminution du chômage" a fall in unemployment; English "augmentation" is a medical or musical term, and "diminution" is formal and takes no figures.',
    source: [RC, OH]
  },
  {
    french: 'déclarer / confier / assurer / affirmer à (un média)',
    forms: {
      'declared|confided|assured|affirmed|specified|estimated|judged|indicated to': ['told'],
      'declares|confides|assures|affirms|specifies|estimates|judges|indicates to': ['tells']
    },
    followedBy: [OUTLETS, 'the afp|agence|newspaper|daily|weekly|channel|station|radio'],
    notPrecededBy: ['is|are|was|were|be|been|being|it|this|that|what|which|had|has|have'],
    why: '"Il a déclaré à l’AFP", "a-t-il confié au Parisien": English says "he told AFP", "he told Le Parisien". English "declare", "confide" and "assure" do not take the outlet with "to"; the passive ("it was declared to the press") is left alone.',
    source: [RC, 'Reuters Handbook of Journalism, "attribution"']
  },
  {
    french: 'joint par téléphone',
    forms: {'joined by phone|telephone': ['Reached by phone', 'Contacted by phone']},
    precededBy: ['^'],
    followedBy: [','],
    why: '"Joint par téléphone, le maire a indiqué…" is "Reached by phone, the mayor said…"; "joined by phone" at the head of the sentence is the French participle ("joined by phone" otherwise joins a meeting, which has no comma here).',
    source: [RC]
  },
  {
    french: 'signer la fin de',
    forms: {'sign the': ['mark the'], 'signs the': ['marks the'], 'signed the': ['marked the'], 'signing the': ['marking the']},
    followedBy: ['end|death|demise|return|beginning|start of'],
    why: '"Cette défaite signe la fin d’une époque" marks the end of an era; English signs documents, not ends.',
    source: [RC, OH]
  },
  {
    french: 'faire pression sur',
    forms: {
      'make|do pressure on|upon': ['put pressure on'],
      'makes|does pressure on|upon': ['puts pressure on'],
      'made|did pressure on|upon': ['put pressure on'],
      'making|doing pressure on|upon': ['putting pressure on']
    },
    why: '"Faire pression sur" is to put pressure on; English makes no "pressure".',
    source: [RC, OH]
  },
  {
    french: 'émettre un avis / des réserves / un souhait',
    forms: {emit: ['express', 'give'], emits: ['expresses', 'gives'], emitted: ['expressed', 'gave'], emitting: ['expressing', 'giving']},
    followedBy: [
      'a|an|his|her|their|its|the favourable|favorable|unfavourable|unfavorable|negative|positive|reserved? opinion|opinions|view|reservations|reserves|doubts|doubt|wish|wishes|recommendation|recommendations|hypothesis|hypotheses|objection|objections',
      'reservations|reserves|doubts|doubt|objections|wishes|opinions|hypotheses'
    ],
    why: '"Émettre un avis" is to give (issue) an opinion, "émettre des réserves" to express reservations, "émettre le souhait" to express the wish; English emits light, gas or a sound.',
    source: [RC, OH]
  },
  {
    french: 'opérer un virage / un revirement',
    forms: {operate: ['make', 'carry out'], operates: ['makes', 'carries out'], operated: ['made', 'carried out'], operating: ['making', 'carrying out']},
    followedBy: ['a|an u-turn|about-turn|turnaround|volte-face|rapprochement|comeback|reshuffle|revirement|turning|turn'],
    why: '"Opérer un virage à 180 degrés" is to make a U-turn; English operates machines and surgeons operate, but nobody "operates a U-turn".',
    source: [RC, OH]
  },
  {
    french: 'accuser (une baisse, un retard)',
    forms: {accuse: ['record', 'show'], accuses: ['records', 'shows'], accused: ['recorded', 'showed'], accusing: ['recording', 'showing']},
    followedBy: ['a|an fall|drop|decline|loss|losses|deficit|delay|slowdown|decrease|setback|reverse|backlog|shortfall'],
    why: '"Le secteur accuse une baisse de 5 %" is the sector records (shows) a 5% drop; English accuses people of wrongs, not figures.',
    source: [RC, OH]
  },
  {
    french: 's’élever à / chiffrer à / estimer à (un montant)',
    forms: {
      'elevates|elevated|elevate to': ['amounts to', 'stands at'],
      'ciphered|ciphers|cipher at|to': ['estimated at', 'put at'],
      'estimated|estimates|estimate to': ['estimated at', 'put at']
    },
    followedBy: AMOUNTS,
    why: '"Le bilan s’élève à 12 morts" is the toll stands at (amounts to) twelve dead; "le coût est chiffré à 2 millions" is put (estimated) at €2m. English estimates "at" a figure; "estimated to" takes a verb ("is estimated to be 2 million", "estimated to double"), which the figure required after it keeps out.',
    source: [RC, SWAN]
  },
  {
    french: 'revenir sur (une décision) / se pencher sur (un dossier)',
    forms: {
      'come|comes back on|upon': ['go back on', 'reverse'],
      'came back on|upon': ['went back on', 'reversed'],
      'coming back on|upon': ['going back on', 'reversing'],
      'lean|leans over|on': ['look into', 'examine'],
      'leaned|leant over|on': ['looked into', 'examined'],
      'leaning over|on': ['looking into', 'examining']
    },
    followedBy: ['his|her|their|its|this|that|the|these|those? decision|decisions|promise|promises|remarks|comments|statements|reform|reforms|measure|measures|law|announcement|commitment|commitments|choice|question|questions|issue|issues|file|dossier|problem|problems|matter|subject'],
    why: '"Revenir sur sa décision" is to go back on (reverse) it; "se pencher sur un dossier" is to look into it. English comes back "to" a subject and leans on people (to pressure them), which the nouns after the phrase rule out.',
    source: [RC, OH]
  },
  {
    french: 'donner / lancer l’alerte / lanceur d’alerte',
    forms: {
      'give|launch the alert': ['raise the alarm'],
      'gives|launches the alert': ['raises the alarm'],
      'gave|given|launched the alert': ['raised the alarm'],
      'giving|launching the alert': ['raising the alarm'],
      'launcher of alert|alerts': ['whistleblower'],
      'launchers of alert|alerts': ['whistleblowers'],
      'alert launcher': ['whistleblower'],
      'alert launchers': ['whistleblowers']
    },
    why: '"Donner l’alerte" and "lancer l’alerte" are to raise the alarm; "un lanceur d’alerte" is a whistleblower.',
    source: [RC, OH]
  },
  {
    french: 'faire couler de l’encre',
    forms: {'ink flow|run|flowed|ran|flowing|running': ['headlines', 'a lot of comment']},
    precededBy: ['much|made|make|makes|making|caused|cause|causes'],
    why: '"L’affaire a fait couler beaucoup d’encre" is the affair made headlines (generated a lot of comment); English ink flows in a printer. Only after "made" or "much", so "the ink flow" is left alone.',
    source: [RC, REY]
  },
  {
    french: 'passer le cap de / la barre (symbolique) de',
    forms: {
      'pass|passes|passed|passing|cross|crosses|crossed|crossing|exceed|exceeds|exceeded|exceeding the symbolic? cape|bar of': ['pass the … mark', 'top'],
      'above|below|under|over|past|beyond|reach|reached|reaches|to the symbolic? bar|cape of': ['the … mark']
    },
    followedBy: ['#|one|a'],
    why: '"Passer le cap des 1 000" and "la barre des 10 %" are the 1,000 and 10% marks; English has no cape or bar of a figure ("passed the bar" is the lawyers’ exam, with no figure after it).',
    source: [RC, REY]
  },
  // Sentence frames.
  {
    french: 'tout porte à croire que / tout laisse penser que',
    forms: {
      'all|everything leads|led|lead to believe|think|suppose': ['everything suggests', 'all the signs are'],
      'all|everything lets|let|leaves|left think|suppose|believe': ['everything suggests', 'all the signs are']
    },
    followedBy: ['that|so|otherwise'],
    why: '"Tout porte à croire que" and "tout laisse penser que" are "everything suggests that" or "all the signs are that"; English "lead to believe" needs a person ("led us to believe").',
    source: [RC, CP]
  },
  {
    french: 'il n’est pas sûr que',
    forms: {'it is|was not sure that|whether|if': ['it is not certain that', 'it is unclear whether'], 'it is|was far from sure that|whether|if': ['it is far from certain that'], 'it’s|it\'s not sure that|whether|if': ['it is not certain that', 'it is unclear whether']},
    why: '"Il n’est pas sûr que" is "it is not certain that" or "it is unclear whether": English people are sure, facts are certain.',
    source: [SWAN, RC]
  },
  {
    french: 'c’est notamment le cas de',
    forms: {'is|was|are|were notably the case of|for|with': ['is true of', 'applies to']},
    why: '"C’est notamment le cas de la France" is "this is true of France, for one" or "France is one example"; "notably the case of" copies the French.',
    source: [RC, CP]
  },
  {
    french: 'celui-ci / ceux-ci (pronom sujet)',
    forms: {'this one': ['he', 'she', 'the latter'], 'these ones': ['they', 'the latter']},
    precededBy: ['^'],
    followedBy: ['said|says|told|explained|declared|added|affirmed|assured|replied|denied|confirmed|claimed|insisted|stated|indicated|specified|argued|maintained|admitted|acknowledged|refused|retorted|responded|answered'],
    why: '"Celui-ci a affirmé" refers back to a person: English says "He said" or "The latter said". "This one said" reads as a thing speaking; "this one says ‘Welcome’" on a sign is rare enough to accept.',
    source: [SWAN, CP]
  },
  // Article-less French time phrases: "en fin de semaine", "en début d’après-midi".
  {
    french: 'en fin de / en début de / en milieu de (+ période)',
    forms: periodForms(),
    followedBy: CLAUSE_GOES_ON,
    why: '"En fin de semaine", "en début d’après-midi", "en milieu de journée": French drops the article; English needs "at the end of the week", "early in the afternoon", "in the middle of the day".',
    source: [SWAN, CP]
  },
  // Idioms whose French image English does not share.
  {
    french: 'mettre la charrue avant les bœufs',
    forms: {'cart|plough|plow|charrue before the oxen|ox|bullocks|bulls|oxes': ['the cart before the horse']},
    why: 'The English image is the cart before the horse; the oxen are the French one.',
    source: [REY, RC]
  },
  {
    french: 'la goutte d’eau qui fait déborder le vase',
    forms: {'overflow|overflows|overflowed|overflowing the vase': ['be the last straw'], 'the vase overflow|overflows|overflowed': ['the last straw']},
    why: '"La goutte d’eau qui fait déborder le vase" is the last straw (that broke the camel’s back); an overflowing vase is the French image.',
    source: [REY, RC]
  },
  {
    french: 'mettre le feu aux poudres',
    forms: {'fire to the powder|powders|gunpowder': ['touch off', 'spark off']},
    notFollowedBy: ['keg|kegs|magazine|magazines|store|room|house|barrel|barrels'],
    why: '"Mettre le feu aux poudres" is to spark things off or light the touchpaper; English sets fire to "the powder keg", which is not read.',
    source: [REY, RC]
  },
  {
    french: 'tirer son épingle du jeu',
    forms: {'pull|pulls|pulled|pulling|draw|draws|drew|drawn|drawing|take|takes|took|taken|taking his|her|their|its|one’s|one\'s|the pin|pins out of|from the game': ['come out on top', 'come out of it well']},
    why: '"Tirer son épingle du jeu" is to come out of it well (or extricate oneself); the pin is the French image.',
    source: [REY, RC]
  },
  {
    french: 'mettre les bouchées doubles',
    forms: {'put|puts|putting the double mouthfuls|mouthful|bites': ['redouble efforts', 'step up the pace']},
    why: '"Mettre les bouchées doubles" is to redouble one’s efforts or step up the pace.',
    source: [REY, RC]
  },
  {
    french: 'jeter un pavé dans la mare',
    forms: {'throw|throws|threw|thrown|throwing a|the cobblestone|paving-stone|pavé|pave in|into the pond|pool|mare': ['set the cat among the pigeons', 'cause a stir'], 'throw|throws|threw|thrown|throwing a|the paving stone in|into the pond|pool|mare': ['set the cat among the pigeons', 'cause a stir']},
    why: '"Jeter un pavé dans la mare" is to set the cat among the pigeons or cause a stir; the cobblestone in the pond is the French image.',
    source: [REY, RC]
  },
  {
    french: 'mettre les pieds dans le plat',
    forms: {'put|puts|putting his|her|their|its|one’s|one\'s|the feet|foot in the dish|plate': ['put one’s foot in it', 'speak bluntly']},
    why: '"Mettre les pieds dans le plat" is to put one’s foot in it, or to raise a touchy subject bluntly; the dish is the French image.',
    source: [REY, RC]
  },
  {
    french: 'avoir du pain sur la planche',
    forms: {'bread on the board|plank|shelf': ['a lot on one’s plate', 'a lot to do']},
    precededBy: ['have|has|had|having|got'],
    why: '"Avoir du pain sur la planche" is to have a lot on one’s plate.',
    source: [REY, RC]
  },
  {
    french: 'ne pas y aller par quatre chemins',
    forms: {'by four paths|roads|ways|routes': ['beat about the bush']},
    precededBy: ['go|goes|went|going|gone'],
    why: '"Ne pas y aller par quatre chemins" is not to beat about the bush; the four paths are the French image.',
    source: [REY, RC]
  },
  {
    french: 'couper l’herbe sous le pied',
    forms: {'cut|cuts|cutting the grass under the feet|foot': ['pull the rug out from under', 'steal a march on']},
    why: '"Couper l’herbe sous le pied de quelqu’un" is to pull the rug out from under them; the grass is the French image.',
    source: [REY, RC]
  },
  {
    french: 'tirer la couverture à soi',
    forms: {'pull|pulls|pulled|pulling the blanket|cover|covers|duvet|quilt to|towards|toward himself|herself|themselves|itself': ['take all the credit', 'grab the limelight']},
    why: '"Tirer la couverture à soi" is to take all the credit; the blanket is the French image.',
    source: [REY, RC]
  },
  {
    french: 'faire machine arrière',
    forms: {'make|makes|made|making|do|does|did machine back|backward|backwards|arrière|rear': ['back-pedal', 'reverse course']},
    why: '"Faire machine arrière" is to back-pedal or reverse course; English makes no "machine back".',
    source: [REY, RC]
  },
  {
    french: 'faire fausse route / faire fi de / faire l’impasse sur',
    forms: {
      'make|makes|made|making|do|does|did false road|route': ['be on the wrong track', 'be mistaken'],
      'make|makes|made|making fi of': ['disregard', 'brush aside'],
      'make|makes|made|making|do|does|did the impasse on|over': ['skip', 'gloss over', 'leave out']
    },
    why: '"Faire fausse route" is to be on the wrong track, "faire fi de" to disregard, "faire l’impasse sur" to skip or gloss over; each copies a French "faire" + noun.',
    source: [REY, RC]
  },
  {
    french: 'faire cavalier seul / faire le forcing / faire un tabac',
    forms: {
      'make|makes|made|making|do|does|did lone|solo rider|horseman|cavalier': ['go it alone'],
      'make|makes|made|making|do|does|did|doing the forcing': ['push hard', 'pile on the pressure'],
      'make|makes|made|making|do|does|did a tobacco': ['be a smash hit']
    },
    why: '"Faire cavalier seul" is to go it alone, "faire le forcing" to push hard, "faire un tabac" to be a smash hit.',
    source: [REY, RC]
  },
  {
    french: 'battre son plein',
    forms: {'beat|beats|beating|beaten its|his|her|their full': ['be in full swing']},
    why: '"La fête bat son plein" is the party is in full swing.',
    source: [REY, RC]
  },
  {
    french: 'passer au crible',
    forms: {'pass|passes|passed|passing to|at the sieve|riddle|crible': ['scrutinise', 'go through with a fine-tooth comb']},
    why: '"Passer au crible" is to scrutinise or go through with a fine-tooth comb; English passes things "through" a sieve, literally.',
    source: [REY, RC]
  },
  {
    french: 'à huis clos',
    forms: {'at|in closed doors|door': ['behind closed doors', 'in camera']},
    notPrecededBy: ['knock|knocks|knocked|knocking|bang|banged|banging|pound|pounded|pounding|hammer|hammered|hammering|stare|stared|staring|look|looked|looking|kick|kicked|kicking|push|pushed|pushing|scratch|scratched|scratching'],
    why: '"À huis clos" is "behind closed doors" (a court: "in camera"); English meets behind closed doors, not at or in them.',
    source: [RC, OH]
  },
  {
    french: 'sur toutes les lèvres',
    forms: {'on all the lips|mouths': ['on everyone’s lips']},
    why: '"Sur toutes les lèvres" is "on everyone’s lips".',
    source: [RC, REY]
  },
  {
    french: 'sur le pied de guerre',
    forms: {'on the foot of war': ['on a war footing'], 'on|onto a|the? war foot': ['on a war footing']},
    why: '"Sur le pied de guerre" is "on a war footing".',
    source: [RC, REY]
  },
  {
    french: 'le fer de lance',
    forms: {'the iron of lance|spear': ['the spearhead']},
    why: '"Le fer de lance d’un mouvement" is its spearhead.',
    source: [RC]
  },
  {
    french: 'de plein fouet',
    forms: {'full whip|fouet': ['head-on', 'the full force']},
    precededBy: ['of|with|at|hit|hits|struck|strikes|affected|taken|took|takes|hard'],
    notFollowedBy: ['count|counts|operation|team|notice|system|vote|votes'],
    why: '"Frappé de plein fouet" is hit head-on or bearing the full force; the whip is the French word taken literally.',
    source: [RC, REY]
  },
  {
    french: 'à tout bout de champ / à corps perdu / haut la main',
    forms: {
      'at every end of field': ['at every opportunity', 'all the time'],
      'at|with lost body': ['headlong', 'wholeheartedly']
    },
    why: '"À tout bout de champ" is all the time, "à corps perdu" headlong; each is a word-for-word copy.',
    source: [REY, RC]
  },
  {
    french: 'haut la main',
    forms: {'high the hand': ['hands down', 'easily']},
    precededBy: ['won|win|wins|winning|beat|beats|beaten|passed|pass|passes|carried|carry|carries|took|take|takes|taken'],
    why: '"Gagner haut la main" is to win hands down; after a verb of winning, "high the hand" is the French word order ("held high the hand of the winner" has no such verb).',
    source: [REY, RC]
  },
  {
    french: 'à la belle étoile',
    forms: {'at the beautiful star|stars': ['under the stars', 'in the open']},
    precededBy: ['sleep|sleeps|slept|sleeping|night|nights|spend|spends|spent|spending|camp|camps|camped|camping|live|lives|lived|living|dine|dined|dinner|eat|ate|outdoors|outside'],
    why: '"Dormir à la belle étoile" is to sleep under the stars (in the open); only after a verb of sleeping or staying, so "look at the beautiful stars" is left alone.',
    source: [REY, RC]
  },
  {
    french: 'à pleins poumons / à plein régime',
    forms: {'at full lungs': ['at the top of one’s lungs'], 'at full regime': ['at full speed', 'at full capacity']},
    why: '"Crier à pleins poumons" is to shout at the top of one’s lungs, "tourner à plein régime" to run at full capacity.',
    source: [REY, RC]
  },
  {
    french: 'de longue date / de longue haleine',
    forms: {'of long date': ['long-standing', 'long-time'], 'of long breath': ['long-term', 'lengthy']},
    why: '"Un ami de longue date" is a long-standing friend, "un travail de longue haleine" a long-term task; "of long date" and "of long breath" are the French complements.',
    source: [RC, OH]
  },
  {
    french: 'en bonne et due forme / en tout et pour tout',
    forms: {'in good and due form': ['in due form', 'formally'], 'in all and for all': ['in total', 'all told']},
    why: '"En bonne et due forme" is "in due form", "en tout et pour tout" "in total" or "all told".',
    source: [RC, REY]
  },
  {
    french: 'tout de suite',
    forms: {'all of suite': ['immediately', 'right away']},
    why: '"Tout de suite" is immediately or right away; "all of suite" translates each word.',
    source: [RC]
  },
  {
    french: 'sans crier gare',
    forms: {'without crying|shouting|yelling|calling gare|station': ['without warning']},
    why: '"Sans crier gare" is without warning.',
    source: [REY, RC]
  },
  {
    french: 'coûte que coûte',
    forms: {'costs what costs|cost': ['at all costs'], 'cost what costs|cost': ['at all costs']},
    why: '"Coûte que coûte" is "at all costs".',
    source: [RC]
  },
  {
    french: 'de près ou de loin',
    forms: {'from near or from far': ['in any way'], 'of near or of? far': ['in any way']},
    why: '"De près ou de loin" is "in any way", "remotely"; English has "from near and far" (from everywhere), which is another meaning and has no "or".',
    source: [RC, REY]
  },
  {
    french: 'en chair et en os',
    forms: {'in flesh and in bone|bones': ['in the flesh'], 'in flesh and bone|bones': ['in the flesh']},
    why: '"En chair et en os" is "in the flesh"; English "flesh and blood" is another phrase.',
    source: [RC]
  },
  {
    french: 'à l’heure qu’il est / en fin de compte / en bout de course',
    forms: {
      'at the hour that|where it is': ['right now', 'at this moment'],
      'in end of account|count|accounts': ['in the end', 'ultimately'],
      'in end of course|race|run': ['at the end of its life', 'worn out']
    },
    followedBy: CLAUSE_GOES_ON,
    why: '"À l’heure qu’il est" is right now, "en fin de compte" in the end, "en bout de course" at the end of its life; each French article-less phrase is copied word for word.',
    source: [RC, REY]
  }
]

