/**
 * Calques of the French terms of crime, court, parliament, health and culture reporting that
 * have an established English equivalent ("coups et blessures" is assault, "la commission mixte
 * paritaire" a joint committee, "un réalisateur" a director), and of a few French news
 * constructions ("appeler à manifester", "une petite centaine", "à l’aube"). Same shape and
 * pattern syntax as src/rules/data/calques.ts, which spreads this list into its own.
 *
 * Written from the French terms in the dictionaries and style guides below, never from
 * evaluation data; `bench/native-prose.ts` checks that the list stays silent on native English.
 */
import type {CalqueEntry} from './calques.js'

const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const OH = 'Oxford-Hachette French Dictionary (Oxford University Press, 4th ed., 2007)'
const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const STYLE = 'The Guardian and Observer style guide; Reuters Handbook of Journalism (for the English terms of French institutions)'
const DAHL = 'Dahl, Dictionnaire juridique français-anglais (Dalloz, 3rd ed., 2007)'

/** Whole words a sentence may go on with after a phrase that ends on a noun (never a second noun). */
const CLAUSE_GOES_ON = ['$|,|.|;|:|and|or|where|since|for|to|in|on|at|by|with|after|before|when|while|that|which|the|a|an|he|she|they|it|we|you|his|her|their|its|police|gendarmes|investigators|as|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today']

/** "une petite centaine" → "just under a hundred", "une petite dizaine" → "just under ten". */
function smallNumberForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {'a small hundred': ['just under a hundred'], 'a small thousand': ['just under a thousand'], 'a small dozen': ['nearly a dozen']}
  for (const number of ['ten', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty']) forms[`a small ${number}`] = [`just under ${number}`]
  return forms
}

/** "en première lecture" → "at first reading". */
function readingForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const ordinal of ['first', 'second', 'third', 'final', 'last', 'new']) forms[`in ${ordinal} reading`] = [`at ${ordinal} reading`, `on ${ordinal} reading`]
  return forms
}

/** "appeler à manifester": one inflection of "call" per form. */
const CALL_FORMS: Record<string, string[]> = {
  'call to': ['call on people to', 'urge people to'],
  'called to': ['called on people to', 'urged people to'],
  'calling to': ['calling on people to', 'urging people to']
}

export const courtAndSocietyCalques: CalqueEntry[] = [
  // Offences and court procedure.
  {
    french: 'abus de biens sociaux / prise illégale d’intérêts',
    forms: {
      'abuse|abuses|misuse of social goods|assets|property|properties': ['misuse of company assets', 'misappropriation of corporate funds'],
      'illegal taking|takings of interest|interests': ['illegal conflict of interest', 'unlawful acquisition of interests']
    },
    why: '"L’abus de biens sociaux" is the misuse of company assets ("sociaux" is the company’s, not society’s); "la prise illégale d’intérêts" is an unlawful conflict of interest. Neither French word order is an English term.',
    source: [DAHL, RC]
  },
  {
    french: 'coups et blessures / violences volontaires / homicide involontaire',
    forms: {
      'blows and injuries|wounds': ['assault', 'assault and battery'],
      'voluntary violence|violences': ['assault', 'intentional violence'],
      'involuntary homicide|homicides': ['manslaughter', 'involuntary manslaughter']
    },
    why: '"Coups et blessures volontaires" and "violences volontaires" are assault; "homicide involontaire" is manslaughter. English law has no "voluntary violence" or "involuntary homicide".',
    source: [DAHL, RC, OH]
  },
  {
    french: 'non-assistance à personne en danger / délit de fuite',
    forms: {
      'non-assistance|nonassistance to a|an? person|persons|people in? danger|peril?': ['failure to assist a person in danger'],
      'delict of flight|fleeing|leakage': ['hit-and-run', 'failure to stop'],
      'offence|offense|crime of leakage': ['hit-and-run', 'failure to stop']
    },
    why: '"Non-assistance à personne en danger" is failure to assist a person in danger; "délit de fuite" is hit-and-run (failure to stop). "Non-assistance to" and "delict of flight" copy the French.',
    source: [DAHL, RC]
  },
  {
    french: 'vol à l’arraché / vol avec violence',
    forms: {
      'theft|thefts|robbery|flight|flights at the snatch|tearing|arraché|arrache': ['bag-snatching', 'snatch theft'],
      'flight|flights with violence|violences': ['violent robbery', 'robbery with violence']
    },
    why: '"Vol" is both flight and theft; "vol à l’arraché" is bag-snatching and "vol avec violence" violent robbery. "Flight with violence" is the wrong "vol".',
    source: [DAHL, RC]
  },
  {
    french: 'comparution immédiate',
    forms: {'in|by|for|under immediate appearance|appearances|comparution': ['in a fast-track trial', 'under the fast-track procedure']},
    why: '"Jugé en comparution immédiate" is tried in a fast-track (summary) trial; "in immediate appearance" is a word-for-word copy.',
    source: [DAHL, RC, STYLE]
  },
  {
    french: 'être présenté à un juge',
    forms: {
      'presented to a|an|the investigating? judge|judges|magistrate|magistrates': ['brought before a judge'],
      'presented to a|an|the prosecutor|prosecutors': ['brought before the prosecutor']
    },
    precededBy: ['he|she|they|suspect|suspects|man|woman|men|women|teenager|teenagers|youths|defendant|defendants|detainee|detainees|accused|boy|girl|driver|attacker|assailant was|were|be|been|being|is|are'],
    why: '"Il a été présenté à un juge" is he was brought before a judge; a person is not "presented to" a judge in English (evidence is, and is not a person, which the subjects before it keep out).',
    source: [DAHL, RC]
  },
  {
    french: 'arrêté préfectoral / municipal',
    forms: {'prefectoral|prefectorial|prefectural arrest|arrests|arrested|arrete|arrêté|arrêtés|arretes': ['prefectoral order', 'prefect’s decree'], 'municipal arrete|arrêté|arrêtés|arretes': ['municipal bylaw', 'municipal order']},
    why: '"Un arrêté préfectoral" is an order (decree) of the prefect; "arrest" is the wrong sense of "arrêter".',
    source: [DAHL, RC]
  },
  {
    french: 'légitime défense',
    forms: {'legitimate defence|defense': ['self-defence']},
    notFollowedBy: ['of|against|capability|capabilities|spending|budget|needs|interests|purposes'],
    why: '"Il a agi en légitime défense" is he acted in self-defence; English law says self-defence. "Legitimate defence needs" and "legitimate defence spending" (a defence budget) are left alone.',
    source: [DAHL, RC]
  },
  {
    french: 'en état d’ivresse / imprégnation alcoolique',
    forms: {'in state of drunkenness|inebriation|ebriety|intoxication': ['drunk', 'under the influence'], 'alcoholic impregnation|impregnations': ['drunkenness', 'alcohol in the blood']},
    why: '"En état d’ivresse" is drunk (or "under the influence" at the wheel); "in state of" lacks the article English would need, and "alcoholic impregnation" is a French medico-legal term.',
    source: [DAHL, RC]
  },
  {
    french: 'contrôlé / flashé à 150 km/h',
    forms: {'controlled|flashed at': ['caught doing', 'caught at']},
    followedBy: ['# km/h|km|kph|kmh|mph|kilometres|kilometers'],
    why: '"Contrôlé (flashé) à 150 km/h" is caught doing 150 km/h; English "controlled at" a number is a thermostat’s setting, and "flashed" is the French slang for a speed camera.',
    source: [RC, OH]
  },
  {
    french: 'brigade de recherches / brigade de gendarmerie',
    forms: {'brigade of research|researches': ['investigation unit', 'criminal investigation unit'], 'brigade|brigades of gendarmerie|gendarmes': ['gendarmerie unit', 'gendarmerie post'], 'brigade of minors': ['juvenile unit']},
    why: '"La brigade de recherches de la gendarmerie" is its investigation unit, "la brigade de gendarmerie" the local gendarmerie post; "brigade of research" copies the French.',
    source: [RC, STYLE]
  },
  {
    french: 'brigade des mœurs / grand banditisme',
    forms: {
      'brigade|brigades of morals|mores|manners': ['vice squad'],
      'morals|mores brigade|brigades': ['vice squad'],
      'grand|big banditism|banditry': ['organised crime', 'serious crime'],
      'repression of banditism|banditry': ['armed robbery squad']
    },
    why: '"La brigade des mœurs" is the vice squad; "le grand banditisme" is organised (serious) crime, and "la brigade de répression du banditisme" the armed robbery squad. English banditry is highway robbery in lawless country, never "grand".',
    source: [RC]
  },
  {
    french: 'peine d’inéligibilité',
    forms: {
      'sentence|sentences|penalty|penalties of ineligibility': ['ban from public office', 'ban from standing for election'],
      'ineligibility sentence|sentences|penalty|penalties': ['ban from public office', 'ban from standing for election'],
      'years of ineligibility': ['years’ ban from public office'],
      'year of ineligibility': ['year’s ban from public office']
    },
    why: '"Une peine d’inéligibilité de cinq ans" is a five-year ban from public office (from standing for election); English "ineligibility" is a state, not a sentence a court hands down.',
    source: [DAHL, RC]
  },
  {
    french: 'non-lieu / ordonnance de non-lieu',
    forms: {
      'non-place|nonplace|no-place order|orders|ruling|rulings|decision|ordinance|judgment|judgement': ['dismissal', 'order dismissing the case'],
      'order|orders|ordinance|ruling|decision of non-place|nonplace|no-place': ['dismissal', 'order dismissing the case']
    },
    why: '"Un non-lieu" is the dismissal of a case by the investigating judge (no grounds to prosecute); "non-place" splits the French word into an English one. A place that is a non-place (an airport, in anthropology) takes no "order" or "ruling".',
    source: [DAHL, RC]
  },
  // Parliament and politics.
  {
    french: 'appeler à (la grève, manifester)',
    forms: CALL_FORMS,
    followedBy: ['strike|demonstrate|mobilise|mobilize|protest|boycott|march|vote|abstain|rally|resist|disobey|block|blockade'],
    notPrecededBy: ['is|are|was|were|be|been|being|get|got|feel|felt|feels|has|have|had|calls|call|the|a|who|workers|members|staff|employees|voters|citizens|people|not|never|they’re|they\'re|we’re|we\'re'],
    why: '"Les syndicats appellent à manifester" is "the unions are calling on people to demonstrate" (or "have called a protest"); English "call to" takes no infinitive of action for others. The passive "were called to vote" is English and left alone.',
    source: [RC, CP]
  },
  {
    french: 'en première lecture',
    forms: readingForms(),
    why: '"Adopté en première lecture" is passed at (or on) first reading; English parliaments read bills "at" a reading.',
    source: [RC, STYLE]
  },
  {
    french: 'les intentions de vote / commission mixte paritaire',
    forms: {'intention|intentions of vote': ['voting intentions'], 'mixed joint commission|committee': ['joint committee'], 'paritary|paritarian': ['joint', 'equal-representation']},
    why: '"Les intentions de vote" are voting intentions, "la commission mixte paritaire" the joint committee of both houses ("paritaire": with equal numbers from each side), which English names without "mixed" or "paritary".',
    source: [RC, STYLE]
  },
  {
    french: 'ministre des Armées',
    forms: {'minister|ministry|ministers of the? armies': ['armed forces minister', 'defence minister'], 'armies minister|ministry': ['armed forces minister', 'defence minister']},
    why: '"Le ministre des Armées" is the armed forces (defence) minister; English never says "minister of the armies".',
    source: [STYLE, RC]
  },
  {
    french: 'directeur de cabinet / cabinet de conseil',
    forms: {
      'director|directors of the? cabinet': ['chief of staff'],
      'consulting|consultancy|audit|recruitment|recruiting|accounting|advisory|architecture|architects|lawyers|notary|legal|engineering|headhunting cabinet': ['firm', 'consultancy'],
      'consulting|consultancy|audit|recruitment|recruiting|accounting|advisory|architecture|architects|lawyers|notary|legal|engineering|headhunting cabinets': ['firms', 'consultancies']
    },
    why: '"Le directeur de cabinet du ministre" is the minister’s chief of staff; "un cabinet de conseil" is a consultancy, "un cabinet d’avocats" a law firm. An English cabinet is a body of ministers or a cupboard.',
    source: [RC, STYLE]
  },
  {
    french: 'le chef de l’État',
    forms: {'head|heads of the state': ['head of state']},
    followedBy: ['$|,|.|;|and|who|emmanuel|macron|françois|francois|nicolas|jacques|has|had|is|was|will|would|said|says|announced|declared|met|spoke|visited|received|himself|herself'],
    why: '"Le chef de l’État" is the head of state; English takes no article before "state" here, and "the head of the state police" (another noun after it) is not read.',
    source: [RC, STYLE]
  },
  {
    french: 'championnat de France / coupe de France',
    forms: {'championship|championships of france': ['French championship'], 'championship|championships of europe': ['European championship'], 'cup of france': ['French Cup']},
    why: '"Le championnat de France" is the French championship, "la Coupe de France" the French Cup; English puts the country first as an adjective.',
    source: [RC, STYLE]
  },
  {
    french: 'décret d’application',
    forms: {
      'application decree': ['implementing decree'],
      'application decrees': ['implementing decrees'],
      'decree of application': ['implementing decree'],
      'decrees of application': ['implementing decrees']
    },
    why: '"Les décrets d’application" of a law are its implementing decrees (the regulations that bring it into effect); "application decree" copies the French compound.',
    source: [DAHL, RC]
  },
  // Society, health and culture.
  {
    french: 'en situation de handicap',
    forms: {'in situation|situations of handicap|disability': ['disabled', 'with disabilities']},
    why: '"Les personnes en situation de handicap" are disabled people (people with disabilities); "in situation of handicap" copies the French phrase word for word.',
    source: [RC, STYLE]
  },
  {
    french: 'laïcité / communautarisme / repli communautaire',
    forms: {'laicity|laïcity|laicite|laïcite': ['secularism'], 'communitarism': ['sectarianism', 'identity politics'], 'communitarian withdrawal|withdrawals|retreat|folding': ['withdrawal into one’s own community']},
    why: '"La laïcité" is (French) secularism; "le communautarisme" is sectarianism or identity politics; "le repli communautaire" is withdrawal into one’s own community. "Laicity" and "communitarism" are not English words (English "communitarianism" is a political philosophy).',
    source: [RC, OH, STYLE]
  },
  {
    french: 'réalisateur / plasticien / cinéaste / scénariste / publicitaire',
    forms: {
      'realisator|realizator': ['director'],
      'realisators|realizators': ['directors'],
      'plastician|plasticien': ['visual artist'],
      'plasticians|plasticiens': ['visual artists'],
      cineast: ['film-maker'],
      cineasts: ['film-makers'],
      scenarist: ['screenwriter'],
      scenarists: ['screenwriters'],
      publicitary: ['advertising']
    },
    why: '"Un réalisateur" is a (film) director, "un plasticien" a visual artist, "un cinéaste" a film-maker, "un scénariste" a screenwriter, "publicitaire" advertising; MT keeps the French stem, which is not English.',
    source: [RC, OH]
  },
  {
    french: 'les urgences (d’un hôpital)',
    forms: {'to|at the emergencies': ['to A&E', 'to the emergency department']},
    followedBy: CLAUSE_GOES_ON,
    why: '"Admis aux urgences" is taken to A&E (the emergency room); English "emergencies" are events, not a hospital department.',
    source: [RC, OH]
  },
  {
    french: 'médecins libéraux',
    forms: {'liberal doctor|doctors|physician|physicians|nurse|nurses|practitioner|practitioners|dentists|physiotherapists|midwives|medicine': ['doctors in private practice', 'independent doctors']},
    why: '"Les médecins libéraux" are doctors in private practice; English "liberal" before a profession reads as a political leaning.',
    source: [RC, OH]
  },
  {
    french: 'arrêt de travail (prescrit par un médecin)',
    forms: {'work stoppage|stoppages': ['sick leave', 'sick note']},
    precededBy: ['prescribe|prescribed|prescribes|prescribing a?'],
    why: '"Un arrêt de travail" prescribed by a doctor is sick leave (a sick note, a fit note); English "work stoppage" is a strike, which a doctor does not prescribe.',
    source: [RC]
  },
  // Connectives, quantities and times.
  {
    french: 'sans pour autant',
    forms: {'without however|nevertheless': ['without necessarily', 'though without'], 'without for all that': ['without necessarily'], 'without for as|that much': ['without necessarily']},
    why: '"Sans pour autant renoncer" is "without necessarily giving up" (or "though without giving up"); English sets "however" off with commas, and "without for all that" is the French word order.',
    source: [CP, RC]
  },
  {
    french: 'une petite centaine / une petite dizaine',
    forms: smallNumberForms(),
    notFollowedBy: ['-|–|dollar|dollars|pound|pounds|euro|euros|year|metre|meter|point|percent|yards|feet'],
    why: '"Une petite centaine de personnes" is just under a hundred people; "a small hundred" copies the French diminutive of approximation.',
    source: [RC, SWAN]
  },
  {
    french: 'à l’aube',
    forms: {'at the dawn|daybreak': ['at dawn', 'at daybreak']},
    followedBy: ['$|,|.|;|on|when|police|gendarmes|investigators|and|as|after|before|while|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this|the|a|an|he|she|they|we|i|troops|officers'],
    why: '"À l’aube" is "at dawn"; English drops the article except in "the dawn of" (a beginning), which is not read.',
    source: [SWAN, RC]
  },
  {
    french: 'sur Internet',
    forms: {'on|via|through internet': ['on the internet', 'online']},
    followedBy: ['$|,|.|;|:|and|or|where|since|for|to|in|on|at|by|with|after|before|when|while|that|which|the|a|an|he|she|they|it|we|you|his|her|their|its'],
    why: '"Sur Internet" has no article in French; English says "on the internet" (or "online"). Only where the phrase ends, so "on Internet Explorer" and "via internet banking" are left alone.',
    source: [SWAN, STYLE]
  }
]
