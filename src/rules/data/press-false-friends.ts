/**
 * More false friends of French news copy: crime and court reporting ("délit", "contravention",
 * "stupéfiants"), disasters ("meurtrier", "drame"), the media ("chroniqueur", "journal
 * télévisé", "discours") and business ("patron", "prime", "licencier"). Same shape and cue
 * syntax as src/rules/data/false-friends.ts, which spreads this list into its own; where a word
 * already has a general entry there kept as reference data ("conférence", "journal",
 * "patron"), the entry here is its news sense, reported only next to the words that sense takes.
 *
 * Every cue is written from the French word's collocations in the dictionaries below, never from
 * evaluation data, and `bench/native-prose.ts` checks that the list stays silent on native
 * English prose.
 */
import type {FalseFriendEntry} from './false-friends.js'

const KD = 'Koessler & Derocquigny, Les faux amis ou les trahisons du vocabulaire anglais (Vuibert, 1928)'
const KG = 'Kirk-Greene, French False Friends (Routledge, 1981/1990)'
const VR = 'Van Roey, Granger & Swallow, Dictionnaire des faux amis français-anglais (Duculot, 1988/1998)'
const WK = 'Wiktionary, Appendix:French–English false friends'
const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const OH = 'Oxford-Hachette French Dictionary (Oxford University Press, 4th ed., 2007)'

/** Disasters and events a French paper calls "meurtrier" (deadly). */
const DEADLY_EVENTS = 'earthquake|earthquakes|quake|quakes|storm|storms|flood|floods|flooding|accident|accidents|crash|crashes|fire|fires|wildfire|wildfires|heatwave|epidemic|tsunami|cyclone|cyclones|hurricane|hurricanes|avalanche|avalanches|landslide|landslides|collision|derailment|typhoon|typhoons|explosion|explosions|eruption|road|roads|crossing|day|weekend|year|month|week'

/** French dailies and weeklies whose name follows "le journal" in a French text. */
const FRENCH_PAPERS = ['le|la|les|l’|l\' monde|figaro|parisien|croix|humanité|humanite|équipe|equipe|echos|échos|point|express|obs|canard|provence|dauphiné|dauphine|progrès|progres|midi|voix|alsace|télégramme|telegramme', 'libération|liberation|ouest-france|sud-ouest|mediapart|libé|libe']

export const pressFalseFriends: FalseFriendEntry[] = [
  {
    french: 'conférence (donner une conférence)',
    english: 'conference',
    forms: {conference: ['lecture', 'talk'], conferences: ['lectures', 'talks']},
    meaning: 'a lecture or talk given by one speaker',
    confidence: 'medium',
    context: [{before: ['give|gives|gave|given|giving a|his|her|their', 'give|gives|gave|given|giving a|his|her|their public|free|short|long'], why: '"Donner une conférence" is to give a lecture or a talk; English gives a talk, and holds or attends a conference.'}],
    exceptions: [{after: ['call|calls|paper|papers|talk|talks|presentation|presentations|keynote|speech|speeches|session|sessions|lecture|lectures|poster|posters|room|badge|tour|workshop|workshops|slot|report|address'], why: '"Gave a conference talk", "gave a conference call" are English compounds.'}],
    source: [KD, VR, WK, RC]
  },
  {
    french: 'journal (télévisé, quotidien)',
    english: 'journal',
    forms: {journal: ['newspaper', 'news bulletin']},
    meaning: 'newspaper; television or radio news bulletin',
    confidence: 'medium',
    context: [
      {before: ['televised', 'tv', 'television', 'radio', 'evening tv|television'], why: '"Le journal télévisé" is the television news; English "journal" is a diary or a learned periodical.'},
      {after: ['of # hours|h|o’clock|o\'clock|pm', 'of tf1|france|rtl|bfmtv|bfm|cnews|lci|arte|m6'], why: '"Le journal de 20 heures" is the evening news, "le journal de TF1" TF1’s news bulletin.'},
      {before: ['the'], after: FRENCH_PAPERS, why: '"Le journal Le Monde" is the newspaper Le Monde; an English journal is a scholarly publication (the journal Nature), not a daily.'}
    ],
    source: [KD, VR, WK, RC]
  },
  {
    french: 'patron (d’entreprise)',
    english: 'patron',
    forms: {patron: ['boss', 'head', 'business leader'], patrons: ['bosses', 'business leaders']},
    meaning: 'boss, head of a company',
    confidence: 'medium',
    context: [
      {before: ['cac 40', 'cac40', 'small', 'petty', 'company|companies', 'factory'], why: '"Les patrons du CAC 40", "les petits patrons": company bosses and small business owners; an English patron supports the arts or is a customer.'},
      {after: ['of the medef|cgpme|cpme|employers|company|firm|group', 'of medef|renault|total|totalenergies|lvmh|stellantis|peugeot|airbus|danone|orange|sncf|edf|engie|bnp|axa|michelin|carrefour|free'], why: '"Le patron de Renault" is the head of Renault; English patrons belong to a charity, a restaurant or the arts.'}
    ],
    exceptions: [{after: ['of the arts|museum|festival|charity|society|library|theatre|theater', 'saint|saints'], why: '"Small patrons of the arts" and patron saints are English.'}],
    source: [KD, VR, WK, RC]
  },
  {
    french: 'discours',
    english: 'discourse',
    forms: {discourse: ['speech', 'address'], discourses: ['speeches']},
    meaning: 'a speech (to an audience)',
    confidence: 'medium',
    context: [
      {before: ['televised', 'inaugural', 'inauguration', 'victory', 'new year', 'new year’s', 'new year\'s', 'deliver|delivered|delivering|delivers|pronounce|pronounced|pronouncing|pronounces a|his|her|their|the'], why: '"Un discours télévisé", "le discours d’investiture": a speech, which English delivers. English "discourse" is a body of talk or writing ("political discourse").'},
      {after: ['to the nation', 'before parliament|congress|mps|deputies|senators', 'before the assembly|senate|deputies|senators', 'before the national assembly'], why: 'A "discourse to the nation" or "before parliament" is a speech.'}
    ],
    source: [KD, VR, RC]
  },
  {
    french: 'délit',
    english: 'delict',
    forms: {delict: ['offence', 'misdemeanour'], delicts: ['offences']},
    meaning: 'a criminal offence (tried by a criminal court)',
    confidence: 'high',
    context: [{why: '"Un délit" is an offence; English "delict" is a term of Scots and civil law for a civil wrong, not a crime.'}],
    exceptions: [
      {before: ['scots|scottish|roman|civil|louisiana|quebec', 'south african', 'law|tort of', 'of'], why: 'The civil-law term ("the law of delict", "Scots delict") is English.'},
      {after: ['law', 'and contract', 'in scots'], why: '"Delict law" and "contract and delict" are the civil-law subject.'}
    ],
    source: [VR, RC, OH]
  },
  {
    french: 'contravention',
    english: 'contravention',
    forms: {contravention: ['fine', 'ticket', 'minor offence'], contraventions: ['fines', 'tickets', 'minor offences']},
    meaning: 'a (parking, speeding) ticket; a minor offence',
    confidence: 'high',
    context: [
      {before: ['receive|received|receives|receiving|got|get|gets|getting|issue|issued|issues|issuing|pay|paid|pays|paying|give|gave|given|contest|contested|contesting a|the|his|her|their', 'parking|speeding|traffic|fifth-class|first-class|fourth-class'], why: 'A ticket is received, issued or paid; English "contravention" is a breach ("in contravention of the rules"), which nobody pays.'},
      {after: ['of # euros|euro|dollars', 'for speeding|parking|failing|illegal', 'for not wearing'], why: '"Une contravention de 135 euros pour stationnement" is a €135 parking ticket.'}
    ],
    exceptions: [{after: ['of the|a|an|its|his|her|their|section|article|rule|rules|regulation|regulations|law|laws|order'], why: '"A contravention of the rules" (a breach) is English.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'meurtrier (séisme, accident)',
    english: 'murderous',
    forms: {murderous: ['deadly']},
    meaning: 'deadly (of a disaster, an event or a road)',
    confidence: 'high',
    context: [{after: [DEADLY_EVENTS], why: '"Un séisme meurtrier" is a deadly earthquake, "l’accident le plus meurtrier" the deadliest accident; English "murderous" needs a murderer (a murderous regime, a murderous rage), which a storm or a road is not.'}],
    exceptions: [{after: ['rage|regime|intent|attack|attacks|dictator|gang|thug|thugs'], why: 'A murderous rage or regime is English.'}],
    source: [VR, RC, OH]
  },
  {
    french: 'drame',
    english: 'drama',
    forms: {drama: ['tragedy'], dramas: ['tragedies']},
    meaning: 'tragedy (a fatal accident, a killing)',
    confidence: 'medium',
    context: [
      {after: ['claimed the|# life|lives|victims', 'killed', 'that|which claimed|killed', 'that|which cost the|# life|lives'], why: '"Un drame qui a coûté la vie à", "le drame a fait trois morts": a tragedy. An English drama is a play or an exciting situation, which does not kill.'},
      {before: ['terrible|horrible|appalling|atrocious|awful'], after: ['occurred|happened|struck', 'took place'], why: '"Un terrible drame s’est produit": a tragedy struck.'}
    ],
    exceptions: [{before: ['tv|television|costume|period|courtroom|legal|medical|crime|teen|radio|historical|series'], why: 'TV, costume and courtroom dramas are the English genre.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'prime (salariale)',
    english: 'prime',
    forms: {prime: ['bonus', 'allowance'], primes: ['bonuses', 'allowances']},
    meaning: 'bonus, allowance, subsidy',
    confidence: 'high',
    context: [
      {before: ['exceptional|annual|activity|inflation|conversion|end-of-year|christmas|purchasing-power|energy|transport|mobility|risk|performance|hiring|housing|moving|macron|covid|renovation|scrapping'], why: '"Une prime exceptionnelle", "la prime d’activité", "la prime de conversion": a bonus or an allowance; English "prime" is a prime number or the best time of life.'},
      {after: ['of # euros|euro|dollars|pounds'], why: '"Une prime de 1 000 euros" is a €1,000 bonus.'}
    ],
    exceptions: [{after: ['number|numbers|minister|time|example|suspect|target|location|candidate|factor|factors|cut|rib|membership|member|members|video|day|subscription|subscribers|delivery|shipping|account|gaming'], why: '"Prime minister", "prime time", "a prime example" and the Amazon service ("annual Prime membership") are English.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'caution (judiciaire, locative)',
    english: 'caution',
    forms: {caution: ['bail', 'deposit']},
    meaning: 'bail; a (rental) deposit',
    confidence: 'high',
    context: [
      {before: ['released|freed|release|free|out on|against', 'pay|paid|pays|paying|post|posted|set|sets|setting|deposit|deposited the|a|his|her|their', 'under judicial'], why: '"Libéré sous caution" is released on bail, "payer une caution" to pay a deposit or post bail; an English caution is a warning.'},
      {after: ['of # euros|euro|dollars|pounds'], why: '"Une caution de 10 000 euros" is bail (or a deposit) of €10,000.'}
    ],
    exceptions: [{before: ['police|formal|simple|conditional|with|urge|urged|urges|urging|exercise|exercised|exercising', 'word of'], why: 'A police caution and a word of caution are English.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'reporter (un match, une réunion)',
    english: 'report',
    forms: {reported: ['postponed', 'put off']},
    meaning: 'postpone, put off',
    confidence: 'high',
    context: [{before: ['was|were|been|be|is|are|being|has|have|had'], after: ['to a later date', 'to a later day', 'sine die', 'until|till further notice', 'to|until|till next week|month|year|season|spring|summer|autumn|fall|winter', 'to|until|till the following week|month|year|season|day'], why: '"Le match est reporté à une date ultérieure" is postponed; English "report" is to tell, and nothing is reported "to a later date".'}],
    source: [KD, VR, RC]
  },
  {
    french: 'licencier',
    english: 'license',
    forms: {'license|licence': ['lay off', 'dismiss'], 'licensed|licenced': ['laid off', 'dismissed'], 'licensing|licencing': ['laying off', 'dismissing']},
    meaning: 'lay off, dismiss (an employee)',
    confidence: 'high',
    context: [{after: ['for economic reasons', 'for gross|serious|grave misconduct', 'for misconduct', 'without notice|severance'], why: '"Licencié pour motif économique" is laid off for economic reasons, "pour faute grave" dismissed for gross misconduct; English "license" is to permit.'}],
    source: [VR, RC, OH]
  },
  {
    french: 'chroniqueur',
    english: 'chronicler',
    forms: {chronicler: ['columnist', 'commentator', 'pundit'], chroniclers: ['columnists', 'commentators', 'pundits']},
    meaning: 'columnist; television or radio commentator',
    confidence: 'medium',
    context: [
      {before: ['tv|television|radio'], after: ['on|for|at|in|$|,|.|who|and'], why: '"Un chroniqueur télé" is a TV commentator or pundit; an English chronicler records history.'},
      {after: ['for|at|on the|a? newspaper|daily|weekly|magazine|channel|station|show|programme|program|radio', 'for|at|on le|la|les|l’|tf1|france|rtl|bfmtv|cnews|lci|europe|rmc|c8'], why: '"Chroniqueur au Figaro", "chroniqueur sur France Inter": a columnist or a pundit.'}
    ],
    exceptions: [{after: ['of the|his|her|their? war|wars|crusades|age|era|reign|times|century|history|life'], why: 'A chronicler of the war or of an age is English.'}],
    source: [VR, RC]
  },
  {
    french: 'stupéfiants',
    english: 'stupefacients',
    forms: {stupefacients: ['drugs', 'narcotics'], stupefacient: ['drug', 'narcotic'], stupefiants: ['drugs', 'narcotics']},
    meaning: 'narcotics, drugs',
    confidence: 'high',
    context: [{why: '"Les stupéfiants" are drugs or narcotics; "stupefacient" is an obsolete pharmacological word in English.'}],
    source: [VR, RC]
  },
  {
    french: 'compréhensif',
    english: 'comprehensive',
    forms: {comprehensive: ['understanding', 'sympathetic']},
    meaning: 'understanding, sympathetic (of a person)',
    confidence: 'high',
    context: [{after: ['towards|toward', 'with him|her|them|us|me|you|people|voters|protesters|farmers|demonstrators', 'with the victims|families|protesters|demonstrators'], why: '"Compréhensif envers les manifestants" is understanding towards them; English "comprehensive" is complete and is not shown to people.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'agresser',
    english: 'aggress',
    forms: {aggressed: ['attacked', 'assaulted'], 'aggress': ['attack', 'assault'], aggresses: ['attacks', 'assaults'], aggressing: ['attacking', 'assaulting']},
    meaning: 'attack, assault',
    confidence: 'high',
    context: [{before: ['was|were|been|be|being|is|are|had|has|have|who|they|he|she|men|man|youths|individuals|suspects'], why: '"Il a été agressé" is he was attacked (assaulted); English hardly uses "aggress" outside animal-behaviour studies.'}],
    source: [VR, RC, WK]
  },
  {
    french: 'fugue',
    english: 'fugue',
    forms: {fugue: ['running away', 'runaway'], fugues: ['runaways']},
    meaning: 'running away (of a minor, from home or a care home)',
    confidence: 'medium',
    context: [{before: ['in|on'], after: ['$|,|.|since|for|from|after|when'], why: '"Une adolescente en fugue depuis lundi" has run away (is missing) since Monday; English "fugue" is a piece of music or a dissociative state.'}],
    exceptions: [{after: ['state|states'], why: 'A "fugue state" is the psychiatric English sense.'}],
    source: [VR, RC]
  },
  {
    french: 'séquestrer',
    english: 'sequestrate',
    forms: {sequestrated: ['held captive', 'held against their will']},
    meaning: 'hold captive, hold against their will',
    confidence: 'medium',
    context: [{after: ['by his|her|their|the|a|an|two|three|several? kidnappers|abductors|captors|husband|partner|father|mother|parents|family|gang|attackers|assailants|hostage-takers|men|individuals', 'for # hours|days|weeks|months|years', 'for several hours|days|weeks|months|years', 'in a|an|the|his|her|their cellar|basement|apartment|flat|house|room|home|garage|car|van|shed'], why: '"Séquestré pendant trois jours par ses ravisseurs" is held captive; English "sequestrate" is to confiscate property (or, in Scots law, to make bankrupt).'}],
    source: [VR, RC]
  },
  {
    french: 'trafic (de drogue, d’influence)',
    english: 'traffic',
    forms: {traffic: ['trafficking']},
    meaning: 'trafficking, dealing',
    confidence: 'medium',
    context: [{after: ['of influence', 'of drugs|narcotics|weapons|arms|cannabis|cocaine|heroin|migrants|organs|children|women|antiquities|stolen|counterfeit|cigarettes', 'of human beings'], why: '"Le trafic de drogue" is drug trafficking, "le trafic d’influence" influence peddling; English "traffic of" is the passage of vehicles or people.'}],
    exceptions: [{before: ['road|heavy|air|web|network|internet|site'], why: 'Road, air and web traffic are English.'}],
    source: [VR, RC, OH]
  },
  {
    french: 'saturé (hôpital, urgences)',
    english: 'saturated',
    forms: {saturated: ['overwhelmed', 'overstretched', 'full']},
    meaning: 'overwhelmed, full to capacity (of a service)',
    confidence: 'high',
    context: [{before: ['hospital|hospitals|emergencies|wards|icus|prisons|prison|courts|switchboard|shelters|services|departments|units are|is|was|were|remain|remained|remains|been|being|completely|totally|already'], window: 1, why: '"Les urgences sont saturées" is the emergency department is overwhelmed; English "saturated" is soaked, or a full chemical solution or market.'}],
    exceptions: [{after: ['with|by|fat|fats|fatty|colour|color|solution|market|markets'], why: '"Saturated with water", "saturated fat" and a saturated market are English.'}],
    source: [VR, RC]
  },
  {
    french: 'défiler (manifestants)',
    english: 'defile',
    forms: {defiled: ['marched', 'paraded'], defile: ['march', 'parade'], defiles: ['marches', 'parades'], defiling: ['marching', 'parading']},
    meaning: 'march, parade (in the street)',
    confidence: 'high',
    context: [
      {after: ['through|along|down|past the? streets|street|city|town|centre|center|avenue|boulevard|capital|champs-élysées|champs-elysees|champs'], why: '"Les manifestants ont défilé dans les rues" is they marched through the streets; English "defile" is to desecrate.'},
      {before: ['protesters|protestors|demonstrators|marchers|strikers|thousands|hundreds|troops|soldiers|students|unionists|people|teachers|farmers|workers|women'], after: ['$|,|.|on|in|through|from|behind|against|for|peacefully|calmly|silently|between|to'], why: '"Des milliers de personnes ont défilé samedi" is thousands marched on Saturday.'}
    ],
    exceptions: [{after: ['the|a|an|his|her|their|its|our|this|that|these|those|graves|grave|bodies|body|memory|temple|church|mosque|synagogue|shrine|altar'], why: 'Desecration ("defiled the grave") takes an object, which a march does not.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'entraîneur (d’une équipe)',
    english: 'trainer',
    forms: {trainer: ['coach', 'manager'], trainers: ['coaches', 'managers']},
    meaning: 'coach, manager (of a team)',
    confidence: 'medium',
    context: [{after: ['of psg|om|ol|marseille|lyon|lille|monaco|nantes|rennes|lens|nice|bordeaux|toulouse|montpellier|strasbourg|reims|brest|lorient|auxerre|metz|toulon|clermont|castres|racing|stade|real|barça|barca|juventus|bayern|chelsea|arsenal|liverpool', 'of the blues|bleus|tricolores|xv', 'of the french|national team|squad|side', 'of les bleus'], why: '"L’entraîneur du PSG" is PSG’s coach (or manager); an English trainer looks after fitness, horses or dogs.'}],
    exceptions: [{before: ['athletic|fitness|personal|physical|horse|dog|animal|goalkeeping|assistant'], why: 'Athletic and personal trainers are English.'}],
    source: [VR, RC]
  },
  {
    french: 'publicité',
    english: 'publicity',
    forms: {publicity: ['advert', 'advertisement'], publicities: ['advertisements', 'adverts']},
    meaning: 'an advertisement; advertising',
    confidence: 'medium',
    context: [{before: ['a|each|every|another|one'], why: '"Une publicité" is an advert; English "publicity" (public attention) is uncountable and takes no "a" on its own.'}, {before: ['the|these|those|many|several|some|of|#|television|tv|online|printed'], after: ['$|,|.|for|of|on|in|that|which|were|are|show|showing'], window: 1, why: 'The plural "publicities" are adverts.'}],
    exceptions: [{after: ['stunt|stunts|campaign|campaigns|photo|photos|shot|shots|tour|tours|agent|agents|material|materials|drive|blitz|machine|department|officer|manager|still|stills|event|events|push|value|hound|seeker|seekers|coup|budget|rights|team|director'], why: '"A publicity stunt", "a publicity campaign" are English compounds.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'insécurité (délinquance)',
    english: 'insecurity',
    forms: {insecurity: ['crime', 'lawlessness']},
    meaning: 'crime, lawlessness (in a place)',
    confidence: 'medium',
    context: [
      {after: ['in the|our|their? streets|neighbourhoods|neighborhoods|suburbs|estates|banlieues|metro|trains', 'and delinquency|incivilities|crime', 'and drug trafficking'], why: '"L’insécurité dans nos rues" is crime in our streets; English "insecurity" is a feeling, or the lack of food or income.'},
      {before: ['delinquency|crime and', 'fight|fighting|fights|fought|combat|combating|combatting against'], why: '"La lutte contre l’insécurité" is the fight against crime.'}
    ],
    exceptions: [{before: ['food|job|financial|economic|housing|energy|emotional|personal|water|income|ontological|deep', 'feelings|feeling|sense of'], why: 'Food, job and emotional insecurity are English.'}],
    source: [VR, RC]
  },
  {
    french: 'délinquance',
    english: 'delinquency',
    forms: {delinquency: ['crime']},
    meaning: 'crime, offending',
    confidence: 'medium',
    context: [{before: ['urban|daily|everyday|petty|organised|organized|financial|economic|road|sexual|fight|fighting|against|rising|growing'], why: '"La petite délinquance" is petty crime, "la délinquance routière" traffic offences; English "delinquency" is mostly juvenile, or a late payment.'}],
    exceptions: [{before: ['juvenile|youth'], why: 'Juvenile delinquency is English.'}, {after: ['rate|rates|status|of|on', 'in loans|payments'], why: 'Loan delinquency rates are the financial English sense.'}],
    source: [VR, RC]
  },
  {
    french: 'intervenir (pompiers, secours)',
    english: 'intervene',
    forms: {intervened: ['were called out', 'responded'], intervene: ['respond'], intervenes: ['responds'], intervening: ['responding']},
    meaning: 'be called out, respond (of emergency services)',
    confidence: 'medium',
    context: [{before: ['firefighters|firemen|rescuers|paramedics|medics|samu|smur|sapeurs-pompiers', 'firefighters|firemen|rescuers|paramedics|medics had|have|has|were|quickly|rapidly|immediately|swiftly'], why: '"Les pompiers sont intervenus" is the firefighters were called out (responded); English "intervene" is to step in between parties.'}],
    exceptions: [{after: ['to|in|between', 'on behalf'], why: '"Rescuers intervened to save him" steps in: English.'}],
    source: [VR, RC]
  },
  {
    french: 'maîtriser / circonscrire (un incendie, un suspect)',
    english: 'master',
    forms: {mastered: ['brought under control', 'overpowered'], circumscribed: ['contained', 'brought under control']},
    meaning: 'bring under control (a fire); overpower (a person)',
    confidence: 'high',
    context: [
      {before: ['fire|blaze|flames|fires|blazes|wildfire|wildfires|inferno was|were|is|are|been|being|finally|quickly'], why: '"L’incendie a été maîtrisé" is the fire was brought under control (and "circonscrit", contained); English masters a skill, not a fire.'},
      {after: ['the|a fire|blaze|flames|fires|blazes|wildfire'], why: '"Les pompiers ont maîtrisé l’incendie" is they brought the fire under control.'},
      {before: ['was|were|been'], after: ['by the? police|officers|passengers|guards|security|gendarmes|bystanders|passers-by|soldiers|crew|witnesses|customers'], why: '"Il a été maîtrisé par des passagers" is overpowered by passengers.'}
    ],
    source: [VR, RC]
  },
  {
    french: 'important (incendie, orage, renforts)',
    english: 'important',
    forms: {important: ['major', 'large', 'heavy']},
    meaning: 'major, large, heavy (of an event or a force)',
    confidence: 'high',
    context: [{after: ['traffic jam|jams', 'fire|fires|wildfire|wildfires|explosion|explosions|earthquake|storm|storms|hailstorm|hailstorms|hail|leak|leaks|landslide|landslides|tailbacks|pile-up|reinforcements|deployment|contingent|mobilisation|mobilization|rise|rises|increase|increases|drop|drops|fall|falls|decline|quantities|quantity|stocks|stockpile|seizure|seizures|haul|layoffs|redundancies|sums|amounts|crowd|crowds|influx|rainfall|snow|winds|gusts|damages|losses'], why: '"Un important incendie" is a major fire, "d’importants renforts" large reinforcements, "une importante saisie" a large seizure; English "important" means consequential, not big.'}],
    exceptions: [{before: ['most|more|less|very|so|too|particularly|especially|equally|as|extremely|really|vitally|critically|hugely|crucially|increasingly|how'], why: '"The most important investments" compares relevance, the English sense.'}],
    source: [VR, RC, 'Gardner, Misused English words and expressions in EU publications (European Court of Auditors, 2013)']
  },
  {
    french: 'action (en Bourse)',
    english: 'action',
    forms: {action: ['share', 'share price'], actions: ['shares']},
    meaning: 'share (of a listed company)',
    confidence: 'high',
    context: [
      {after: ['rose|fell|jumped|dropped|climbed|gained|lost|plunged|soared|slumped|tumbled|surged|advanced|retreated|slid|sank|rallied|rebounded #|by|more|nearly|almost|over', 'price|prices|closed|opened', 'was|were|is|are trading'], why: '"L’action Renault a chuté de 5 %" is Renault’s share price fell 5%; an English action is a deed or a lawsuit, and does not rise on the stock market.'},
      {before: ['renault|total|totalenergies|lvmh|stellantis|peugeot|airbus|danone|orange|edf|engie|bnp|axa|michelin|carrefour|kering|hermès|hermes|sanofi|vivendi|atos|alstom|thales|safran|capgemini|accor|générale|generale|air france-klm'], why: '"L’action Renault" is Renault’s share (price).'}
    ],
    exceptions: [{before: ['class|legal|military|industrial|direct|collective|affirmative|corrective|disciplinary|joint|court|civil|in'], why: 'Class and legal actions are lawsuits.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'exposer (un programme, ses arguments)',
    english: 'expose',
    forms: {exposed: ['set out', 'outlined', 'presented'], expose: ['set out', 'outline'], exposes: ['sets out', 'outlines'], exposing: ['setting out', 'outlining']},
    meaning: 'set out, outline, present (a plan, arguments)',
    confidence: 'medium',
    context: [{after: ['his|her|their|its programme|program|vision|priorities|proposals|arguments|roadmap|conclusions|reasoning|grievances|demands|project|reform|reforms|method|doctrine|strategy|position|positions|views'], why: '"Il a exposé son programme" is he set out (outlined) his programme; English "expose" is to reveal something hidden or to leave it unprotected.'}],
    exceptions: [{before: ['was|were|been|be|being|is|are'], why: 'The passive ("was exposed") is the English sense.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'avertir',
    english: 'avert',
    forms: {averted: ['warned'], avert: ['warn'], averts: ['warns'], averting: ['warning']},
    meaning: 'warn, notify',
    confidence: 'high',
    context: [{after: ['that|of|against', 'him|her|them|us|me|you|police|authorities|residents|parents|users|motorists|investors|voters that|of|against', 'the police|authorities|public|population|residents|parents|users|motorists|investors|voters that|of|against'], why: '"Il a averti que" is he warned that; English "avert" is to prevent (a crisis) or turn away (the eyes), and takes no "that".'}],
    source: [KD, VR, WK]
  },
  {
    french: 'retirer (sa candidature, sa plainte)',
    english: 'retire',
    forms: {retired: ['withdrew', 'withdrawn'], retire: ['withdraw'], retires: ['withdraws'], retiring: ['withdrawing']},
    meaning: 'withdraw (a candidacy, a complaint, a bill); take out (money)',
    confidence: 'high',
    context: [{after: ['his|her|their|its|the candidacy|candidature|complaint|complaints|proposal|amendment|amendments|support|ambassador|licence|license|permit|accreditation|nomination|offer|application|motion|text|bill|reform|decree|plan|project|resignation', 'money|cash|funds from'], why: '"Il a retiré sa candidature" is he withdrew his candidacy; English "retire" is to stop working (or to pay off a debt), and nobody retires a complaint.'}],
    exceptions: [{after: ['the|his|her|their|its debt|debts|bonds|jersey|shirt|number'], why: 'Retiring a debt or a jersey number is English.'}],
    source: [KD, VR, RC]
  }
]
