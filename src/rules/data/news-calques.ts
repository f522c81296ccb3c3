/**
 * Calques of French news, court, police and politics reporting, and of everyday French
 * grammar that machine translation carries into English news copy. Same shape and pattern
 * syntax as src/rules/data/calques.ts (which spreads this list into its own); kept apart
 * because these come from one register and are reviewed together.
 *
 * Every entry is written from the French expression (dictionaries and translation manuals
 * below), never from evaluation data. Where the English words also have a native sense, the
 * conditions name the neighbours that only the French sense takes; `bench/native-prose.ts`
 * checks that the entries stay silent on native English prose.
 */
import type {CalqueEntry} from './calques.js'

const VD = 'Vinay & Darbelnet, Stylistique comparée du français et de l’anglais (Didier, 1958)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const TE = 'Thody & Evans, Faux Amis and Key Words (Athlone, 1985)'
const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const EU = 'Gardner, Misused English words and expressions in EU publications (European Court of Auditors, 2013)'
const STYLE = 'The Guardian and Observer style guide; Reuters Handbook of Journalism (for the English terms of French institutions)'
const VR = 'Van Roey, Granger & Swallow, Dictionnaire des faux amis français-anglais (Duculot, 1988/1998)'

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'

/** Offences that French "pour" introduces after an investigation, a prosecution or a conviction. */
const OFFENCES = [
  'murder', 'murders', 'manslaughter', 'homicide', 'fraud', 'corruption', 'rape', 'theft', 'embezzlement',
  'assault', 'harassment', 'complicity', 'terrorism', 'defamation', 'laundering', 'money laundering',
  'misappropriation', 'favouritism', 'favoritism', 'insider trading', 'breach of trust', 'abuse of',
  'aggravated', 'attempted', 'involuntary', 'voluntary', 'kidnapping', 'sexual', 'criminal association',
  'influence peddling', 'tax evasion', 'tax fraud', 'endangering', 'failure to assist', 'forgery',
  'extortion', 'trafficking', 'drug trafficking', 'acts of', 'incitement', 'illegal', 'armed robbery'
]

/** What a number of "millions/billions of" counts in a French text: "deux millions d’euros". */
const CURRENCY_UNITS = ['euros', 'dollars', 'francs', 'pounds', 'yuan', 'roubles', 'rubles', 'tonnes', 'barrels']

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/**
 * Counts written in figures that news puts before "first", "last" and "next": days of a month,
 * hours of a news cycle ("the last 24 hours"), round numbers of years.
 */
const NUMBER_FIGURES = [...Array.from({length: 30}, (_, index) => String(index + 2)), '36', '40', '48', '50', '60', '72', '100']

/**
 * "les deux premiers jours" → "the first two days", "les trois prochaines semaines" → "the next
 * three weeks", "les 20 dernières années" → "the last 20 years": French puts the number before
 * the ordinal or "prochains", in words or in figures.
 */
function numberOrderForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const number of [...NUMBER_WORDS, ...NUMBER_FIGURES]) {
    forms[`the ${number} first`] = [`the first ${number}`]
    forms[`the ${number} last`] = [`the last ${number}`]
    forms[`the ${number} next`] = [`the next ${number}`]
  }
  return forms
}

/** Verbs and words before "a quarantine of" that make it the isolation, English as written. */
const QUARANTINE_VERBS =
  'impose|imposed|imposes|imposing|order|ordered|orders|ordering|enforce|enforced|enforces|enforcing|lift|lifted|lifts|lifting|announce|announced|announces|require|required|requires|mandate|mandated|mandatory|strict|compulsory|forced|under|into|during|after|end|ended|ends|implement|implemented|declare|declared|extend|extended|recommend|recommended|introduce|introduced|total|full|partial|weeks-long|month-long'

/** People a French "quarantaine de" counts in news copy. */
const QUARANTINE_COUNTED =
  'people|persons|individuals|demonstrators|protesters|police|officers|gendarmes|firefighters|soldiers|victims|dead|wounded|injured|journalists|deputies|mps|senators|mayors|candidates|members|employees|activists|youths|rioters|migrants|students|pupils|children|families|residents'

/** What follows the count when it is the subject or the end of a French clause ("une quarantaine de personnes ont…"). */
const QUARANTINE_GOES_ON =
  '$|.|;|were|are|have|had|died|gathered|took|attended|marched|demonstrated|protested|rallied|signed|joined|came|turned|remain|remained|lost|suffered|responded|answered|according'

/** Offences a French "plainte contre X pour …" names, one word each. */
const COMPLAINT_OFFENCES =
  'murder|manslaughter|homicide|fraud|corruption|rape|theft|embezzlement|assault|harassment|complicity|defamation|endangering|involuntary|voluntary|aggravated|attempted|forgery|extortion|kidnapping|sexual|poisoning|negligence|swindling|violence|insult|insults|threats|breach|misappropriation|concealment|obstruction|failure|injuries|wounding|deception|abuse'

/**
 * Verbs that French puts in an incise after a quotation, subject after the verb ("« … », a
 * réagi le ministre"), and English inverts only with "said" and a few verbs of saying ("said
 * the minister", "asked", "added", "replied", "wrote"). Machine translation keeps the French
 * verb in the French order: "“…,” reacted the minister". Only verbs that take no direct object
 * are listed: after a quoted title a transitive one is the title's verb ("The report, titled
 * “Our Future,” details the plans"), which no check of the words around it can tell apart.
 */
const INCISE_VERBS = ['reacted', 'reacts', 'rejoiced', 'rejoices']

/** "Said" or "says", as the incise verb is past or present. */
function inciseForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const verb of INCISE_VERBS) forms[verb] = [verb.endsWith('ed') ? 'said' : 'says']
  return forms
}

export const newsCalques: CalqueEntry[] = [
  {
    french: 'dans la nuit de mardi à mercredi',
    forms: {'to|at': ['into']},
    precededBy: [`night of|from ${WEEKDAYS}`],
    followedBy: [WEEKDAYS],
    why: 'French news dates a night by both days ("la nuit de mardi à mercredi"); English says "overnight Tuesday into Wednesday" or "on Tuesday night". Only the "to" between two weekdays after "night of" is flagged.',
    source: [RC, STYLE]
  },
  {
    french: 'prison ferme',
    forms: {
      'firm prison|jail|imprisonment|sentence': ['prison', 'an unsuspended sentence'],
      'years firm': ['years in prison', 'years without remission'],
      'months firm': ['months in prison', 'months without remission']
    },
    why: '"Ferme" (not suspended) is rendered "firm"; English speaks of a prison term or an unsuspended sentence.',
    source: [RC]
  },
  {
    french: 'avec sursis',
    forms: {'with reprieve': ['suspended']},
    why: '"Six mois avec sursis" is a six-month suspended sentence; "reprieve" is a stay of execution.',
    source: [RC, TE]
  },
  {
    french: 'condamné à (une peine)',
    forms: {'condemned to': ['sentenced to']},
    followedBy: ['# years|months|weeks|days', 'a|an year|month|fine|suspended|prison|jail|life|community', 'life imprisonment', 'prison', 'jail', 'pay'],
    why: 'A court "condamne à cinq ans": English courts sentence someone to a term; "condemned to" is for fates ("condemned to repeat it"), which the condition on a sentence keeps.',
    source: [RC, TE]
  },
  {
    french: 'condamné pour',
    forms: {'condemned for': ['convicted of']},
    followedBy: OFFENCES,
    why: 'A court "condamne pour fraude": English convicts of an offence; "condemned for" means criticised.',
    source: [RC]
  },
  {
    french: 'poursuivi pour',
    forms: {'pursued for': ['prosecuted for', 'charged with']},
    precededBy: ['is|was|were|are|be|been|being'],
    followedBy: OFFENCES,
    why: '"Poursuivre" is also to prosecute; English "pursued for" is chased, which only an offence after it rules out.',
    source: [RC, TE]
  },
  {
    french: 'des poursuites (judiciaires)',
    forms: {'judicial|criminal|disciplinary pursuits': ['proceedings', 'legal action'], 'pursuits against': ['proceedings against', 'prosecution of']},
    why: '"Les poursuites" are proceedings or a prosecution; English "pursuits" are pastimes, so only a legal adjective before it or "against" after it is flagged.',
    source: [RC, TE]
  },
  {
    french: 'l’auteur de l’attaque',
    forms: {'author|authors of': ['perpetrator of', 'person responsible for']},
    followedBy: ['the|an|a|these|this|those attack|attacks|shooting|shootings|shots|murder|murders|killing|killings|crime|crimes|assault|assaults|aggression|aggressions|stabbing|stabbings|robbery|robberies|theft|thefts|facts|acts|offence|offences|rape|rapes|massacre|bombing|bombings|violence'],
    notFollowedBy: ['the|a|an murder|crime mystery|mysteries|novel|novels|story|stories|fiction|series'],
    why: 'French "auteur" is also a perpetrator; an English author writes books, so only a crime after "of" is flagged.',
    source: [RC, TE]
  },
  {
    french: 'les faits (se sont déroulés)',
    forms: {'the facts': ['the events', 'the incident', 'the offences']},
    followedBy: ['occurred', 'took place', 'happened', 'date back', 'dated back', 'date from', 'go back', 'went back', 'unfolded'],
    why: 'In French court reporting "les faits" are the events of a case; English facts are true statements and do not "take place".',
    source: [RC, CP]
  },
  {
    french: 'les forces de l’ordre',
    forms: {'forces of the? order': ['police', 'security forces'], 'force of order': ['police']},
    why: 'English says "police" or "security forces"; "forces of law and order" is English and not matched.',
    source: [RC, STYLE]
  },
  {
    french: 'garde à vue',
    forms: {'guard to|at view|sight': ['police custody'], 'view guard': ['police custody']},
    why: '"Garde à vue" is police custody; the literal rendering is meaningless.',
    source: [RC]
  },
  {
    french: 'juge d’instruction',
    forms: {'judge|judges of instruction': ['investigating judge'], 'instruction judge|judges': ['investigating judge']},
    why: 'The French magistrate who runs an investigation is an "investigating judge" in English.',
    source: [RC, STYLE]
  },
  {
    french: 'ouvrir une information judiciaire',
    forms: {'judicial information': ['judicial investigation']},
    precededBy: ['a|an|the'],
    followedBy: ['$', ',', '.', 'for', 'into', 'on', 'was', 'has', 'had', 'is', 'against', 'opened'],
    why: '"Une information judiciaire" is a judicial investigation; English "information" is never an inquiry.',
    source: [RC]
  },
  {
    french: 'procureur de la République',
    forms: {'prosecutor|procurator of the republic': ['public prosecutor']},
    notFollowedBy: ['of'],
    why: 'The French title is rendered word for word; English says "public prosecutor" (or "the Paris prosecutor").',
    source: [RC, STYLE]
  },
  {
    french: 'le parquet (de Paris, national financier)',
    forms: {
      'parquet': ['prosecutor’s office'],
      'financial|anti-terrorist|antiterrorist|anti-terrorism|terrorism parquet': ['prosecutor’s office']
    },
    precededBy: ['the|paris|marseille|lyon|nanterre|bobigny|créteil|lille|toulouse|bordeaux|nice|strasbourg|rennes|nantes|grenoble|montpellier|national|financial|anti-terrorist|antiterrorist|anti-terrorism|terrorism', '^'],
    followedBy: ['said', 'announced', 'opened', 'indicated', 'requested', 'asked', 'decided', 'confirmed', 'appealed', 'has|had opened|announced|requested|asked|decided|appealed|indicated|said', 'national financial', 'for terrorism', 'of paris', 'de paris'],
    why: '"Le parquet" is the prosecution service; English parquet is a wooden floor, which no verb of announcing follows.',
    source: [RC, TE]
  },
  {
    french: 'tribunal correctionnel',
    forms: {'correctional court|courts|tribunal|tribunals': ['criminal court']},
    why: 'The French criminal court for offences is a "criminal court"; English "correctional" belongs to prisons.',
    source: [RC, STYLE]
  },
  {
    french: 'porter plainte / déposer plainte',
    forms: {
      'carry|deposit|depose complaint': ['file a complaint'],
      'carries|deposits complaint': ['files a complaint'],
      'carried|deposited|deposed complaint': ['filed a complaint'],
      'carrying|depositing complaint': ['filing a complaint'],
      'deposit|depose a complaint|complaints': ['file a complaint'],
      'deposited|deposed a complaint|complaints': ['filed a complaint'],
      'depositing a complaint|complaints': ['filing a complaint']
    },
    why: 'French "porte" or "dépose" a complaint; English files or lodges one.',
    source: [RC, CP]
  },
  {
    french: 'n’a pas pu être joint',
    forms: {"could not|n't be joined": ['could not be reached'], "couldn't be joined": ['could not be reached'], 'cannot be joined': ['cannot be reached'], 'was|were not joinable': ['was not reachable', 'was unavailable for comment']},
    precededBy: ['he|she|they|ministry|company|lawyer|lawyers|spokesman|spokeswoman|spokesperson|office|mayor|minister|group|firm|entourage|family|police|prefecture|club|union|party|authorities'],
    why: '"Joindre quelqu’un" is to reach someone by phone; in English people are not "joined". Only a person or an organisation before it is flagged, so that tables that cannot be joined stay alone.',
    source: [RC, TE]
  },
  {
    french: 'selon nos informations / selon les informations de',
    forms: {'according to our information|informations': ['according to our sources', 'we have learned'], 'according to the information|informations of': ['according to', 'as reported by'], 'according to informations': ['according to reports']},
    why: 'A French outlet’s "selon nos informations" is "we have learned" or "according to our sources"; "information" is uncountable and has no owner in English news style.',
    source: [RC, STYLE]
  },
  {
    french: 'au micro de',
    forms: {'at|to|on the microphone|micro|mic of': ['speaking to', 'in an interview with']},
    why: '"Au micro de France Inter" means speaking on that radio; English has no "microphone of" a station.',
    source: [RC]
  },
  {
    french: 'sur l’antenne de',
    forms: {'on|at the antenna|antennas of': ['on', 'speaking on']},
    why: '"Sur l’antenne de RTL" is "on RTL"; English "antenna" is the aerial.',
    source: [RC, TE]
  },
  {
    french: 'dans une interview au',
    forms: {'in an interview granted? to': ['in an interview with']},
    why: 'The French interview is "given to" a newspaper ("accordée au"); English news writes "in an interview with".',
    source: [RC, SWAN]
  },
  {
    french: 'invité de (une émission)',
    forms: {'invited of': ['guest on', 'speaking on']},
    why: '"L’invité de la matinale" is the guest on the morning show; "invited of" is not English.',
    source: [RC]
  },
  {
    french: 'en l’occurrence',
    forms: {'in the occurrence': ['in this case', 'as it happens']},
    why: 'Word-for-word "en l’occurrence" (in this case).',
    source: [CP, RC]
  },
  {
    french: 'en ce qui concerne',
    forms: {'in|for what concerns': ['as regards', 'as for', 'regarding'], 'in that which concerns': ['as regards'], 'as for what concerns': ['as for']},
    why: '"En ce qui concerne" is "as regards"; the relative clause "what concerns" copies the French.',
    source: [CP, VD]
  },
  {
    french: 'au même titre que',
    forms: {'at|with|by the same title as': ['in the same way as', 'just like']},
    why: '"Au même titre que" is "in the same way as"; "title" has no such sense in English.',
    source: [CP]
  },
  {
    french: 'par l’intermédiaire de',
    forms: {'by the intermediary|intermediate of': ['through', 'via']},
    why: 'English says "through" or "through the intermediary of"; "by the intermediary of" copies "par".',
    source: [CP]
  },
  {
    french: 'en revanche (en tête de phrase)',
    forms: {'in revenge': ['on the other hand', 'however']},
    precededBy: ['^'],
    followedBy: [','],
    why: '"En revanche" is "on the other hand"; "revanche" also means revenge, which MT picks. Only "In revenge," opening a sentence is flagged.',
    source: [TE, CP]
  },
  {
    french: 'par contre',
    forms: {'by against': ['on the other hand', 'however']},
    why: '"Par contre" (on the other hand) rendered word for word.',
    source: [CP, TE]
  },
  {
    french: 'de son côté',
    forms: {'on his side': ['for his part'], 'on her side': ['for her part'], 'on its side': ['for its part'], 'on their side': ['for their part']},
    precededBy: ['^'],
    followedBy: [','],
    why: '"De son côté," opening a sentence is "for his part,"; English "on his side" is a position or an ally, and only the sentence-opening use with a comma is flagged.',
    source: [CP, RC]
  },
  {
    french: 'se prononcer (pour, contre, sur)',
    forms: {'pronounce|pronounced|pronounces|pronouncing himself|herself|itself|themselves': ['come out', 'express a view']},
    followedBy: ['on', 'in favour', 'in favor', 'against', 'for'],
    why: '"Se prononcer pour" is to come out in favour of; English "pronounced himself satisfied" is left alone because only a preposition after it is flagged.',
    source: [RC, CP]
  },
  {
    french: 'faire face à',
    forms: {'make|makes|made|making face to': ['face', 'deal with']},
    why: 'Word-for-word "faire face à"; English simply faces something.',
    source: [CP]
  },
  {
    french: 'prendre la tête de',
    forms: {'take|takes|took|taken|taking the head of': ['take over', 'lead', 'head']},
    notFollowedBy: ['the table', 'the queue', 'the line', 'the bed', 'the stairs', 'the column'],
    why: '"Prendre la tête de" is to lead or take over; "take the head of" is literal (a table, a queue), which the exclusions keep.',
    source: [CP, RC]
  },
  {
    french: 'passer à l’acte',
    forms: {'pass|passes|passed|passing|moved|move|went|go to the act': ['act', 'carry it out', 'commit the act']},
    why: '"Passer à l’acte" is to act (carry out a threat, an attack); the literal phrase is not English.',
    source: [RC, CP]
  },
  {
    french: 'faire le buzz',
    forms: {'make|makes|made|making|do|does|did|doing the buzz': ['create a buzz', 'go viral']},
    why: 'French uses the article; English creates a buzz.',
    source: [RC]
  },
  {
    french: 'mettre en examen',
    forms: {
      'put|placed in examination': ['charged', 'placed under formal investigation'],
      'puts|places in examination': ['charges', 'places under formal investigation'],
      'putting|placing in examination': ['charging', 'placing under formal investigation']
    },
    why: '"Mis en examen" is charged (placed under formal investigation); English examination is a test.',
    source: [RC, STYLE]
  },
  {
    french: 'mettre en cause',
    forms: {
      'put|placed in cause': ['implicated', 'called into question'],
      'puts|places in cause': ['implicates', 'calls into question'],
      'putting|placing in cause': ['implicating', 'calling into question']
    },
    why: '"Mettre en cause" is to implicate someone or call something into question.',
    source: [CP, RC]
  },
  {
    french: 'mettre en relation',
    forms: {'put|puts|putting in relation': ['put in touch', 'connect']},
    notFollowedBy: ['to'],
    why: '"Mettre en relation avec" is to put in touch with.',
    source: [CP]
  },
  {
    french: 'mettre à disposition',
    forms: {'put|puts|putting|placed at|to disposal|disposition': ['make available'], 'put|puts|putting|placed at the disposition of': ['make available to']},
    why: 'English "at someone’s disposal" needs the possessor; "put at disposal" copies "mettre à disposition".',
    source: [EU, CP]
  },
  {
    french: 'faire le tour de',
    forms: {'make|makes|made|making the tour of': ['tour', 'go round'], 'do|does|did|doing the tour of': ['tour', 'go round']},
    why: 'English goes round or tours a place, or makes "a" tour of it.',
    source: [CP]
  },
  {
    french: 'le port du masque / d’armes',
    forms: {'the port of': ['the wearing of', 'the carrying of']},
    followedBy: ['the|a? mask|masks|veil|veils|headscarf|headscarves|helmet|helmets|weapon|weapons|arms|seatbelt|seatbelts|burqa|burka|burkini|niqab|uniform|uniforms|badge|badges|gun|guns|knife|knives'],
    why: '"Le port du masque" is wearing a mask, "port d’armes" carrying weapons; an English port is a harbour.',
    source: [RC, TE]
  },
  {
    french: 'la (réforme des) retraite(s)',
    forms: {'retreat|retreats': ['retirement', 'pension']},
    followedBy: ['reform', 'reforms', 'age', 'system', 'systems', 'fund', 'funds', 'scheme', 'schemes', 'pension', 'pensions', 'benefits'],
    why: '"Retraite" is both retirement and a retreat; before "reform" or "age" it is the pension.',
    source: [RC, TE]
  },
  {
    french: 'âge de départ à la retraite',
    forms: {'age of the? retreat': ['retirement age']},
    why: 'Same "retraite" read as a military retreat.',
    source: [RC]
  },
  {
    french: 'premier / second tour (d’une élection)',
    forms: {'first|second turn': ['first round', 'second round'], 'two turns': ['two rounds']},
    followedBy: ['of the? presidential|legislative|legislatives|municipal|municipals|regional|european|election|elections|vote|ballot|scrutiny|primary|primaries|poll|polls', 'of voting'],
    why: 'An election "tour" is a round; "turn" belongs to games. Only before an election word is it flagged.',
    source: [RC, STYLE]
  },
  {
    french: 'entre les deux tours',
    forms: {'two turns': ['two rounds']},
    precededBy: ['between the'],
    why: 'The two rounds of a French election, rendered as "turns".',
    source: [RC]
  },
  {
    french: 'les législatives / présidentielles / municipales',
    forms: {
      'legislatives': ['parliamentary elections'],
      'presidentials': ['presidential election'],
      'senatorials': ['Senate elections'],
      'cantonals': ['local elections'],
      'the municipals': ['the local elections', 'the municipal elections']
    },
    why: 'French names an election by its adjective in the plural; English needs "elections".',
    source: [RC, STYLE]
  },
  {
    french: 'motion de censure',
    forms: {'motion|motions of censure': ['no-confidence motion', 'censure motion']},
    why: 'English news says "no-confidence motion" (or "censure motion").',
    source: [RC, STYLE]
  },
  {
    french: 'l’hémicycle',
    forms: {'hemicycle': ['chamber']},
    precededBy: ['the'],
    why: 'The French Assembly’s "hémicycle" is "the chamber" in English news.',
    source: [RC, STYLE]
  },
  {
    french: 'le locataire de l’Élysée / de Matignon',
    forms: {
      'tenant of the elysee|élysée|elysée palace?': ['French president', 'occupant of the Élysée'],
      'tenant of matignon': ['prime minister'],
      'tenant of the kremlin': ['Russian president'],
      'tenant of the white house': ['US president']
    },
    why: 'French journalese names a leader by the palace he "rents"; English names the office.',
    source: [RC, STYLE]
  },
  {
    french: 'chef de la diplomatie',
    forms: {'head|chief of the? french|american|us|russian|ukrainian|german|british|european|eu|chinese|israeli|iranian|italian|spanish|turkish|algerian|moroccan|belgian|swiss|canadian? diplomacy': ['foreign minister', 'top diplomat']},
    why: '"Le chef de la diplomatie française" is the French foreign minister; English does not head "diplomacy".',
    source: [RC, STYLE]
  },
  {
    french: 'le chef du gouvernement',
    forms: {'the head of the government': ['the prime minister']},
    notFollowedBy: ['of'],
    why: '"Le chef du gouvernement" is the prime minister; English says "head of government" without the article, or names the office.',
    source: [RC, STYLE]
  },
  {
    french: 'extrême droite / extrême gauche',
    forms: {'extreme right': ['far right'], 'extreme left': ['far left'], 'extreme-right': ['far-right'], 'extreme-left': ['far-left']},
    followedBy: ['$', ',', '.', 'party', 'parties', 'candidate', 'candidates', 'leader', 'leaders', 'politician', 'politicians', 'movement', 'movements', 'group', 'groups', 'activist', 'activists', 'militant', 'militants', 'voters', 'vote', 'electorate', 'mp', 'mps', 'deputy', 'deputies', 'mayor', 'figure', 'figures', 'rally', 'has', 'have', 'won', 'ideas', 'ideology', 'newspaper', 'magazine', 'website'],
    notPrecededBy: ['to the', 'at the', 'on the', 'in the', 'of the'],
    why: 'English political reporting says "far right"; "extreme right" copies "extrême droite". A place on a page or screen ("to the extreme right") is left alone.',
    source: [STYLE, RC]
  },
  {
    french: 'les responsables / responsable de',
    forms: {'responsibles': ['officials', 'those responsible'], 'responsible of': ['responsible for', 'in charge of']},
    why: '"Les responsables" are officials (English "responsible" is an adjective, with no plural); "responsable de" is "responsible for".',
    source: [RC, SWAN]
  },
  {
    french: 'les élus (locaux)',
    forms: {'elected': ['elected officials', 'elected representatives']},
    precededBy: ['local', 'municipal', 'regional', 'the', 'opposition', 'many', 'several'],
    followedBy: ['$', ',', '.', 'of', 'who', 'have', 'are', 'were', 'had', 'from', 'voted', 'say', 'said'],
    why: 'French uses "les élus" as a noun; English needs "elected officials". Only "elected" standing alone as a noun after a determiner is flagged.',
    source: [RC, STYLE]
  },
  {
    french: 'l’intéressé',
    forms: {'the interested': ['the person concerned', 'he', 'she']},
    followedBy: [',', '.', '$', 'has', 'had', 'was', 'is', 'himself', 'herself', 'said', 'denies', 'denied', 'who', 'did'],
    why: '"L’intéressé" is the person concerned; English "interested" is an adjective ("the interested reader"), which a following noun keeps.',
    source: [RC, TE]
  },
  {
    french: 'chiffre d’affaires',
    forms: {'figure|figures of affairs|business': ['turnover', 'revenue']},
    notPrecededBy: ['leading', 'key', 'prominent', 'major', 'public', 'top', 'senior', 'important', 'a', 'well-known', 'famous', 'influential'],
    why: 'The accounting term is turnover or revenue; "figure of business" is word for word.',
    source: [RC]
  },
  {
    french: 'deux millions d’euros',
    forms: {'millions|billions of': ['million', 'billion']},
    precededBy: ['#'],
    followedBy: CURRENCY_UNITS,
    why: 'After a number English uses "million"/"billion" without -s and without "of" ("two million euros").',
    source: [SWAN]
  },
  {
    french: 'le double de / le triple de',
    forms: {'the double of': ['twice', 'double'], 'the triple of': ['three times', 'triple']},
    followedBy: ['the', 'what', 'that', 'its', 'their', 'his', 'her', '#', 'last', 'previous'],
    why: '"Le double de" is "twice"; English "the double of" is a lookalike person.',
    source: [SWAN, CP]
  },
  {
    french: 'la quasi-totalité / l’ensemble de',
    forms: {'the quasi-totality of': ['almost all of', 'nearly all of'], 'the quasi totality of': ['almost all of', 'nearly all of'], 'the ensemble of': ['all of', 'the whole of']},
    followedBy: ['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'french', 'european'],
    why: '"La quasi-totalité des" is "almost all"; "l’ensemble des" is "all the". English "ensemble" is a group of performers or of models, which takes no determiner after "of".',
    source: [CP, EU]
  },
  {
    french: 'pendant + durée',
    forms: {'during': ['for']},
    followedBy: ['# years|months|weeks|days|hours|decades', 'several|many years|months|weeks|decades'],
    notFollowedBy: ['# years|months|weeks|days|hours|decades of|in|that|when|which|before|after|following|since|ago'],
    why: '"Pendant deux ans" is "for two years"; English "during" takes a named period ("during the war"), not a bare length of time.',
    source: [SWAN]
  },
  {
    french: 'en plein cœur de / en pleine crise',
    forms: {'in full heart|centre|center|middle of': ['in the heart of', 'right in the middle of'], 'in full': ['in the middle of', 'at the height of']},
    followedBy: ['crisis', 'war', 'campaign', 'pandemic', 'negotiations', 'summer', 'winter', 'heatwave', 'election', 'electoral', 'recession', 'storm', 'street', 'day', 'night', 'heart', 'centre', 'center', 'middle', 'preparation', 'preparations', 'reform', 'negotiation', 'debate', 'controversy', 'scandal', 'turmoil'],
    why: '"En plein/pleine" is "in the middle of" or "at the height of"; "in full" before a noun of time or place copies it. "In full view/swing/force" stay English (not in the list).',
    source: [CP, VD]
  },
  {
    french: 'âgé de',
    forms: {'aged of': ['aged']},
    followedBy: ['#'],
    why: '"Âgé de 45 ans"; English "aged 45" takes no preposition.',
    source: [SWAN]
  },
  {
    french: 'gaz lacrymogène',
    forms: {
      'lacrymogenic|lachrymogenic|lacrimogenic|lacrymogen gas|gases': ['tear gas'],
      'lacrymogenic|lachrymogenic|lacrimogenic|lacrymogen grenade|grenades|canister|canisters': ['tear gas canister'],
      'lacrymogenic|lachrymogenic|lacrimogenic|lacrymogen': ['tear gas']
    },
    why: 'The English term is "tear gas"; "lacrymogenic" copies "lacrymogène".',
    source: [RC]
  },
  {
    french: 'pronostic vital engagé',
    forms: {
      'vital prognosis is|was|remains|remained engaged|committed|involved': ['life is in danger', 'condition is life-threatening'],
      'vital prognosis is|was|remains|remained not engaged|committed|involved': ['life is not in danger'],
      'vital prognosis': ['life', 'chances of survival']
    },
    why: '"Son pronostic vital est engagé" means his life is in danger; neither "vital prognosis" nor "engaged" is the English idiom.',
    source: [RC, TE]
  },
  {
    french: 'en urgence absolue / relative',
    forms: {'in absolute emergency|urgency': ['critically injured', 'in a critical condition'], 'in relative emergency|urgency': ['less seriously injured']},
    why: 'French triage categories; English news says "critically" or "less seriously injured".',
    source: [RC]
  },
  {
    french: 'blessés légers',
    forms: {'light wounded|injured': ['slightly injured', 'lightly injured']},
    why: 'The adverb is needed in English ("slightly injured"); "light wounded" copies "blessés légers".',
    source: [RC, SWAN]
  },
  {
    french: 'un bilan provisoire / un lourd bilan',
    forms: {'provisional balance': ['provisional toll'], 'heavy balance': ['heavy toll']},
    followedBy: ['$', ',', '.', 'of', 'is', 'was', 'stands', 'stood', 'has', 'had', 'rose', 'reached'],
    why: 'A "bilan provisoire" or "lourd bilan" of a disaster is its toll; English "balance" is an equilibrium or an account.',
    source: [RC, TE]
  },
  {
    french: 'le bilan (humain)',
    forms: {'the balance': ['the toll', 'the death toll'], 'human balance': ['death toll']},
    followedBy: [
      'of the|this|that? attack|attacks|accident|fire|earthquake|flood|floods|flooding|storm|explosion|crash|collision|clashes|epidemic|shooting|avalanche|cyclone|hurricane|heatwave|disaster|bombing|bombings|riots',
      'is|was|stands|stood|rose|rises|risen|reached|climbed|climbs|has|had at|to|risen|now|reached? # dead|deaths|killed|injured|wounded|victims|people|fatalities|casualties|lives'
    ],
    notPrecededBy: ['on', 'in', 'off', 'trial', 'account', 'bank', 'strike', 'right', 'fine', 'delicate', 'careful', 'work-life', 'the'],
    why: '"Le bilan" of a disaster is its toll; English "balance" is an equilibrium or an account, which "on balance", a bank balance and the like keep. Only a disaster or a number of victims after it is flagged.',
    source: [RC, TE]
  },
  {
    french: 'les secours (sont arrivés)',
    forms: {'the rescues': ['the emergency services', 'rescuers']},
    followedBy: ['arrived', 'were', 'have', 'had', 'quickly', 'intervened', 'could', 'managed', 'found', 'tried', 'rushed', 'said', 'are', 'came'],
    why: '"Les secours" are the emergency services; English "rescues" are acts of rescuing.',
    source: [RC]
  },
  {
    french: 'circulation (routière)',
    forms: {'circulation': ['traffic']},
    precededBy: ['the'],
    followedBy: [
      'is|was|has|will|remains|remained|had been|be? interrupted|cut|disrupted|blocked|restored|resumed|diverted|slowed|suspended|reopened|closed|impossible|difficult|perturbed|paralysed|paralyzed|heavy|dense|jammed',
      'of trains|vehicles|cars|lorries|trucks|buses|metros|trams|heavy',
      'on the? road|roads|motorway|motorways|highway|bridge'
    ],
    why: 'French "circulation" is road traffic; English circulation is of blood, air or newspapers, which the vehicles and traffic verbs after it rule out.',
    source: [RC, TE]
  },
  {
    french: 'circulation routière',
    forms: {'road circulation': ['road traffic']},
    why: '"La circulation routière" is road traffic.',
    source: [RC]
  },
  {
    french: 'trafic perturbé',
    forms: {'perturbed': ['disrupted']},
    precededBy: ['traffic|circulation|transport|transports|services|trains|flights|lines|metro|rail is|was|are|were|be|been|remains|remain|remained', 'traffic|circulation|transport|transports|services|trains|flights|lines|metro|rail is|was|are|were|be|been|remains|remain|remained heavily|strongly|very|severely|seriously|highly'],
    why: '"Le trafic est perturbé" is disrupted; English "perturbed" is worried (people) or a physics term, which only a traffic word before it rules out.',
    source: [RC, TE]
  },
  {
    french: 'perturbé (avant le nom)',
    forms: {'perturbed traffic|circulation|trains|flights|transport|transports': ['disrupted traffic', 'disrupted services']},
    why: 'Same "perturbé" before a traffic noun.',
    source: [RC, TE]
  },
  {
    french: 'des perturbations (sur le réseau)',
    forms: {'perturbations|perturbation': ['disruption']},
    followedBy: ['on the? roads|rail|railway|railways|motorway|motorways|metro|rer|tramway|sncf|ratp|trains', 'in the? traffic', 'to traffic|trains|flights'],
    why: 'Transport "perturbations" are disruption; English perturbation is a physics or mathematics term, which only a transport word after it rules out.',
    source: [RC, TE]
  },
  {
    french: 'dégradations matérielles',
    forms: {'material degradation|degradations': ['damage to property', 'vandalism']},
    why: '"Des dégradations" is damage or vandalism; English degradation is a process of decline.',
    source: [RC, TE]
  },
  {
    french: 'commissariat (de police)',
    forms: {'police commissariat|commissariats': ['police station'], 'commissariat|commissariats': ['police station']},
    precededBy: ['to the', 'at the', 'in the', 'outside the', 'a', 'local', 'police', 'nearest', 'from the'],
    why: 'A French "commissariat" is a police station; English "commissariat" is a military supply department.',
    source: [RC, TE]
  },
  {
    french: 'chaîne de télévision / émission',
    forms: {'television|tv chain|chains': ['television channel'], 'television|tv emission|emissions': ['television programme', 'TV show'], 'radio|television|tv animator|animators': ['presenter', 'host']},
    why: 'A TV "chaîne" is a channel, an "émission" a programme, an "animateur" a presenter; the English chain, emission and animator are other things.',
    source: [RC, TE]
  },
  {
    french: 'collectivités locales / territoriales',
    forms: {'local|territorial collectivity|collectivities': ['local authorities', 'local government']},
    why: 'French local government bodies are "local authorities" in English.',
    source: [RC, EU]
  },
  {
    french: 'saluer (une décision)',
    forms: {'salute|salutes': ['welcome', 'hail'], saluted: ['welcomed', 'hailed'], saluting: ['welcoming', 'hailing']},
    followedBy: ['the|a|this decision|announcement|agreement|initiative|adoption|vote|release|appointment|decisions'],
    why: '"Saluer une décision" is to welcome it; English salutes people and their courage, not decisions.',
    source: [RC, TE]
  },
  {
    french: 'féliciter',
    forms: {'felicitate|felicitates': ['congratulate'], felicitated: ['congratulated'], felicitating: ['congratulating']},
    why: '"Féliciter" is congratulate; "felicitate" is archaic in British and American English.',
    source: [TE, RC]
  },
  {
    french: 'préciser',
    forms: {precised: ['specified', 'added'], precises: ['specifies', 'adds'], precising: ['specifying', 'adding'], 'to precise': ['to specify', 'to add']},
    followedBy: ['that', 'the', 'what', 'how', 'whether', 'a', 'an', '$', ',', '.', 'to', 'on', 'in'],
    why: '"Préciser" is to specify or add; English "precise" is only an adjective.',
    source: [TE, SWAN]
  },
  {
    french: 'évoquer (une possibilité)',
    forms: {'evoke|evokes|evoked|evoking': ['mention', 'raise']},
    followedBy: ['the|a possibility|possibilities|hypothesis|track|lead|option|options|scenario|possible|departure|resignation'],
    why: '"Évoquer" is to mention or raise; English "evoke" calls up a feeling or a memory, which the listed nouns are not.',
    source: [TE, RC]
  },
  {
    french: 'piste privilégiée / piste terroriste',
    forms: {'privileged track|hypothesis|lead|option|scenario|avenue': ['main line of inquiry', 'favoured theory'], 'terrorist|criminal|accidental|jihadist track': ['line of inquiry', 'theory']},
    why: 'Investigators’ "piste privilégiée" is their main line of inquiry; English "privileged" means favoured by rank, and a "track" is a path.',
    source: [RC, TE]
  },
  {
    french: 'la direction (d’une entreprise)',
    forms: {'the direction': ['the management']},
    followedBy: ['announced', 'said', 'indicated', 'confirmed', 'decided', 'refused', 'proposed', 'has announced', 'has decided', 'has confirmed', 'has indicated', 'of the company|group|firm|factory|plant|airline|hospital|establishment announced|said|decided|confirmed'],
    why: '"La direction" is the management; English direction is a course, which cannot announce or decide.',
    source: [RC, TE]
  },
  {
    french: 'une société (spécialisée dans)',
    forms: {society: ['company'], societies: ['companies']},
    followedBy: ['specialized|specialised|specializing|specialising in', 'listed on', 'quoted on', 'employs', 'employing'],
    why: 'A French "société" is a company; an English society is an association, which is not "specialised in" or "listed on" the stock market.',
    source: [RC, TE]
  },
  {
    french: 'enquête pour (meurtre)',
    forms: {'investigation|inquiry|enquiry|probe for': ['investigation into', 'investigation on charges of']},
    followedBy: OFFENCES,
    why: 'French opens an inquiry "pour meurtre"; English has a murder investigation or an investigation into a death.',
    source: [RC, STYLE]
  },
  {
    french: 'une agression',
    forms: {'an aggression': ['an assault', 'an attack'], aggressions: ['assaults', 'attacks']},
    notFollowedBy: ['of'],
    why: 'French "agression" is countable (an assault, a mugging); English aggression is an uncountable behaviour.',
    source: [TE, RC]
  },
  {
    french: 'dans les colonnes de (un journal)',
    forms: {'in the columns of': ['in']},
    notFollowedBy: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'your', 'its', 'their', 'our', 'my', 'his', 'her', 'table', 'tables', 'matrix', 'data', 'dataset', 'grid', 'csv', 'spreadsheet', 'sheet', 'array', 'result', 'output', 'list', '#', 'both', 'all', 'any', 'one', 'two'],
    why: '"Dans les colonnes du Monde" means "in Le Monde"; only a newspaper name after it (no determiner, no table word) is flagged.',
    source: [RC]
  },
  {
    french: 'porte-parole de',
    forms: {'spokesman|spokeswoman|spokesperson|spokespeople of': ['spokesman for']},
    notFollowedBy: ['the year', 'his generation', 'her generation', 'a generation'],
    why: 'English speaks "for" someone; "porte-parole de" gives "of".',
    source: [SWAN, STYLE]
  },
  {
    french: 'donner raison à',
    forms: {'give|gives reason to': ['prove right', 'side with'], 'gave|given reason to': ['proved right', 'sided with'], 'giving reason to': ['proving right', 'siding with']},
    followedBy: ['him', 'her', 'them', 'us', 'me', 'you'],
    why: '"Donner raison à quelqu’un" is to prove them right; English "give reason to" needs an infinitive ("gives reason to believe"), which the pronouns rule out.',
    source: [CP, RC]
  },
  {
    french: 'à l’heure où',
    forms: {'at|in the hour where': ['at a time when', 'when']},
    why: '"À l’heure où" means "at a time when"; the relative "où" gives "where".',
    source: [CP, SWAN]
  },
  {
    french: 'dépendre de',
    forms: {'depend|depends|depended|depending of': ['depend on', 'depending on']},
    why: 'English depends "on"; "de" gives "of".',
    source: [SWAN]
  },
  {
    french: 'bénéficier de',
    forms: {'benefited|benefitted|benefiting|benefitting of': ['benefited from', 'benefiting from']},
    why: 'English benefits "from"; "de" gives "of". The noun ("the benefit of") is left alone because only verb forms match.',
    source: [SWAN]
  },
  {
    french: 'réunir (des participants)',
    forms: {'reunite|reunites': ['bring together', 'gather'], reunited: ['brought together', 'gathered'], reuniting: ['bringing together', 'gathering']},
    followedBy: ['#', 'more than', 'nearly', 'almost', 'some #', 'hundreds', 'thousands', 'dozens', 'several hundred|thousand', 'representatives', 'participants', 'delegates', 'experts'],
    notFollowedBy: ['more|nearly|almost|some|hundreds|thousands|dozens? than|of? #? children|families|migrants|kids|people|mothers|fathers|parents|pets|dogs|soldiers|hostages|prisoners'],
    why: '"Réunir 200 personnes" is to bring together; English "reunite" is to bring together again after a separation, not a number of participants.',
    source: [TE, RC]
  },
  {
    french: 'le personnel de',
    forms: {'the personal of': ['the staff of', 'the personnel of']},
    why: '"Le personnel" is staff; "personal" is an adjective.',
    source: [TE]
  },
  {
    french: 'les salariés',
    forms: {'the salaried': ['the employees', 'the workers']},
    followedBy: ['$', ',', '.', 'of', 'who', 'have', 'are', 'were', 'will'],
    why: '"Les salariés" are employees; English "salaried" is an adjective ("salaried staff"), which a following noun keeps.',
    source: [RC]
  },
  {
    french: 'prévenir (la police)',
    forms: {'prevent|prevents': ['alert', 'call'], prevented: ['alerted', 'called'], preventing: ['alerting', 'calling']},
    followedBy: ['the? police|gendarmes|gendarmerie|firefighters|firemen|authorities|emergency|rescue|neighbours|neighbors $|,|.|who|which|and|immediately|quickly|at|services'],
    notFollowedBy: ['the? police|gendarmes|gendarmerie|firefighters|firemen|authorities|emergency|rescue|neighbours|neighbors services? from'],
    why: '"Prévenir la police" is to alert the police; English "prevent the police" needs "from doing", which the condition leaves alone.',
    source: [TE, RC]
  },
  {
    french: 'candidat à',
    forms: {'candidate|candidates to': ['candidate for']},
    followedBy: ['the|a? presidency|presidential|election|elections|succession|post|position|mayoralty|primary|primaries|leadership|title|nomination|re-election|reelection'],
    why: '"Candidat à la présidence" is a candidate for the presidency; "candidate to succeed" (an infinitive) is English and not matched.',
    source: [SWAN, RC]
  },
  {
    french: 'être victime de',
    forms: {'victim of': ['the victim of', 'a victim of']},
    precededBy: ['is|was|be|been|being|become|became'],
    why: 'French "être victime de" drops the article; English needs "the/a victim of". The plural ("were victims of") is English and not matched.',
    source: [SWAN]
  },
  {
    french: 'tomber victime de',
    forms: {'victim of': ['victim to']},
    precededBy: ['fell|fall|falls|fallen|falling'],
    why: 'English falls victim "to"; "de" gives "of".',
    source: [SWAN]
  },
  {
    french: 'les deux premiers / les trois derniers / les trois prochains',
    forms: numberOrderForms(),
    why: 'French puts the number before "premiers/derniers/prochains" ("les deux premiers jours", "les 20 dernières années"); English puts it after ("the first two days", "the last 20 years").',
    source: [SWAN]
  },
  {
    french: 'le week-end',
    forms: {'week-end|week-ends': ['weekend']},
    why: 'French spells "week-end" with a hyphen; current English writes "weekend".',
    source: [STYLE]
  },
  {
    french: 'le quinquennat',
    forms: {'quinquennium|quinquennat': ['five-year term']},
    why: 'A French president’s "quinquennat" is his five-year term; "quinquennium" is a rare Latinism in English.',
    source: [RC]
  },
  {
    french: 'le (second) mandat',
    forms: {'mandate|mandates': ['term']},
    precededBy: ['first|second|third|fourth|previous|two|three|successive|five-year'],
    followedBy: ['$', ',', '.', 'as', 'at', 'in', 'of', 'ends', 'ended', 'began', 'begins'],
    notFollowedBy: ['of the people', 'to', 'for'],
    why: 'A president’s second "mandat" is his second term of office; English "mandate" is the authority voters give, which an ordinal before it rules out.',
    source: [RC, TE]
  },
  {
    french: 'requérir (une peine) / réquisitoire',
    forms: {'requisitioned|requisitions|requisition|requisitioning': ['called for', 'sought']},
    followedBy: ['# years|months', 'a|an? sentence|penalty|fine|life|suspended|prison|acquittal', 'life', 'against'],
    why: 'A prosecutor "requiert cinq ans" (asks the court for five years); English "requisition" is to commandeer property.',
    source: [RC, TE]
  },
  {
    french: 'ce mardi (en tête de phrase)',
    forms: Object.fromEntries(WEEKDAYS.split('|').map((day) => [`this ${day}`, [`on ${day[0]!.toUpperCase()}${day.slice(1)}`, 'today']])),
    precededBy: ['^'],
    followedBy: [','],
    why: 'French news dates today’s events "ce mardi"; English "this Tuesday" points to a coming day, and news writes "On Tuesday,". Only the sentence-opening "This Tuesday," is flagged.',
    source: [RC, STYLE]
  },
  {
    french: 'passer de X à Y',
    forms: {'passed|passes|passing from': ['went from', 'rose from', 'fell from']},
    followedBy: ['#', '€', '$'],
    why: '"Le chiffre est passé de 10 à 20" is "went (rose) from 10 to 20"; English "pass from" is to move out of a place or state.',
    source: [CP, RC]
  },
  {
    french: 'en marge de',
    forms: {'in|on the margin|margins of': ['on the sidelines of']},
    followedBy: ['the|a|this? summit|meeting|meetings|conference|visit|congress|forum|talks|session|g7|g20|assembly|council|match|game|tournament|festival|ceremony|trial|celebrations|commemorations|negotiations|debate|summits'],
    why: '"En marge du sommet" is "on the sidelines of the summit"; English "margins" are of a page or of society, which the event nouns rule out.',
    source: [RC, STYLE]
  },
  {
    french: 'à l’approche de',
    forms: {'at|in the approach of': ['ahead of', 'in the run-up to']},
    why: '"À l’approche des élections" is "ahead of the elections"; "at the approach of" copies it.',
    source: [CP]
  },
  {
    french: 'faire le choix de',
    forms: {'make|makes|made|making the choice of': ['choose', 'opt for']},
    why: '"Faire le choix de" is to choose or opt for; English makes "a" choice.',
    source: [CP]
  },
  {
    french: 'multiplier (les initiatives)',
    forms: {'multiply': ['step up'], 'multiplies': ['steps up'], 'multiplied': ['stepped up'], 'multiplying': ['stepping up']},
    followedBy: ['the|its|their|his|her|our initiatives|meetings|calls|visits|statements|appeals|declarations|attacks|warnings|efforts|contacts|trips|announcements|gestures|signals|talks|consultations|raids|strikes|arrests|checks|controls|inspections'],
    why: '"Multiplier les appels" is to step up calls; English multiplies numbers, which the listed nouns are not.',
    source: [CP, RC]
  },
  {
    french: 'manifester (contre)',
    forms: {'manifest|manifests': ['demonstrate', 'protest'], manifested: ['demonstrated', 'protested'], manifesting: ['demonstrating', 'protesting']},
    followedBy: ['against', 'in front of', 'in the streets', 'outside the', 'in support of'],
    why: '"Manifester contre" is to protest against; English "manifest" is to show or appear, and never takes "against".',
    source: [TE, RC]
  },
  {
    french: 'journée de mobilisation',
    forms: {'day|days of mobilisation|mobilization': ['day of protest', 'day of action']},
    why: 'A union "journée de mobilisation" is a day of protest (or day of action); English mobilisation is of troops.',
    source: [RC]
  },
  {
    french: 'grève interprofessionnelle',
    forms: {interprofessional: ['cross-sector', 'general']},
    followedBy: ['strike', 'strikes', 'mobilisation', 'mobilization', 'demonstration', 'demonstrations', 'day', 'union', 'unions', 'movement', 'protest', 'protests'],
    why: '"Interprofessionnel" (all trades) is "cross-sector" or, for a strike, "general"; English "interprofessional" is about teamwork between professions.',
    source: [RC]
  },
  {
    french: 'mots français laissés tels quels (intersyndicale, manifestants, patronat, riverains, concertation)',
    forms: {
      'intersyndicale|intersyndical': ['union coalition', 'unions'],
      manifestants: ['protesters', 'demonstrators'],
      patronat: ['employers', 'business leaders'],
      'riverains|riverain': ['local residents'],
      concertation: ['consultation', 'dialogue']
    },
    why: 'French nouns left untranslated by the engine; none is an English word.',
    source: [RC]
  },
  {
    french: 'ministre délégué / garde des Sceaux',
    forms: {'minister delegate|delegated|delegates': ['junior minister'], 'delegate|delegated minister': ['junior minister'], 'keeper of the seals': ['justice minister']},
    why: 'English news calls a "ministre délégué" a junior minister and the "garde des Sceaux" the justice minister.',
    source: [RC, STYLE]
  },
  {
    french: 'd’une part … d’autre part',
    forms: {'of|on one part': ['on the one hand'], 'of the other part': ['on the other hand']},
    followedBy: [','],
    why: '"D’une part … d’autre part" is "on the one hand … on the other"; the literal "of one part," is not English.',
    source: [CP, VD]
  },
  {
    french: 'dans leur majorité / en majorité',
    forms: {'in their|its|our|his|her majority': ['mostly', 'for the most part'], 'in majority': ['mostly', 'mainly']},
    followedBy: ['$', ',', '.', 'are', 'were', 'have', 'had', 'support', 'supported', 'oppose', 'opposed', 'voted', 'women', 'men', 'young', 'from'],
    why: '"Dans leur majorité" is "most of them"; English says "in the majority" with the article.',
    source: [CP]
  },
  {
    french: 'sur place',
    forms: {'on place': ['on the spot', 'at the scene']},
    followedBy: ['$', ',', '.', 'and', 'by', 'at', 'in', 'to', 'said', 'reported', 'within', 'quickly', 'shortly', 'after'],
    why: '"Sur place" is "on the spot" or "at the scene"; English says "in place" or "on site".',
    source: [CP]
  },
  {
    french: 'en début / fin d’après-midi',
    forms: {
      'in the beginning of the morning|afternoon|evening': ['early in the morning', 'early in the afternoon', 'early in the evening'],
      'in the end of the morning|afternoon|evening': ['late in the morning', 'late in the afternoon', 'late in the evening'],
      'at the beginning of the afternoon|evening': ['early in the afternoon', 'early in the evening']
    },
    notFollowedBy: ['session', 'sessions', 'shift', 'meeting', 'service', 'lecture', 'class', 'programme', 'program'],
    why: '"En début d’après-midi" is "early in the afternoon"; English does not time events by the beginning or end of a part of the day.',
    source: [CP, SWAN]
  },
  {
    french: 'une enveloppe (budgétaire) de',
    forms: {'envelope|envelopes': ['budget', 'funding'], 'budgetary|financial envelope|envelopes': ['budget', 'funding']},
    followedBy: ['of #', 'of €', 'of some|nearly|almost|about|around|over|more|close|up'],
    notPrecededBy: ['an', 'the', 'a', 'this', 'that', 'sealed', 'brown', 'stamped', 'spectral', 'signal', 'amplitude'],
    why: 'A French "enveloppe" is a budget allocation; an English envelope holds a letter. Only an amount after it, or "budgetary/financial" before it, is flagged.',
    source: [RC, TE]
  },
  {
    french: 'une enveloppe de (montant)',
    forms: {'an|the envelope|envelopes of': ['a budget of', 'funding of']},
    followedBy: ['#', '€', '$', 'some', 'nearly', 'almost', 'about', 'around', 'over', 'more', 'close', 'up'],
    why: 'Same "enveloppe" with an amount after it.',
    source: [RC, TE]
  },
  {
    french: 'un dispositif (policier, de sécurité)',
    forms: {'police device|devices': ['police operation', 'police presence'], 'device|devices of': ['operation involving', 'deployment of']},
    followedBy: ['# police|gendarmes|officers|soldiers|agents|firefighters|men|policemen|troops', 'more than #', 'nearly|almost|some|about|around #', '$', ',', '.', 'was', 'is', 'has', 'will', 'in', 'around', 'at'],
    why: 'A "dispositif" of police is an operation or deployment; an English device is an object. Only police words or a count of officers around it are flagged.',
    source: [RC, TE]
  },
  {
    french: 'procéder à (une arrestation)',
    forms: {'proceed|proceeds|proceeded|proceeding to': ['carry out']},
    followedBy: ['the|a|an|several|some|# arrest|arrests|evacuation|evacuations|closure|seizure|seizures|search|searches|interpellation|interpellations|verification|verifications|destruction|demolition|dissolution|installation|withdrawal|deployment|analysis|analyses|checks|identification|expulsion|expulsions|dismantling|requisition|suspension|hospitalisation|hospitalization'],
    why: '"Procéder à l’arrestation" is to arrest, "procéder à des vérifications" to carry out checks; English "proceed to" moves to a next step.',
    source: [CP, EU]
  },
  {
    french: 'qualifier de',
    forms: {'qualified|qualifies|qualify|qualifying of': ['described as', 'called']},
    why: '"Qualifier de" is to describe as; English "qualify" takes "as" or "for", never "of".',
    source: [TE, CP]
  },
  {
    french: 'patrimoine',
    forms: {'patrimony|patrimonies': ['heritage', 'assets', 'wealth']},
    why: '"Patrimoine" is heritage or assets; "patrimony" is a rare archaism (an inheritance from one’s father) in English.',
    source: [TE, RC]
  },
  {
    french: 'assurer que (sans complément)',
    forms: {assured: ['insisted', 'said'], assures: ['insists', 'says'], assure: ['insist', 'say']},
    precededBy: ['he|she|they|it|minister|president|ministry|spokesman|spokeswoman|spokesperson|government|mayor|prefect|prosecutor|lawyer|company|group|police|union|leader|coach|official|officials|also|again|has|have|had'],
    followedBy: ['that'],
    notFollowedBy: ['that he|she|they|it|we|i|you|everyone|everybody|all|nothing has|had|would|will|is|was|were|are|gets|got|receives|received|stays|stayed|remains|remained'],
    why: '"Il a assuré que" is "he insisted (said) that"; English "assure" needs the person assured ("assured reporters that"). The ensure sense ("assured that he got a seat") is left alone by the clause after it.',
    source: [TE, SWAN]
  },
  {
    french: 'déçu / décevant',
    forms: {deceived: ['disappointed'], deceiving: ['disappointing']},
    precededBy: ['very', 'deeply', 'bitterly', 'extremely', 'so', 'too', 'a bit', 'a little', 'rather', 'quite', 'particularly', 'somewhat', 'were|was|am|are|is|be|been|feel|feels|felt|remain|remained|seemed|looked'],
    followedBy: ['by the|this|their|his|her|our result|results|decision|score|defeat|performance|outcome|answer|response|turnout|draw|loss|ruling|verdict|announcement|match|game|season|figures', 'with the|this|their|his|her|our? result|results|decision|score|defeat|performance|outcome|answer|response|turnout|draw|loss|ruling|verdict|announcement', 'result|results|season|performance|score|start|campaign|turnout|figures', '$', ',', '.', '!'],
    notFollowedBy: ['by his|her|their|the|a wife|husband|partner|friend|friends|spy|spies|enemy|agent|agents|con|conman|scammer|fraudster|lies'],
    notPrecededBy: ['he|she|they|who|you|i|we|it is|are|was|were|am|been'],
    why: '"Déçu" is disappointed and "décevant" disappointing; English "deceived" is tricked, and a result or a defeat cannot trick anyone. "He is deceiving." (he lies) is English: a pronoun subject before "be" is left alone.',
    source: [TE, RC]
  },
  {
    french: 'conférence de presse',
    forms: {'conference|conferences of press': ['press conference']},
    why: 'English puts the noun first: "press conference".',
    source: [SWAN]
  },
  {
    french: 'injures (racistes)',
    forms: {injuries: ['insults', 'abuse']},
    precededBy: ['racist', 'homophobic', 'antisemitic', 'anti-semitic', 'sexist', 'racial'],
    followedBy: ['and threats', 'and death threats', '$', ',', '.', 'against', 'towards', 'toward', 'on social', 'online', 'and insults'],
    why: '"Des injures racistes" are racist insults; English "injuries" are wounds, which "racist" or "homophobic" cannot qualify.',
    source: [TE, RC]
  },
  {
    french: 'outrage (à agent) et rébellion',
    forms: {'outrage to|against a|an? officer|officers|agent|agents|magistrate|magistrates|gendarme|gendarmes|policeman|policemen': ['insulting a police officer', 'contempt of an officer']},
    followedBy: ['$', ',', '.', 'and', 'for', 'in', 'on', 'after'],
    why: 'French "outrage à agent" is insulting an officer; English outrage is anger, which is felt "at" someone, not committed "to" an officer.',
    source: [RC, STYLE]
  },
  {
    french: 'outrage et rébellion',
    forms: {rebellion: ['resisting arrest']},
    precededBy: ['outrage and', 'contempt and', 'insults and', 'insulting an? officer|officers and'],
    why: 'The charge of "rébellion" (resisting arrest) after "outrage" in French court reporting.',
    source: [RC, STYLE]
  },
  {
    french: 'saisir la justice / le Conseil constitutionnel',
    forms: {'seize|seizes': ['refer the matter to', 'go to'], seized: ['referred the matter to', 'went to'], seizing: ['referring the matter to', 'going to']},
    followedBy: ['the|a? justice|courts|court|judge|constitutional|ombudsman|cnil|prosecutor|prosecutors|european|administrative|tribunal', 'the council of state', 'the defender of rights'],
    notFollowedBy: ['the court of public opinion'],
    why: '"Saisir la justice" is to take legal action, "saisir le Conseil constitutionnel" to refer a law to it; English "seize" is to grab.',
    source: [RC, CP]
  },
  {
    french: 'les Sages (du Conseil constitutionnel)',
    forms: {'the sages': ['the Constitutional Council', 'the council’s members']},
    followedBy: ['of the constitutional council', 'ruled', 'validated', 'censured', 'rejected', 'approved', 'struck', 'decided', 'will rule', 'have ruled', 'have validated', 'have censured', 'must rule'],
    why: 'French press calls the Constitutional Council’s members "les Sages"; English news names the Council.',
    source: [RC, STYLE]
  },
  {
    french: 'censurer (un article de loi)',
    forms: {'censured|censures|censure': ['struck down']},
    followedBy: ['the|several|some|# article|articles|provision|provisions|measure|measures|part|parts|law|text|amendment|amendments', 'part|parts of', 'articles|article|provisions|measures'],
    notFollowedBy: ['the|a minister|president|senator|member|members|government|mp|official|officials|deputy'],
    why: 'The Constitutional Council "censure" a provision: it strikes it down. English "censure" is a formal reprimand of a person, which the exclusions keep.',
    source: [RC, TE]
  },
  {
    french: 'valider (une réforme)',
    forms: {'validated|validates|validate': ['approved', 'upheld']},
    followedBy: ['the|this|its|their reform|reforms|law|laws|bill|bills|text|texts|decision|agreement|budget|plan|appointment|candidacy|candidacies|list|lists|merger|takeover|deal'],
    why: '"Valider une réforme" is to approve or uphold it; English "validate" is to check or confirm data, and the political objects listed do not take it.',
    source: [RC, EU]
  },
  {
    french: 'le texte a été voté',
    forms: {'was|were|is|are|be|been|being voted': ['passed', 'adopted']},
    precededBy: ['text', 'texts', 'bill', 'bills', 'law', 'laws', 'reform', 'budget', 'amendment', 'amendments', 'motion', 'resolution', 'measure', 'measures'],
    notFollowedBy: ['on', 'down', 'through', 'out', 'in', 'for', 'against', 'into', 'upon'],
    why: 'French votes a law ("le texte a été voté"); English votes on it and passes it. "Voted on/down/through" are English and left alone.',
    source: [SWAN, RC]
  },
  {
    french: 'les militants (d’un parti)',
    forms: {militants: ['activists', 'party members']},
    precededBy: ['party', 'union', 'socialist', 'communist', 'ecologist', 'environmental', 'green', 'feminist', 'climate', 'trade-union', 'republican', 'associative', 'lgbt', 'anti-racist'],
    why: 'French "militants" are activists or party members; English militants are armed fighters, which a party or cause before it rules out.',
    source: [TE, RC]
  },
  {
    french: 'les militants de (parti)',
    forms: {'militants of': ['activists of', 'members of']},
    followedBy: ['the? party|union|socialist|socialists|left|right|movement|association|ps|lr|lfi|rn|cgt|cfdt|greens|republicans|far-right|far-left|renaissance'],
    why: 'Same "militants" before a party or union.',
    source: [TE, RC]
  },
  {
    french: 'sélectionneur',
    forms: {'selectioner|selectionner|selectioners|selectionners': ['coach', 'national coach']},
    why: 'The French national team’s "sélectionneur" is its coach (or manager); "selectioner" is not English.',
    source: [RC]
  },
  {
    french: 'face à (la crise)',
    forms: {'in front of': ['faced with', 'in the face of'], 'face to': ['faced with', 'in the face of']},
    followedBy: ['the|this|these|a|an|such|growing|rising? crisis|crises|threat|threats|challenge|challenges|difficulties|situation|risk|risks|pandemic|epidemic|rise|emergency|inflation|pressure|pressures|protests|anger|discontent|criticism|influx|shortage|shortages|violence|drought|attacks|offensive|advance'],
    why: '"Face à la crise" is "faced with (in the face of) the crisis"; English "in front of" is a place, and a crisis or a threat has no front.',
    source: [CP, VD]
  },
  {
    french: 'un peu partout',
    forms: {'a little|bit everywhere': ['all over the place', 'just about everywhere'], 'a little bit everywhere': ['all over the place', 'just about everywhere']},
    why: '"Un peu partout" is "all over the place"; "a bit everywhere" is word for word.',
    source: [CP]
  },
  {
    french: 'tout le monde (sait, veut)',
    forms: {'all the world': ['everyone', 'everybody']},
    followedBy: ['is', 'was', 'knows', 'knew', 'agrees', 'agreed', 'wants', 'wanted', 'has', 'had', 'can', 'must', 'will', 'would', 'should', 'thinks', 'thought', 'says', 'said'],
    why: '"Tout le monde" is "everyone"; "all the world is" reads as the planet (and "all the world’s a stage" has an apostrophe, so it is not matched).',
    source: [VD, SWAN]
  },
  {
    french: 'à terme',
    forms: {'at term': ['in the long run', 'eventually']},
    precededBy: ['^'],
    followedBy: [','],
    why: '"À terme," opening a sentence is "in the long run"; English "at term" is a full-term pregnancy, which never opens a sentence with a comma after it.',
    source: [CP, TE]
  },
  {
    french: 'à long / court / moyen terme',
    forms: {'on the long|short|medium term': ['in the long term', 'in the short term', 'in the medium term']},
    why: 'English says "in the long term" (or "over the long term"); "on the long term" copies French "sur le long terme".',
    source: [SWAN]
  },
  {
    french: 'ces derniers jours / ces dernières années',
    forms: {'these last days|weeks|months|years|decades': ['in recent days', 'in recent weeks', 'in recent months', 'in recent years']},
    followedBy: [',', '.', '$', 'the', 'a', 'have', 'has', 'there', 'it', 'he', 'she', 'they', 'we', 'several', 'many', 'more'],
    notPrecededBy: ['in', 'during', 'for', 'of'],
    why: '"Ces derniers jours" is "in recent days"; English "these last days" is "these final days" (of a life, of summer).',
    source: [SWAN, CP]
  },
  {
    french: 'le fait de (+ infinitif)',
    forms: {'the fact of': ['being', 'having']},
    followedBy: ['being', 'having', 'not', 'making', 'doing', 'taking', 'giving', 'using', 'living', 'working', 'going', 'wanting', 'getting', 'holding', 'refusing', 'leaving'],
    why: '"Le fait d’être" is a gerund in English ("being"); "the fact of being" copies the French noun phrase.',
    source: [VD, SWAN]
  },
  {
    french: 'la police a / est',
    forms: {'police has|is|was': ['police have', 'police are', 'police were']},
    precededBy: ['the', '^', 'french', 'local', 'municipal', 'national', 'judicial', 'riot', 'border'],
    notFollowedBy: ['a|an|the? word|term|noun|name|force|service|department|station|officer'],
    why: 'French "la police" is singular; English "police" takes a plural verb ("the police have arrested").',
    source: [SWAN]
  },
  {
    french: 'des informations / des conseils / des équipements (dénombrables)',
    forms: {
      informations: ['information'],
      'an information': ['information', 'a piece of information'],
      advices: ['advice', 'pieces of advice'],
      'an advice': ['advice', 'a piece of advice'],
      equipments: ['equipment'],
      feedbacks: ['feedback'],
      softwares: ['software'],
      'an evidence': ['evidence', 'a piece of evidence']
    },
    why: 'These nouns are countable in French and uncountable in English.',
    source: [SWAN]
  },
  {
    french: 'des recherches / des preuves (pluriel)',
    forms: {researches: ['research'], evidences: ['evidence']},
    precededBy: ['the', 'these', 'those', 'his', 'her', 'their', 'our', 'its', 'of', 'many', 'several', 'recent', 'new', 'further', 'numerous', 'previous', 'some', 'scientific', 'clinical'],
    why: '"Research" and "evidence" are uncountable in English; the plural after a determiner copies "des recherches", "des preuves". The verb "researches" (after a subject) is left alone.',
    source: [SWAN]
  },
  {
    french: 'prendre la mesure de',
    forms: {'take|takes the measure of': ['grasp', 'realise the scale of'], 'took|taken the measure of': ['grasped', 'realised the scale of'], 'taking the measure of': ['grasping', 'realising the scale of']},
    followedBy: ['the? crisis|situation|problem|problems|challenge|challenges|threat|danger|scale|stakes|importance|gravity|seriousness|extent|urgency|magnitude|anger|discontent|phenomenon'],
    why: '"Prendre la mesure de la crise" is to grasp its scale; English "take the measure of someone" is to size up a person, which the listed nouns are not.',
    source: [VD, CP]
  },
  {
    french: 'tirer les conséquences',
    forms: {'draw|draws|drew|drawn|drawing the consequences': ['draw the conclusions', 'act accordingly']},
    why: '"Tirer les conséquences de" is to draw conclusions (and act on them); English does not draw consequences.',
    source: [CP]
  },
  {
    french: 'tenir la route',
    forms: {'hold|holds|held|holding the road': ['hold up', 'stand up']},
    notPrecededBy: ['car', 'cars', 'tyres', 'tires', 'vehicle', 'it'],
    why: 'An argument that "tient la route" holds up; "hold the road" is said of a car, which the exclusions keep.',
    source: [VD]
  },
  {
    french: 'jeter l’éponge',
    forms: {'throw|throws|threw|thrown|throwing the sponge': ['throw in the towel']},
    why: 'The English idiom throws in the towel.',
    source: [VD]
  },
  {
    french: 'les dés sont jetés',
    forms: {'the dice are|were|is|was thrown|cast': ['the die is cast']},
    why: 'The English set phrase is "the die is cast".',
    source: [VD]
  },
  {
    french: 'monter au créneau',
    forms: {'go|goes|went|gone|going|climb|climbs|climbed|climbing|rise|rises|rose|risen|rising up? to the crenel|crenels|crenellation|battlements|niche': ['speak out', 'step into the fray']},
    why: '"Monter au créneau" (to man the battlements) is to speak out publicly; the literal image means nothing in English.',
    source: [VD, RC]
  },
  {
    french: 'prendre avec des pincettes',
    forms: {'with tweezers': ['with a pinch of salt']},
    precededBy: ['take|taken|takes|took|taking|treat|treated|handle|handled|read|viewed'],
    why: '"À prendre avec des pincettes" is "to be taken with a pinch of salt".',
    source: [VD]
  },
  {
    french: 'dans le collimateur',
    forms: {'in the collimator|viewfinder of?': ['in the crosshairs', 'in the sights']},
    why: '"Dans le collimateur de" is "in the sights (crosshairs) of"; a collimator is an optical instrument.',
    source: [RC]
  },
  {
    french: 'dans les faits / dans l’immédiat',
    forms: {'in the facts': ['in practice', 'in reality'], 'in the immediate': ['for now', 'for the time being']},
    followedBy: [',', '.', '$'],
    why: '"Dans les faits," "dans l’immédiat," are adverbs ("in practice", "for now"); the literal phrases need a noun after them in English.',
    source: [CP]
  },
  {
    french: 'en l’état',
    forms: {'in the state': ['as it stands']},
    precededBy: ['^'],
    followedBy: [','],
    why: '"En l’état," opening a sentence is "as it stands,"; "in the state" elsewhere is usually a place ("born in the state"), so only the sentence-opening use is flagged.',
    source: [CP]
  },
  {
    french: 'hors de question',
    forms: {'out of question': ['out of the question']},
    why: 'English needs the article: "out of the question".',
    source: [SWAN]
  },
  {
    french: 'à aucun moment',
    forms: {'at no moment': ['at no point', 'at no time']},
    why: '"À aucun moment" is "at no point"; "at no moment" copies it.',
    source: [SWAN]
  },
  {
    french: 'd’ici (2030)',
    forms: {'from here to|until|till|and': ['by']},
    followedBy: ['#'],
    why: '"D’ici 2030" is "by 2030"; "from here to 2030" is word for word. "From now until 2030" (a span) is English and not matched.',
    source: [CP, EU]
  },
  {
    french: 'les uns et les autres',
    forms: {'the ones and the others': ['both sides', 'everyone', 'all of them']},
    why: '"Les uns et les autres" is "both sides" or "everyone"; English "ones" needs an adjective ("the old ones") and never pairs with "the others" this way.',
    source: [VD, RC]
  },
  {
    french: 'de son côté (en tête de phrase)',
    forms: {
      'of his side': ['for his part'],
      'of her side': ['for her part'],
      'of its side': ['for its part'],
      'of their side': ['for their part']
    },
    precededBy: ['^'],
    followedBy: [','],
    why: '"De son côté, le ministre…" is "for his part" or "meanwhile"; "Of his side," is word for word. Only at the start of a sentence before a comma.',
    source: [CP, RC]
  },
  {
    french: 'une grève très suivie',
    forms: {
      'very followed': ['well supported', 'widely observed'],
      'massively followed': ['widely observed', 'well supported'],
      'little followed': ['poorly supported', 'little observed'],
      'poorly followed': ['poorly supported', 'little observed']
    },
    why: '"Une grève très suivie" is a strike that is well supported or widely observed; English "follow" cannot be graded with "very" this way.',
    source: [RC]
  },
  {
    french: 'violences conjugales / intrafamiliales',
    forms: {
      'conjugal violence|violences': ['domestic violence'],
      'intrafamily|intra-family|intrafamilial|intra-familial violence|violences': ['domestic violence', 'family violence']
    },
    why: '"Violences conjugales" and "violences intrafamiliales" are "domestic violence" in English news; "conjugal violence" copies the adjective.',
    source: [RC, 'UK Home Office and US Department of Justice usage ("domestic violence", "domestic abuse")']
  },
  {
    french: 'la thèse de l’accident / du suicide',
    forms: {'the thesis of': ['the theory of', 'the possibility of']},
    followedBy: ['a|an|the? accident|suicide|attack|murder|assassination|homicide|arson|poisoning|sabotage|terrorist|criminal|accidental|settling|revenge|mistake|fall'],
    why: '"La thèse de l’accident" is "the accident theory" or "the possibility of an accident"; English "thesis" is a dissertation or an argued proposition, not an investigators’ hypothesis.',
    source: [VD, RC]
  },
  {
    french: 'le quadragénaire / le quinquagénaire',
    forms: {
      'quadragenarian|quadragenarians|quarantenarian': ['forty-something', 'man in his forties'],
      'quinquagenarian|quinquagenarians': ['fifty-something', 'man in his fifties'],
      'trentenarian|trentenarians': ['thirty-something', 'man in his thirties']
    },
    why: 'French news refers back to a person by age ("le quinquagénaire a été interpellé"); English has no such nouns in use and says "the man, in his fifties". "Octogenarian" and "septuagenarian" are English and not listed here.',
    source: [RC, VD]
  },
  {
    french: 'le sexagénaire (reprise anaphorique)',
    forms: {'sexagenarian': ['man in his sixties', '60-year-old']},
    precededBy: ['the'],
    followedBy: ['was|is|had|has|who|died|said|told|,|.|$'],
    why: '"Le sexagénaire" picks up a person already named; English news says "the man, in his sixties" or gives the age. Only as a noun after "the" before a verb or a stop, so "sexagenarian rockers" is left alone.',
    source: [RC, VD]
  },
  {
    french: 'ce mardi (après un verbe au passé)',
    forms: Object.fromEntries(WEEKDAYS.split('|').map((day) => [`this ${day}`, [`on ${day[0]!.toUpperCase()}${day.slice(1)}`]])),
    precededBy: ['said|announced|declared|told|indicated|explained|confirmed|stated|added|revealed|assured|affirmed|specified|warned|denounced|deplored|condemned|signed|arrested|unveiled|presented|launched|opened|visited|received|resigned|died'],
    notFollowedBy: ["'s|’s|'|’|morning|afternoon|evening|night"],
    why: 'French news dates a past event "ce mardi" ("a annoncé ce mardi"); English news writes "announced on Tuesday", and "this Tuesday" after a past verb reads as a mistake for the coming day.',
    source: [RC, STYLE]
  },
  {
    french: 'une cinquantaine de / une vingtaine de',
    forms: Object.fromEntries(
      ['fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((number) => [`a ${number} of`, [`about ${number}`, `some ${number}`]])
    ),
    why: '"Une cinquantaine de personnes" is "about fifty people"; English has no noun "a fifty", and the article and "of" copy the French. ("A dozen of" and "a hundred of" are a separate entry.)',
    source: [SWAN, RC]
  },
  {
    french: 'une quarantaine d’années / de pays',
    forms: {'a quarantine of': ['about forty', 'some forty']},
    followedBy: ['years|countries|nations|kilometres|kilometers|km|metres|meters|hectares|minutes|euros|dollars'],
    notPrecededBy: [QUARANTINE_VERBS],
    why: '"Une quarantaine d’années" is "about forty years"; MT reads "quarantaine" (a round forty, like "cinquantaine") as isolation. English quarantines last a number of days ("a quarantine of 14 days" is English and not read, the number coming between), never "of years" or "of countries".',
    source: [RC, SWAN]
  },
  {
    french: 'une quarantaine de (personnes)',
    forms: {'a quarantine of': ['about forty', 'some forty']},
    followedBy: [`${QUARANTINE_COUNTED} ${QUARANTINE_GOES_ON}`],
    notPrecededBy: [QUARANTINE_VERBS],
    why: '"Une quarantaine de personnes ont été interpellées" is "about forty people were arrested". English imposes, orders or lifts "a quarantine of people" (isolation), which the verbs before keep out; only a count of people that a verb then follows ("a quarantine of people were…") or that ends the sentence is read.',
    source: [RC, SWAN]
  },
  {
    french: 'classé sans suite',
    forms: {
      'classified|classed without follow-up|followup|suite|continuation|sequel|consequence|consequences': ['dropped', 'closed'],
      'classified|classed without further action|follow': ['dropped', 'closed']
    },
    why: '"L’affaire a été classée sans suite" is "the case was dropped" (closed with no further action); "classified without follow-up" copies both words.',
    source: [RC, STYLE]
  },
  {
    french: 'les faits sont prescrits',
    forms: {'are now? prescribed': ['are time-barred', 'are statute-barred'], 'were now? prescribed': ['were time-barred', 'were statute-barred']},
    precededBy: ['facts|offences|offenses|crimes|acts|charges'],
    why: '"Les faits sont prescrits" is "the offences are time-barred" (beyond the statute of limitations); English "prescribed" is laid down or ordered by a doctor.',
    source: [RC, TE]
  },
  {
    french: 'à main armée / en état d’arrestation',
    forms: {'at|with armed hand': ['armed'], 'in a|the state of arrest': ['under arrest']},
    why: '"Vol à main armée" is "armed robbery"; "en état d’arrestation" is "under arrest". Both English renderings are word for word.',
    source: [RC]
  },
  {
    french: 'jusqu’à nouvel ordre',
    forms: {'until|till new order|orders': ['until further notice']},
    followedBy: ['$|,|.|;|:|and|or|)'],
    why: '"Jusqu’à nouvel ordre" is "until further notice"; "until new orders arrive" is English and has a verb after it, so only the phrase ending its clause is flagged.',
    source: [RC]
  },
  {
    french: 'à l’unanimité',
    forms: {'at|to the? unanimity': ['unanimously']},
    precededBy: ['adopted|approved|voted|passed|elected|re-elected|chosen|accepted|rejected|taken|agreed|decided|condemned|acquitted'],
    why: '"Adopté à l’unanimité" is "adopted unanimously"; "at unanimity" is word for word. Only after a verb of deciding or voting.',
    source: [RC]
  },
  {
    french: 'grève sauvage / manifestation sauvage',
    forms: {
      'savage strike|strikes': ['wildcat strike'],
      'savage demonstration|demonstrations|protest|protests|march|marches|rally|rallies': ['unauthorised protest', 'spontaneous protest']
    },
    why: '"Une grève sauvage" is a "wildcat strike"; "une manifestation sauvage" an unauthorised (undeclared) protest. "Savage strike" copies the adjective; "wild strike" is left out, as it is a wayward shot in English football reports.',
    source: [RC, STYLE]
  },
  {
    french: 'faire un malaise',
    forms: {
      'make|do a|an malaise|discomfort': ['collapse', 'be taken ill'],
      'makes|does a|an malaise|discomfort': ['collapses', 'is taken ill'],
      'made|did a|an malaise|discomfort': ['collapsed', 'was taken ill'],
      'making a|an malaise|discomfort': ['collapsing', 'being taken ill']
    },
    why: '"Il a fait un malaise" is "he collapsed" or "was taken ill"; English "malaise" is a general unease and is never "made".',
    source: [RC, VD]
  },
  {
    french: 'sapeurs-pompiers',
    forms: {'sapper-firefighters|sappers-firefighters|sapper-firemen|sappers-firemen|firefighter-sappers|firefighters-sappers': ['firefighters'], 'sappers firefighters|firemen': ['firefighters']},
    why: '"Sapeurs-pompiers" are firefighters; "sapper" is a military engineer in English.',
    source: [RC]
  },
  {
    french: 'il encourt (une peine)',
    forms: {incur: ['face'], incurs: ['faces'], incurred: ['faced'], incurring: ['facing']},
    followedBy: ['up? to? # years|months|year'],
    why: '"Il encourt dix ans de prison" is "he faces ten years in prison"; English incurs a cost or a penalty ("incur a fine"), never a prison term in years.',
    source: [RC, TE]
  },
  {
    french: 'réclusion criminelle (à perpétuité)',
    forms: {'criminal reclusion': ['imprisonment', 'a prison sentence'], 'years of reclusion': ['years in prison'], 'reclusion for life': ['life imprisonment']},
    why: '"Réclusion criminelle" is imprisonment for a serious crime; English "reclusion" is living alone, away from society.',
    source: [RC, STYLE]
  },
  {
    french: 'se rendre à (un lieu)',
    forms: {
      'render himself|herself|themselves|yourself|myself|ourselves to|at': ['go to'],
      'renders himself|herself|itself to|at': ['goes to'],
      'rendered himself|herself|themselves|itself|myself|ourselves to|at': ['went to', 'gave himself up to'],
      'rendering himself|herself|themselves to|at': ['going to']
    },
    why: '"Il s’est rendu à la préfecture" is "he went to the prefecture" (or, with the police, "gave himself up"); English "render oneself" is to make oneself ("rendered himself unconscious") and never takes a place.',
    source: [VD, RC]
  },
  {
    french: 'se produire (un accident)',
    forms: {
      'produced itself|themselves': ['occurred', 'happened'],
      'produces itself': ['occurs', 'happens']
    },
    followedBy: ['$|.|;|at|in|on|around|near|shortly|during|after|before|when|while|yesterday|overnight|early|late|last|this|again|outside|inside'],
    why: '"L’accident s’est produit vers 8 heures" is "the accident happened (occurred)"; the French pronominal verb has no English reflexive. Only before a time, a place or the end of the clause: the emphatic "it cannot produce itself, and…" or "produced itself a film" is English.',
    source: [VD, CP]
  },
  {
    french: 'soulignons que / précisons que',
    forms: {
      'let us underline|specify|precise that': ['note that', 'it should be noted that'],
      "let's underline|specify|precise that": ['note that', 'it should be noted that']
    },
    why: '"Soulignons que" and "précisons que" are a French writer’s aside to the reader; English news states the fact, or writes "it should be noted that". "Let us recall that" is left out: English speeches use it.',
    source: [VD, CP]
  },
  {
    french: 'pour rappel / concrètement (en tête de phrase)',
    forms: {
      'to|for|in recall': ['As a reminder', 'It should be remembered that'],
      concretely: ['In practice', 'In concrete terms']
    },
    precededBy: ['^'],
    followedBy: [','],
    why: '"Pour rappel," and "Concrètement," open French sentences as discourse markers; English says "As a reminder," or "In practice,". Only at the start of a sentence before a comma.',
    source: [VD, RC]
  },
  {
    french: 'candidater',
    forms: {candidated: ['applied', 'stood', 'ran'], candidating: ['applying', 'standing', 'running']},
    why: '"Candidater à un poste" is "apply for a job"; "candidated" coins an English verb from the French one.',
    source: [RC]
  },
  {
    french: 'confinement / déconfinement / gestes barrières',
    forms: {
      'deconfinement|de-confinement|deconfining': ['easing of lockdown', 'reopening'],
      'barrier gesture|gestures|measures': ['social-distancing measures', 'protective measures'],
      'antigenic test': ['antigen test'],
      'antigenic tests': ['antigen tests'],
      'recall|reminder dose|doses|injection|injections|shot|shots': ['booster dose'],
      'dose|doses of recall|reminder': ['booster dose'],
      'vaccinal pass|passport|coverage|schedule|scheme|strategy|campaign|status|cycle': ['vaccine pass', 'vaccination coverage']
    },
    why: 'The French terms of the Covid years rendered word for word: "le déconfinement" is the easing of lockdown, "les gestes barrières" social-distancing measures, "un test antigénique" an antigen test, "une dose de rappel" a booster, "le pass vaccinal" the vaccine pass.',
    source: [RC, 'WHO and UK NHS usage ("lockdown", "booster dose", "antigen test")']
  },
  {
    french: 'vigilance orange / intempéries',
    forms: {
      'orange|red|yellow vigilance|vigilances': ['orange alert', 'orange weather warning'],
      'intemperies|intemperie': ['bad weather', 'storms']
    },
    why: 'Météo-France issues a "vigilance orange", which English news calls an orange alert or weather warning; "les intempéries" is bad weather. "Vigilance" is not a level of warning in English, and "intemperies" is not an English word.',
    source: [RC, 'UK Met Office usage ("amber weather warning")']
  },
  {
    french: 'faire barrage / primaire de la droite / bureau de vote',
    forms: {
      'make|makes|made|making barrage|dam to|against': ['block', 'keep out'],
      'primary of the right|left|republicans|ecologists|greens': ['right-wing primary', 'left-wing primary'],
      'voting office|bureau': ['polling station'],
      'voting offices|bureaus|bureaux': ['polling stations']
    },
    why: '"Faire barrage à l’extrême droite" is to block the far right; "la primaire de la droite" is the right’s primary; "un bureau de vote" is a polling station. The word-for-word versions are not English.',
    source: [RC, STYLE]
  },
  {
    french: 'se présenter (à une élection)',
    forms: {
      'present himself|herself|themselves|itself to|for': ['stand for', 'run for'],
      'presents himself|herself|itself to|for': ['stands for', 'runs for'],
      'presented himself|herself|themselves|itself to|for': ['stood for', 'ran for']
    },
    followedBy: ['the? election|elections|presidency|presidential|mayoralty|legislative|legislatives|vote|ballot|primary|polls|re-election|reelection'],
    why: '"Se présenter à l’élection" is to stand (run) for election; English "present oneself" is to appear somewhere.',
    source: [RC, VD]
  },
  {
    french: 'partie civile / avocat général / mandat d’arrêt',
    forms: {
      'civil party|parties': ['civil claimant', 'plaintiff'],
      'general advocate|advocates': ['prosecutor', 'state prosecutor'],
      'arrest mandate|mandates': ['arrest warrant'],
      'mandate|mandates of arrest|deposit': ['arrest warrant', 'committal order']
    },
    why: '"Se constituer partie civile" is to join the case as a civil claimant; "l’avocat général" is the prosecutor at an appeal or assize court; "un mandat d’arrêt" is an arrest warrant. "Advocate General" (EU court, Scotland) puts the noun first and is not matched.',
    source: [RC, STYLE]
  },
  {
    french: 'arme blanche / excès de vitesse / voie publique',
    forms: {
      'white|cold weapon|weapons': ['knife', 'bladed weapon'],
      'excess|excesses of speed': ['speeding'],
      'on|in the public way': ['in the street', 'in public']
    },
    why: '"Une arme blanche" is a knife or bladed weapon; "un excès de vitesse" is speeding; "sur la voie publique" is in the street. Each English rendering copies the French words ("on the public highway" is English and not matched).',
    source: [RC]
  },
  {
    french: 'être en grève / piquet de grève',
    forms: {'in strike': ['on strike'], 'picket|pickets of strike': ['picket line']},
    why: '"En grève" is "on strike"; "un piquet de grève" is a picket line.',
    source: [RC, SWAN]
  },
  {
    french: 'LBD / grenade de désencerclement',
    forms: {
      'defence|defense ball|balls|bullet|bullets launcher|launchers': ['rubber bullet gun', 'flash-ball launcher'],
      'disencirclement|de-encirclement|unencirclement grenade|grenades': ['sting-ball grenade', 'stun grenade']
    },
    why: '"Lanceur de balles de défense" (LBD) is a rubber-bullet gun, "grenade de désencerclement" a sting-ball grenade; the French names of police weapons rendered word for word are not English.',
    source: [RC, STYLE]
  },
  {
    french: 'paradis fiscal / charges sociales / bouclier tarifaire',
    forms: {
      'fiscal paradise|haven': ['tax haven'],
      'fiscal paradises|havens': ['tax havens'],
      'fiscal fraud|evasion|optimisation|optimization|niche|niches|exile|exiles': ['tax fraud', 'tax avoidance'],
      'social charges': ['payroll taxes', 'social security contributions'],
      'tariff|tarifary|price shield': ['price cap', 'price freeze']
    },
    why: 'French "fiscal" is "tax" ("paradis fiscal", "fraude fiscale", "niche fiscale"); "charges sociales" are payroll taxes; "le bouclier tarifaire" is the energy price cap. English "fiscal" concerns public finances ("fiscal policy") and is not matched there.',
    source: [RC, EU]
  },
  {
    french: 'le tenant du titre / match aller',
    forms: {
      'tenant|tenants of the title|crown|trophy|cup': ['holder', 'defending champion'],
      'outward match|game': ['first leg']
    },
    why: '"Le tenant du titre" is the title holder or defending champion; "le match aller" is the first leg. The tenant of a title is a French image.',
    source: [RC]
  },
  {
    french: 'assigner / poursuivre en justice',
    forms: {'in justice': ['to court', 'legal action']},
    precededBy: ['assign|assigned|assigns|assigning|pursue|pursued|pursues|pursuing|attack|attacked|attacks|attacking|summon|summoned|summons|go|goes|went|gone|going them|him|her|it|us?'],
    why: '"Assigner quelqu’un en justice" is to sue someone, "aller en justice" to go to court; "in justice" copies "en justice". Only after a verb of suing, so "in justice to him" (to be fair to him) is left alone.',
    source: [RC]
  },
  {
    french: 'expulser / reconduire à la frontière',
    forms: {
      'expulsed|expulse|expulses|expulsing': ['expelled', 'evicted'],
      'reconducted|reconduct|reconducts|reconducting|reconduction': ['deported', 'renewed', 'escorted back']
    },
    why: '"Expulser" is expel or evict, "reconduire (à la frontière)" deport or, for a contract, renew; "expulse" and "reconduct" are not English verbs.',
    source: [RC, TE]
  },
  {
    french: 'logement social / habitat insalubre / intercommunalité',
    forms: {
      'social lodging|lodgings|habitat': ['social housing'],
      'insalubrious|unhealthy habitat|habitats': ['substandard housing', 'slum housing'],
      'intercommunality|intercommunalities|inter-communality': ['group of municipalities', 'local authority grouping']
    },
    why: '"Logement social" is social (council) housing; "habitat insalubre" substandard or slum housing; "une intercommunalité" a grouping of municipalities. English "habitat" is where an animal lives.',
    source: [RC, STYLE]
  },
  {
    french: 'une source proche du dossier / de sources concordantes / dans l’entourage de',
    forms: {
      'close to the file|dossier': ['close to the case', 'familiar with the matter'],
      'concordant sources': ['several sources', 'concurring sources'],
      'the entourage of': ['people close to', 'aides to']
    },
    precededBy: ['source|sources|person|people|official|officials|someone|one|close|concordant|to|of|from|several|according|in|within|by|,|^'],
    notFollowedBy: ['cabinet|cabinets|server|servers|system|size|name|names|format|path|folder'],
    why: 'The French news formulas "une source proche du dossier" (a source close to the case), "de sources concordantes" (several sources) and "dans l’entourage du ministre" (people close to the minister) rendered word for word; English news has its own formulas for them.',
    source: [RC, STYLE]
  },
  {
    french: 'condamné à perpétuité',
    forms: {perpetuity: ['life', 'life imprisonment']},
    precededBy: ['sentenced|condemned|reclusion|imprisonment|jailed to'],
    why: '"Condamné à perpétuité" is "sentenced to life"; English "in perpetuity" is a legal term for property, and "sentenced to perpetuity" copies the French.',
    source: [RC]
  },

  // Police, protest, economy, energy, war and health words of French news, added from the dictionaries above.
  {
    french: 'porter plainte contre X',
    forms: {'against x': ['against person or persons unknown']},
    precededBy: ['complaint|complaints'],
    followedBy: [`for ${COMPLAINT_OFFENCES}`],
    why: '"Porter plainte contre X pour homicide involontaire" is to file a complaint against person or persons unknown; the French letter X stands for an unknown offender. Only before "for" and an offence, so that a complaint against the X platform is left alone.',
    source: [RC]
  },
  {
    french: 'rodéos urbains',
    forms: {'urban rodeo|rodeos': ['joyriding', 'street racing']},
    why: '"Les rodéos urbains" are joyriding and street racing on stolen or noisy motorbikes and cars; an English rodeo is a show of riding cattle and horses, which is never "urban".',
    source: [RC]
  },
  {
    french: 'opération escargot / opération ville morte / barrage filtrant',
    forms: {
      'snail|escargot operation|operations': ['go-slow convoy', 'rolling roadblock'],
      'operation snail|escargot': ['go-slow convoy', 'rolling roadblock'],
      'dead city|town operation|operations|day|days': ['shutdown protest', 'general shutdown'],
      'filtering roadblock|roadblocks|dam|dams|barrage|barrages|blockade|blockades': ['rolling roadblock', 'partial blockade']
    },
    why: 'French protest tactics named word for word: "une opération escargot" is a go-slow convoy of lorries or tractors, "une opération ville morte" a shutdown of a town’s shops and services, "un barrage filtrant" a roadblock that lets vehicles through one by one. None of the English phrases exists.',
    source: [RC]
  },
  {
    french: 'quartiers sensibles',
    forms: {
      'sensitive neighbourhood|neighborhood|estate|suburb': ['deprived area', 'troubled estate'],
      'sensitive neighbourhoods|neighborhoods|estates|suburbs|banlieues': ['deprived areas', 'troubled estates']
    },
    why: '"Un quartier sensible" is a deprived, troubled area (a problem estate); "sensitive" keeps the French adjective. English sensitive areas are protected sites or parts of the body, never neighbourhoods or estates.',
    source: [RC]
  },
  {
    french: 'insertion professionnelle / sociale',
    forms: {'professional|socio-professional|social insertion': ['integration into work', 'social integration']},
    why: '"L’insertion professionnelle" is getting people into work, "l’insertion sociale" social integration; English "insertion" is putting one thing into another and has no social sense.',
    source: [RC, VR]
  },
  {
    french: 'exploitations agricoles',
    forms: {
      'agricultural|farming|dairy|livestock|cereal|wine-growing|winegrowing exploitations': ['farms', 'farm holdings'],
      'an agricultural|a farming|a dairy|a livestock|a wine-growing exploitation': ['a farm']
    },
    why: '"Une exploitation agricole" is a farm; English "exploitation" is the using up of land or people, and has no count sense for a business. Only the plural and the counted singular are read, so "the agricultural exploitation of the Amazon" is left alone.',
    source: [RC, VR]
  },
  {
    french: 'le panier de la ménagère / fins de mois difficiles',
    forms: {
      "housewife's basket|trolley": ['average shopping basket'],
      'basket of the housewife': ['average shopping basket'],
      'difficult ends of the? month|months': ['trouble making ends meet']
    },
    why: '"Le panier de la ménagère" is the cost of an average shopping basket; "les fins de mois difficiles" is struggling to make ends meet. English news writes neither a housewife’s basket nor the ends of months.',
    source: [RC]
  },
  {
    french: 'masse salariale / balance commerciale',
    forms: {
      'salary|salarial|wage mass': ['wage bill', 'payroll'],
      'commercial balance': ['trade balance'],
      'commercial deficit': ['trade deficit'],
      'commercial surplus': ['trade surplus']
    },
    notFollowedBy: ['sheet|sheets|account|accounts'],
    why: '"La masse salariale" is the wage bill; "la balance commerciale" the trade balance, and "le déficit commercial" the trade deficit. English "commercial" describes business, not foreign trade; a commercial balance sheet is left alone.',
    source: [RC]
  },
  {
    french: 'centrale nucléaire / thermique / hydroélectrique',
    forms: {
      'nuclear|atomic central|centrals': ['nuclear power plant', 'nuclear plant'],
      'thermal|coal|coal-fired|gas-fired central|centrals': ['power station', 'power plant'],
      'hydroelectric|hydro-electric central|centrals': ['hydroelectric plant', 'hydroelectric power station']
    },
    followedBy: ['$|,|.|;|:|of|in|at|near|and|or|was|is|were|are|has|had|have|which|that|where|the|a|an|on|to|from|with|for|by|since|after|before|when|while|could|would|will|must|can|remains|remained'],
    why: '"Une centrale nucléaire" is a nuclear power plant; "central" is no noun for a power station in English. Only where the phrase ends, so that a following noun ("thermal central heating") is left alone.',
    source: [RC]
  },
  {
    french: 'parc nucléaire / parc automobile / parc de logements',
    forms: {
      'nuclear park|parks': ['nuclear fleet', 'nuclear power plants'],
      'automobile park': ['vehicle fleet', 'number of cars on the road'],
      'housing park|parks': ['housing stock']
    },
    why: '"Le parc nucléaire" is a country’s nuclear power plants (its nuclear fleet), "le parc automobile" the vehicles on its roads, "le parc de logements" its housing stock. An English park is a green space or a site; "car park" is not listed.',
    source: [RC]
  },
  {
    french: 'défense antiaérienne / missile sol-air / missile air-sol',
    forms: {
      'anti-aerial|antiaerial': ['anti-aircraft', 'air-defence'],
      'ground-air|sol-air missile': ['surface-to-air missile'],
      'ground-air|sol-air missiles': ['surface-to-air missiles'],
      'air-ground|air-sol missile': ['air-to-surface missile'],
      'air-ground|air-sol missiles': ['air-to-surface missiles']
    },
    why: '"La défense antiaérienne" is air defence, "un missile sol-air" a surface-to-air (or ground-to-air) missile, "un missile air-sol" an air-to-surface missile. "Anti-aerial" is not English, and English missiles go "to" their target.',
    source: [RC]
  },
  {
    french: 'crise sanitaire / passe sanitaire / état d’urgence sanitaire',
    forms: {
      'sanitary crisis': ['health crisis'],
      'sanitary crises': ['health crises'],
      'sanitary pass|passport': ['health pass', 'Covid pass'],
      'sanitary passes|passports': ['health passes', 'Covid passes'],
      'state of sanitary emergency': ['state of health emergency']
    },
    why: 'French "sanitaire" is "health" (public health); English "sanitary" is hygiene and sanitation. "La crise sanitaire" is the health crisis (of Covid), "le passe sanitaire" the health pass. Sanitary measures, conditions and rules are English and not listed.',
    source: [RC]
  },

  // Elections and parliament.
  {
    french: 'une triangulaire / une quadrangulaire (élection)',
    forms: {
      'a triangular': ['a three-way race', 'a three-way contest'],
      'the triangular': ['the three-way race', 'the three-way contest'],
      triangulars: ['three-way races', 'three-way contests'],
      'a quadrangular': ['a four-way race'],
      'the quadrangular': ['the four-way race'],
      quadrangulars: ['four-way races']
    },
    followedBy: ['$|,|.|;|:|between|with|in|against|pitting|involving|is|was|will|would|has|had|looms|loomed'],
    why: '"Une triangulaire" is a three-way run-off (three candidates in the second round); English "triangular" is an adjective and is read only where no noun follows it ("a triangular shape").',
    source: [RC]
  },
  {
    french: 'bulletins blancs et nuls',
    forms: {
      'white and null votes|ballots': ['blank and spoilt ballots'],
      'null and white votes|ballots': ['spoilt and blank ballots']
    },
    why: '"Les votes blancs et nuls" are blank and spoilt ballots; "white" renders "blanc". English has no white vote in this sense.',
    source: [RC]
  },
  {
    french: 'questions au gouvernement',
    forms: {'questions to the government': ['question time']},
    precededBy: ['during|at|after|before|weekly', 'session|sessions of'],
    why: '"Les questions au gouvernement" are the National Assembly’s weekly question time; "during questions to the government" copies the French name of the sitting.',
    source: [RC]
  },
  {
    french: 'rapport de force(s)',
    forms: {'report|reports of force|forces|strength': ['balance of power', 'power struggle', 'showdown']},
    followedBy: ['between'],
    why: '"Le rapport de force entre les syndicats et le gouvernement" is the balance of power (or power struggle) between them; MT takes "rapport" for a report. Only before "between", so military reports of forces are left alone.',
    source: [RC, VD]
  },
  {
    french: 'sur les réseaux sociaux',
    forms: {
      'on the? social networks': ['on social media'],
      'across the? social networks': ['across social media'],
      'via the? social networks': ['via social media']
    },
    notPrecededBy: [
      'research|study|studies|paper|papers|work|works|literature|survey|surveys|analysis|analyses|data|dataset|datasets|experiment|experiments|attack|attacks|focus|focuses|focused|based|built|thesis|book|books|article|articles|chapter|lecture|course|courses|expert|experts|model|models|modelling|modeling|diffusion|propagation|dynamics|inference|learning|algorithm|algorithms|method|methods|technique|techniques|results|theory|evidence|effect|effects|centrality|clustering|process|processes|simulation|simulations|graph|graphs|embedding|embeddings|privacy|security|search|mining|recommendation|recommendations|influence|trust|homophily|contagion|walk|walks|report|reports|ban|bans|restriction|restrictions|limit|limits|regulation|regulations|rules|debate|talk|talks|conference|workshop|seminar|seminars|lecture|lectures|paper|essay|essays|survey|thesis|focus'
    ],
    why: '"Les réseaux sociaux" are social media in English news ("posted on social media"); "on social networks" copies the French. English keeps "social networks" for the networks as objects of study ("research on social networks"), which the words before it rule out.',
    source: [RC, STYLE]
  },
  {
    french: '« … », a réagi X (incise)',
    forms: inciseForms(),
    precededBy: [', ”|"|»|’', '”|"|» ,'],
    notFollowedBy: ['$|.|,|;|:|to|by|with|in|on|at|for|from|against|and|or|that|it|them|him|her|this|these|those'],
    why: 'French puts the verb of an incise before its subject whatever the verb ("« Nous tiendrons », a réagi le ministre"); English inverts only "said" and a few verbs of saying, so "“We will hold,” reacted the minister" reads as French. The fix is "said"; "the minister said in reaction" keeps the nuance.',
    source: [VD, CP, SWAN]
  },
  {
    french: 'intime conviction',
    forms: {'intimate conviction': ['firm belief', 'inner conviction'], 'intimate convictions': ['firm beliefs', 'inner convictions']},
    why: '"L’intime conviction" of a judge or juror is their firm (inner) belief; English "intimate" speaks of private life.',
    source: [RC, VR]
  },
  {
    french: 'annoncer la couleur',
    forms: {
      'announce the colour|color': ['make their intentions clear'],
      'announces the colour|color': ['makes their intentions clear'],
      'announced the colour|color': ['made their intentions clear'],
      'announcing the colour|color': ['making their intentions clear']
    },
    notFollowedBy: ['of|for|to|scheme|schemes|palette|code|codes|choice|change|theme|range'],
    why: '"Annoncer la couleur" (from card games) is to make one’s intentions clear or lay one’s cards on the table; English announces no colour.',
    source: [RC]
  },
  {
    french: 'une valse de (ministres)',
    forms: {'a|the waltz of': ['a succession of', 'a merry-go-round of']},
    followedBy: ['ministers|resignations|coaches|managers|prices|labels|appointments|departures|candidates|names|governments|prime|nominations|directors|presidents|leaders|chiefs|executives|ceos|bosses|hesitations|reversals|u-turns|announcements|tariffs'],
    why: '"La valse des ministres" is a rapid turnover of ministers; English waltzes are danced. Only before people or decisions that change hands is it flagged.',
    source: [RC]
  },
  {
    french: 'entretenir le flou',
    forms: {
      'maintain the? vagueness|blur': ['remain vague', 'keep things vague'],
      'maintains the? vagueness|blur': ['remains vague', 'keeps things vague'],
      'maintained the? vagueness|blur': ['remained vague', 'kept things vague'],
      'maintaining the? vagueness|blur': ['remaining vague', 'keeping things vague']
    },
    why: '"Entretenir le flou" is to keep things vague or stay non-committal; English maintains no vagueness.',
    source: [RC]
  }
]
