/**
 * Literal translations of French idioms and constructions that French→English machine
 * translation produces. Every entry names the French expression, the English word sequences
 * to find (pattern syntax in `compilePattern`, src/rules/calque.ts: `a|b` alternatives, `x?`
 * optional, `#` a number), the idiomatic replacements for each, and why it is a calque.
 *
 * Left out on purpose, because they are ordinary English and would flag good text:
 * "take a decision" (standard British English), "pass an exam" (means succeed, as in
 * English), "in the context of" (too common in English to signal anything; the seed's "in
 * the context of the Ramstein summit" is awkward rather than wrong), "in recent hours"
 * (used by English news outlets), "make the difference" (English), "put the emphasis on".
 */

import type {PhraseContext} from '../support/phrase-context.js'
import {courtAndSocietyCalques} from './court-and-society-calques.js'
import {fixedPhraseCalques} from './fixed-phrase-calques.js'
import {newsCalques} from './news-calques.js'
import {periphrases} from './periphrases.js'
import {phraseCalques} from './phrase-calques.js'

/** `followedBy`, `precededBy` and their negations: see phrase-context.ts. */
export interface CalqueEntry extends PhraseContext {
  /** The French expression the English copies. */
  french: string
  /** Pattern → idiomatic replacements for that form (each inflection gets its own). */
  forms: Record<string, string[]>
  /** Why it is a calque and why the conditions keep good English alone. */
  why: string
  source: string[]
}

const VD = 'Vinay & Darbelnet, Stylistique comparée du français et de l’anglais (Didier, 1958)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const TE = 'Thody & Evans, Faux Amis and Key Words (Athlone, 1985)'
const EU = 'Gardner, Misused English words and expressions in EU publications (European Court of Auditors, 2013)'
const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const MED = 'Van Roey, Granger & Swallow, Dictionnaire des faux amis français-anglais (Duculot, 1998), medical entries; Dorland’s Illustrated Medical Dictionary (Elsevier, 33rd ed., 2019) for the English terms'
const SEED = 'postedit seed article source-text/moscow-air-defense.txt (French→English MT)'

/** Words that start a noun phrase: the verb before them takes a direct object. */
const NOUN_PHRASE_START = ['a', 'an', 'the', 'this', 'these', 'that', 'those', 'new', 'several', 'some', 'many', 'more', 'specific', 'measures', 'systems', 'procedures', 'tools', 'strategies', 'its', 'their', 'his', 'her', 'our', 'effective', 'appropriate', 'adequate']

/** Words after "a news" that make it a compound noun ("a news conference"). */
const NEWS_ENDS = ['that', 'which', '$', ',', '.', ':', ';', 'of', 'about', 'from', 'is', 'was', 'has', 'had']

export const calques: CalqueEntry[] = [
  {
    french: 'démonstration de force / bras de fer',
    forms: {'show|shows of muscle|muscles': ['show of force', 'show of strength']},
    why: 'English shows force or strength; "flex one’s muscles" is the verb idiom.',
    source: [SEED, VD]
  },
  {
    french: 'renvoyer la balle à',
    forms: {
      'give the ball back to': ['pass the buck to', 'put the ball back in the court of'],
      'gives the ball back to': ['passes the buck to', 'puts the ball back in the court of'],
      'gave the ball back to': ['passed the buck to', 'put the ball back in the court of'],
      'given the ball back to': ['passed the buck to', 'put the ball back in the court of'],
      'giving the ball back to': ['passing the buck to', 'putting the ball back in the court of'],
      'send|return the ball back? to': ['pass the buck to'],
      'sends|returns the ball back? to': ['passes the buck to'],
      'sent|returned the ball back? to': ['passed the buck to'],
      'sending|returning the ball back? to': ['passing the buck to']
    },
    why: 'The French image is a ball sent back over the net; English passes the buck or puts the ball in someone’s court.',
    source: [SEED, CP]
  },
  {
    french: 'au niveau de',
    forms: {'at the level of': ['in', 'at', 'regarding']},
    notFollowedBy: ['#', 'the|each|every|a? lumbar|cervical|thoracic|sacral|vertebral|vertebra|vertebrae|spine|spinal|disc|knee|hip|ankle|wrist|elbow|shoulder|skin|lesion|lesions|tumour|tumor|cell|cells|gene|genes|protein|proteins|transcript|transcripts|individual|individuals|population|patient|patients|community|household|molecule|molecular|expression|sea|ground|eye|eyes|waist|knees|street|floor'],
    why: '"au niveau de" is a filler preposition in French; English "at the level of" is literal (a height, a vertebra, a unit of analysis), which the exclusions keep.',
    source: [VD, EU]
  },
  {
    french: 'faire une réflexion (sur)',
    forms: {
      'make|do a|the reflection|reflections': ['reflect', 'think about'],
      'makes|does a|the reflection|reflections': ['reflects', 'thinks about'],
      'made|did a|the reflection|reflections': ['reflected', 'thought about'],
      'making|doing a|the reflection|reflections': ['reflecting', 'thinking about']
    },
    why: 'English reflects or thinks about something; "make a reflection" copies "faire une réflexion".',
    source: [CP]
  },
  {
    french: 'in fine',
    forms: {'in fine': ['in the end', 'ultimately']},
    notFollowedBy: ['print', 'detail', 'details', 'form', 'condition', 'shape', 'style', 'fettle', 'weather', 'particles', 'powder'],
    why: 'Latin tag current in French prose; English readers expect "ultimately". The exclusions keep "in fine print/detail/form".',
    source: [EU]
  },
  {
    french: 'une nouvelle',
    forms: {'a news': ['a piece of news', 'news']},
    followedBy: NEWS_ENDS,
    why: '"News" is uncountable in English; "a news" followed by a clause copies "une nouvelle". "A news agency/report/story" is a compound and stays unflagged.',
    source: [SEED, SWAN]
  },
  {
    french: 'les nouvelles sont',
    forms: {'the news are|were': ['the news is', 'the news was'], 'these|those news': ['this news', 'that news']},
    notFollowedBy: ['agencies', 'outlets', 'organisations', 'organizations', 'channels', 'reports', 'stories', 'media', 'sites', 'websites', 'items'],
    why: '"News" takes a singular verb and determiner in English.',
    source: [SWAN]
  },
  {
    french: 'c’est dans ce contexte que',
    forms: {
      'it is|was in this|that context that': ['in this context,', 'against this background,'],
      'it is|was in this|that framework that': ['in this context,', 'within this framework,'],
      'it is|was in this|that perspective that': ['with this in mind,', 'to this end,'],
      'it is|was in this|that spirit that': ['in this spirit,']
    },
    why: 'The French cleft "c’est … que" fronts the adverbial; English puts it first without the cleft.',
    source: [VD, CP]
  },
  {
    french: 'dans le cadre de',
    forms: {'in the framework|frame of': ['as part of', 'under', 'within']},
    why: '"Dans le cadre de" is rendered literally; English says "as part of" or "under". "Within the framework of" is established English and stays unflagged.',
    source: [EU]
  },
  {
    french: 'mettre en place',
    forms: {
      'put in place': ['set up', 'introduce', 'establish'],
      'puts in place': ['sets up', 'introduces', 'establishes'],
      'putting in place': ['setting up', 'introducing', 'establishing']
    },
    followedBy: NOUN_PHRASE_START,
    why: 'English says "put X in place" or "measures put in place"; "put in place" directly before its object follows the French word order "mettre en place un …".',
    source: [EU, CP]
  },
  {
    french: 'mettre l’accent sur',
    forms: {
      'put|place the accent on|upon': ['emphasise', 'stress', 'put the emphasis on'],
      'puts|places the accent on|upon': ['emphasises', 'stresses', 'puts the emphasis on'],
      'placed the accent on|upon': ['emphasised', 'stressed', 'put the emphasis on'],
      'putting|placing the accent on|upon': ['emphasising', 'stressing', 'putting the emphasis on']
    },
    why: 'An accent in English is a pronunciation or a diacritic; the figurative sense is "emphasis".',
    source: [TE, VD]
  },
  {
    french: 'dans la mesure où',
    forms: {'in the measure where|that|in|which': ['insofar as', 'to the extent that', 'since']},
    why: 'Word-for-word "dans la mesure où"; English uses "insofar as" or "to the extent that".',
    source: [CP]
  },
  {
    french: 'à l’image de',
    forms: {'at|to the image of': ['like', 'in the image of', 'just as']},
    why: 'English says "in the image of" (or just "like"); "at the image of" copies the French preposition.',
    source: [CP]
  },
  {
    french: 'depuis + durée',
    forms: {'since': ['for']},
    followedBy: [
      '# years|months|weeks|days|hours|decades|centuries',
      'several|many|some|hundreds|dozens|thousands years|months|weeks|days|decades',
      'a few|couple? years|months|weeks|days|decades',
      'a long time',
      'long $|,|.'
    ],
    notFollowedBy: ['#|several|many|some|a|hundreds|dozens|thousands few|couple? years|months|weeks|days|hours|decades|centuries ago|earlier|before|previously', 'a long time ago'],
    notPrecededBy: ['ever', 'long'],
    why: 'French "depuis" takes both a point and a length of time; English "since" takes only a point ("since 2020"), a length takes "for".',
    source: [SWAN, VD]
  },
  {
    french: 'il y a + durée',
    forms: {'there is|has': ['it has been']},
    followedBy: ['# years|months|weeks|days|decades'],
    why: '"Il y a deux ans (que)" means "two years ago" or "it has been two years (since)"; "there is two years" is a word-for-word rendering. Only the verb is replaced, so the suggestion fits the "que" reading; the "ago" reading needs a human.',
    source: [SWAN]
  },
  {
    french: 'faire la différence',
    forms: {'do|does|did|doing the difference': ['make the difference'], 'done the difference': ['made the difference']},
    why: 'English makes, not does, a difference.',
    source: [SWAN]
  },
  {
    french: 'mettre en évidence',
    forms: {
      'put|puts in evidence': ['highlight', 'show', 'demonstrate'],
      'putting in evidence': ['highlighting', 'showing', 'demonstrating'],
      'placed in evidence': ['highlighted', 'shown', 'demonstrated']
    },
    why: '"Mettre en évidence" means to show or reveal; English "evidence" is proof, and "put in evidence" is a legal act.',
    source: [TE, VD]
  },
  {
    french: 'faire le point sur',
    forms: {
      'make|do the point on|about': ['review', 'take stock of', 'give an update on'],
      'makes|does the point on|about': ['reviews', 'takes stock of', 'gives an update on'],
      'made|did the point on|about': ['reviewed', 'took stock of', 'gave an update on'],
      'making|doing the point on|about': ['reviewing', 'taking stock of', 'giving an update on']
    },
    why: '"Faire le point" is taking stock; "make the point" in English means argue something.',
    source: [CP]
  },
  {
    french: 'dans l’optique de',
    forms: {'in the optic|optics of': ['with a view to', 'in order to']},
    why: 'English "optics" is the physics or public perception; the French means "with a view to".',
    source: [EU]
  },
  {
    french: 'dans la perspective de',
    forms: {'in the perspective of': ['with a view to', 'in view of']},
    why: 'English takes a perspective "from"; "in the perspective of" renders "dans la perspective de" (in anticipation of).',
    source: [EU, CP]
  },
  {
    french: 'au profit de',
    forms: {'to the profit of': ['for the benefit of', 'in favour of']},
    why: 'Literal "au profit de"; English speaks of benefit.',
    source: [CP]
  },
  {
    french: 'dans le but de / dans l’objectif de',
    forms: {'in the aim|goal|objective of|to': ['with the aim of', 'in order to']},
    notPrecededBy: ['united|unite|unites|uniting|join|joins|joined|together|partners|interested|invested|succeed|succeeded|persist|persisted|one|agreement'],
    why: 'English has "with the aim of"; "in the aim of" follows "dans le but de". "United in the goal of victory" (sharing a goal) is English and is left alone.',
    source: [CP, EU]
  },
  {
    french: 'au niveau de (variant)',
    forms: {'on the level of': ['in terms of', 'regarding']},
    notFollowedBy: ['#'],
    why: 'Same filler preposition as "at the level of" with another English preposition.',
    source: [VD]
  },
  {
    french: 'poser problème',
    forms: {'pose|poses|posed|posing problem': ['be a problem', 'cause problems'], 'make|makes|made problem': ['be a problem']},
    why: 'French drops the article ("poser problème"); English needs "pose a problem".',
    source: [CP]
  },
  {
    french: 'il s’agit de',
    forms: {'it acts|acted of|about': ['it is', 'this is about'], 'it is|was question of': ['it is about', 'there is talk of']},
    why: '"Il s’agit de" translated from "agir"; "il est question de" translated word for word.',
    source: [VD, CP]
  },
  {
    french: 'prendre en charge',
    forms: {
      'take|takes in charge': ['treat', 'look after', 'manage', 'cover'],
      'took in charge': ['treated', 'looked after', 'managed', 'covered'],
      'taken in charge': ['treated', 'looked after', 'managed', 'covered'],
      'taking in charge': ['treating', 'looking after', 'managing', 'care of']
    },
    why: '"Prendre en charge" (to treat a patient, to cover a cost) has no English "take in charge" outside police usage.',
    source: [CP]
  },
  {
    french: 'avoir lieu',
    forms: {'have|has|had|having place': ['take place'], 'has|have had place': ['has taken place']},
    notFollowedBy: ['for', 'in', 'among', 'within', 'at', 'as', 'on'],
    why: '"Avoir lieu" is "take place"; "have place" is archaic. "Have a place in" and "had no place" are kept by requiring no article and excluding a following preposition.',
    source: [VD]
  },
  {
    french: 'donner lieu à',
    forms: {'give|gives place to': ['give rise to', 'lead to'], 'gave|given|giving place to': ['gave rise to', 'led to']},
    why: '"Donner lieu à" means cause; English "give place to" means make way for.',
    source: [VD, CP]
  },
  {
    french: 'faire appel à',
    forms: {'make|makes|made|making|do|does|did|doing appeal to': ['call on', 'appeal to', 'use']},
    why: 'English appeals to someone without "make"; the French verb phrase needs no article.',
    source: [CP]
  },
  {
    french: 'faire preuve de',
    forms: {'make|makes|made|making proof of': ['show', 'display', 'demonstrate'], 'do|does|did proof of': ['show']},
    why: '"Faire preuve de" means show a quality; English "proof" is evidence.',
    source: [CP, TE]
  },
  {
    french: 'faire partie de',
    forms: {'make|makes|made|making part of': ['be part of', 'belong to']},
    notPrecededBy: ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'gets', 'got'],
    why: '"Faire partie de" means belong to; English "make part of" is not idiomatic.',
    source: [CP]
  },
  {
    french: 'faire état de',
    forms: {'make|makes|made|making state of': ['report', 'mention', 'refer to'], 'do|does|did state of': ['report']},
    why: '"Faire état de" means report or mention.',
    source: [CP]
  },
  {
    french: 'faire l’objet de',
    forms: {
      'be the object of': ['be the subject of', 'undergo'],
      'is the object of': ['is the subject of'],
      'are the object|objects of': ['are the subject of'],
      'was the object of': ['was the subject of'],
      'were the object|objects of': ['were the subject of'],
      'been the object of': ['been the subject of'],
      'being the object of': ['being the subject of']
    },
    followedBy: ['a|an? study', 'a|an? studies', 'a|an? investigation', 'a|an? investigations', 'a|an? evaluation', 'a|an? evaluations', 'a|an? review', 'a|an? reviews', 'a|an? analysis', 'a|an? analyses', 'a|an? survey', 'a|an? surveys', 'a|an? publication', 'a|an? publications', 'a|an? debate', 'a|an? debates', 'a|an? consultation', 'a|an? follow-up', 'a|an? monitoring', 'a|an? assessment', 'a|an? assessments', 'a|an? report', 'a|an? reports', 'a|an? complaint', 'a|an? complaints', 'a|an? procedure', 'a|an? revision', 'a|an? specific', 'a|an? particular', 'a|an? systematic', 'a|an? special', 'a|an? prospective', 'a|an? retrospective', 'a|an? detailed'],
    why: '"Faire l’objet d’une étude" is "be studied" or "be the subject of a study"; "the object of desire/ridicule" stays English because only research and procedure nouns trigger it.',
    source: [CP, EU]
  },
  {
    french: 'à la sortie de',
    forms: {'at the exit of': ['on leaving', 'at the end of', 'on discharge from']},
    notFollowedBy: ['the building', 'the tunnel', 'the station', 'the motorway', 'the car park', 'the parking', 'the highway'],
    why: '"À la sortie de l’hôpital / de la réunion" means on leaving it; English keeps "exit" for doors and roads, which the exclusions allow.',
    source: [CP]
  },
  {
    french: 'au bout du compte',
    forms: {'at the end of the count|account': ['in the end', 'ultimately']},
    why: 'Literal rendering of "au bout du compte"; English says "at the end of the day".',
    source: [CP]
  },
  {
    french: 'selon moi',
    forms: {'according to me': ['in my opinion', 'in my view']},
    why: 'English "according to" reports others; for oneself it is "in my opinion".',
    source: [SWAN]
  },
  {
    french: 'sous (la) forme de',
    forms: {'under the form|forms of': ['in the form of'], 'under form|forms of': ['in the form of']},
    why: 'French "sous" becomes "under"; English says "in the form of".',
    source: [VD]
  },
  {
    french: 'par rapport à',
    forms: {'by report to|with': ['compared with', 'in relation to'], 'in report to|with': ['compared with', 'in relation to'], 'by relation to': ['compared with', 'in relation to']},
    why: 'Word-for-word "par rapport à"; "report" is not a relation in English.',
    source: [CP]
  },
  {
    french: 'attirer l’attention sur',
    forms: {
      'draw|draws|drew|drawn|drawing the attention on|upon': ['draw attention to'],
      'attract|attracts|attracted|attracting the attention on|upon': ['draw attention to']
    },
    why: 'English draws attention "to" something; "sur" gives "on".',
    source: [SWAN, CP]
  },
  {
    french: 'en même temps',
    forms: {'in the same time': ['at the same time']},
    notFollowedBy: ['as', 'it', 'that', 'frame', 'period', 'span', 'interval', 'window', 'needed', 'required', 'taken'],
    why: '"En même temps" is "at the same time"; "in the same time (as/it takes)" is a duration and is excluded.',
    source: [SWAN]
  },
  {
    french: 'avoir l’habitude de',
    forms: {'have|has|had|having the habit to': ['have the habit of', 'be used to']},
    why: 'French "l’habitude de + infinitive"; English "the habit of + -ing".',
    source: [SWAN]
  },
  {
    french: 'connaître (un succès, une croissance)',
    forms: {
      'know|knows a|an success|growth|increase|boom|decline|development|revival|crisis|rise|drop|slowdown|recovery': ['experience', 'enjoy', 'see'],
      'knew|known a|an success|growth|increase|boom|decline|development|revival|crisis|rise|drop|slowdown|recovery': ['experienced', 'enjoyed', 'saw'],
      'knowing a|an success|growth|increase|boom|decline|development|revival|crisis|rise|drop|slowdown|recovery': ['experiencing']
    },
    why: '"Connaître un succès" means enjoy success; English "know" does not take events as objects.',
    source: [TE, CP]
  },
  {
    french: 'en direct',
    forms: {'in direct': ['live']},
    precededBy: ['broadcast', 'broadcasts', 'broadcasted', 'aired', 'shown', 'televised', 'filmed', 'follow', 'followed', 'watch', 'watched', 'streamed', 'transmitted'],
    notFollowedBy: ['contact', 'proportion', 'relation', 'response', 'competition', 'conflict', 'opposition', 'connection', 'comparison', 'line', 'sunlight', 'correlation'],
    why: '"En direct" is "live"; the condition on a broadcasting verb leaves "in direct contact/proportion" alone.',
    source: [TE]
  },
  {
    french: 'médias de référence',
    forms: {'reference media|newspaper|newspapers|daily|dailies|outlet|outlets|press': ['leading media', 'major media outlets', 'newspaper of record']},
    why: '"Un journal de référence" is a leading newspaper (a newspaper of record); "reference media" is not an English collocation.',
    source: [SEED]
  },
  {
    french: 'la plupart de',
    forms: {'the most part of': ['most of']},
    notPrecededBy: ['for'],
    why: '"La plupart de" is "most of"; "for the most part" is idiomatic and excluded.',
    source: [SWAN]
  },
  {
    french: 'au moment où',
    forms: {'at|in the moment where': ['at the moment when', 'when', 'just as'], 'at|in the time where': ['at the time when', 'when']},
    why: 'French "où" becomes "where"; English uses "when" after a time noun.',
    source: [SWAN]
  },
  {
    french: 'être à l’origine de',
    forms: {'is|are|was|were|be|been|being at the origin of': ['be behind', 'cause', 'be the source of']},
    why: '"Être à l’origine de" means cause or be behind; "be at the origin of" is a word-for-word copy.',
    source: [CP]
  },
  {
    french: 'par le biais de',
    forms: {'by the way of': ['through', 'via', 'by way of'], 'by the bias of': ['through', 'via']},
    why: '"Par le biais de" is "through"; "by the bias of" copies "biais", and English "by way of" takes no article.',
    source: [TE]
  },
  {
    french: 'au contraire (de)',
    forms: {'at the contrary': ['on the contrary'], 'to the contrary of': ['unlike', 'contrary to']},
    why: 'English "on the contrary"; "au contraire de" is "unlike".',
    source: [SWAN]
  },
  {
    french: 'à l’inverse (de)',
    forms: {'at the inverse|reverse of?': ['conversely', 'unlike']},
    why: '"À l’inverse" is "conversely"; "at the inverse" is word for word.',
    source: [CP]
  },
  {
    french: 'dans la continuité de',
    forms: {'in the continuity of': ['following on from', 'as a continuation of', 'in line with']},
    why: 'Literal "dans la continuité de".',
    source: [EU]
  },
  {
    french: 'sur le plan de',
    forms: {'on|at the plan|plane of': ['in terms of', 'as regards']},
    why: '"Sur le plan économique" is "in economic terms"; "on the plan of" is word for word.',
    source: [VD, CP]
  },
  {
    french: 'en matière de',
    forms: {'in matter|matters of': ['in terms of', 'as regards', 'regarding']},
    notPrecededBy: ['only', 'just'],
    why: '"En matière de" is "as regards"; English "in matters of" exists but "in matter of" does not.',
    source: [EU, CP]
  },
  {
    french: 'apporter une solution',
    forms: {
      'bring|brings a|an solution|solutions|answer': ['provide a solution', 'find a solution'],
      'brought|bringing a|an solution|solutions|answer': ['provided a solution', 'found a solution']
    },
    why: '"Apporter une solution" is provide or find a solution.',
    source: [CP]
  },
  {
    french: 'montée en puissance',
    forms: {'rise|rises|rising in power': ['build-up', 'growing strength', 'ramp-up']},
    notFollowedBy: ['output', 'consumption', 'density', 'supply', 'demand', 'levels', 'level'],
    why: '"Montée en puissance" is a build-up; "rise in power" reads as electrical output (which the exclusions keep).',
    source: [EU]
  },
  {
    french: 'à l’horizon',
    forms: {'at the horizon|horizons of?': ['by']},
    followedBy: ['a|an? #', 'a|an? 2020', 'a|an? 2025', 'a|an? 2030', 'a|an? 2035', 'a|an? 2040', 'a|an? 2050'],
    why: '"À l’horizon 2030" is "by 2030"; English "on the horizon" is a different image.',
    source: [EU]
  },
  {
    french: 'dans la foulée de',
    forms: {'in the stride|strides of': ['in the wake of', 'following']},
    why: 'Literal "dans la foulée"; English "in the wake of".',
    source: [CP]
  },
  {
    french: 'une douzaine de / une centaine de',
    forms: {'a dozen|hundred|thousand of': ['a dozen', 'a hundred', 'a thousand'], 'a|one tens|dozens of': ['dozens of']},
    notFollowedBy: ['them', 'us', 'you', 'these', 'those', 'the', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'which', 'whom'],
    why: '"Une douzaine de personnes" is "a dozen people"; English keeps "of" only before a determiner ("a dozen of them").',
    source: [SWAN]
  },
  {
    french: 'être en train de',
    forms: {'in train of|to': ['in the process of'], 'on train of|to': ['in the process of']},
    why: '"En train de" marks the progressive; "in train of" is word for word.',
    source: [VD]
  },
  {
    french: 'participer à / prendre part à',
    forms: {
      'participate|participates|participated|participating to': ['participate in'],
      'take|takes|took|taken|taking part to': ['take part in']
    },
    why: 'English participates "in"; the French preposition "à" gives "to".',
    source: [SWAN]
  },
  {
    french: 'discuter de',
    forms: {'discuss|discusses|discussed|discussing about': ['discuss']},
    why: '"Discuss" is transitive; "about" copies "discuter de".',
    source: [SWAN]
  },
  {
    french: 'répondre à',
    forms: {'answer|answers|answered|answering to the|this|these|a|an question|questions|query|queries|request|requests|problem|problems|need|needs': ['answer', 'respond to', 'meet']},
    notPrecededBy: ['in', 'an', 'the', 'no', 'this', 'my', 'his', 'her', 'their', 'its', 'our', 'your'],
    why: '"Répondre à une question" is "answer a question" (transitive); "in answer to" stays unflagged.',
    source: [SWAN]
  },
  {
    french: 'sur le terrain de / au sein de',
    forms: {'in the breast|bosom of': ['within', 'among']},
    why: '"Au sein de" means within; "in the bosom of" is literary English and rarely meant.',
    source: [TE, EU]
  },
  {
    french: 'en fonction de',
    forms: {'in function of': ['depending on', 'according to', 'as a function of']},
    why: '"En fonction de" is "depending on"; English "function" needs "as a function of".',
    source: [CP]
  },
  {
    french: 'à titre de',
    forms: {'at the title of': ['as', 'by way of']},
    why: '"À titre d’exemple / de comparaison" is "by way of example"; "at the title of" is word for word.',
    source: [CP]
  },
  {
    french: 'à titre (+ adjectif)',
    forms: {
      'at|by|in|as a|an? preventive|precautionary title': ['as a precaution', 'preventively'],
      'at|by|in|as a|an? indicative|informative|illustrative title': ['for information', 'as an indication', 'by way of illustration'],
      'at|by|in|as a|an? experimental title': ['on an experimental basis'],
      'at|by|in|as a|an? exceptional title': ['exceptionally', 'as an exception'],
      'at|by|in|as a|an? provisional title': ['provisionally', 'on a provisional basis']
    },
    why: '"À titre préventif / indicatif / exceptionnel" are adverbs; the English "title" has no such sense.',
    source: [CP, EU]
  },
  {
    french: 'à la hauteur de (montant)',
    forms: {'at the height of #': ['up to', 'to the amount of'], 'at height of #': ['up to']},
    why: '"À hauteur de 50 %" is "up to 50%" or "to the amount of"; "at the height of the crisis" stays English because only a number after it triggers.',
    source: [CP, EU]
  },
  {
    french: 'mettre en œuvre',
    forms: {
      'put|puts in oeuvre|œuvre': ['implement', 'carry out'],
      'putting in oeuvre|œuvre': ['implementing', 'carrying out']
    },
    why: '"Mettre en œuvre" is implement.',
    source: [EU, CP]
  },
  {
    french: 'au détriment de (variant) / au dépens de',
    forms: {'at the expenses of': ['at the expense of']},
    why: 'Plural copied from "aux dépens de"; English "at the expense of" is singular.',
    source: [SWAN]
  },
  {
    french: 'périmètre crânien / abdominal / brachial',
    forms: {
      'cranial|cephalic perimeter|perimeters': ['head circumference'],
      'abdominal perimeter|perimeters': ['waist circumference', 'abdominal circumference'],
      'brachial perimeter|perimeters': ['arm circumference'],
      'thoracic perimeter|perimeters': ['chest circumference']
    },
    why: 'French measures a "périmètre"; English anthropometry measures a circumference.',
    source: [CP, MED]
  },
  {
    french: 'bilan (biologique, étiologique, d’extension)',
    forms: {
      'biological|etiological|aetiological|pretherapeutic|pre-therapeutic|radiological|extension balance|balances': ['work-up', 'laboratory tests'],
      'biological assessment|assessments': ['laboratory tests', 'blood tests']
    },
    why: '"Bilan" is a set of tests; "balance" is its accounting sense and "biological assessment" means an assessment of living things.',
    source: [MED, TE]
  },
  {
    french: 'accident vasculaire cérébral',
    forms: {'cerebral vascular accident|accidents': ['stroke'], 'vascular cerebral accident|accidents': ['stroke']},
    why: 'The English clinical term is stroke (or cerebrovascular accident, written as one word); "cerebral vascular accident" copies the French word order.',
    source: [MED]
  },
  {
    french: 'tension artérielle',
    forms: {'arterial tension': ['blood pressure']},
    why: '"Tension artérielle" is blood pressure; English "tension" is stress or strain.',
    source: [MED, TE]
  },
  {
    french: 'explorations fonctionnelles',
    forms: {'functional exploration|explorations': ['function tests', 'functional testing']},
    why: '"Explorations fonctionnelles respiratoires" are lung function tests; "exploration" in English is travel or surgery.',
    source: [MED]
  },
  {
    french: 'tirer la sonnette d’alarme',
    forms: {
      'pull|pulls|pulled|pulling the alarm bell': ['sound the alarm', 'raise the alarm'],
      'ring|rings|rang|rung|ringing the alarm bell': ['sound the alarm', 'raise the alarm']
    },
    why: 'English sounds or raises the alarm; "ring the alarm bell" copies "tirer la sonnette d’alarme".',
    source: [VD]
  },
  {
    french: 'jeter de l’huile sur le feu',
    forms: {'throw|throws|threw|thrown|throwing oil on the fire': ['add fuel to the fire', 'pour oil on the flames']},
    why: 'English adds fuel to the fire (or pours oil on the flames).',
    source: [VD]
  },
  {
    french: 'coûter les yeux de la tête',
    forms: {'cost|costs|costing the eyes of the head': ['cost an arm and a leg']},
    why: 'Idiom rendered word for word.',
    source: [VD]
  },
  {
    french: 'enfoncer des portes ouvertes',
    forms: {'push|pushes|pushed|pushing|break|breaks|broke|broken|breaking|knock|knocks|knocked|knocking down|in open doors': ['state the obvious']},
    why: '"Enfoncer des portes ouvertes" is stating the obvious; the English reader sees doors.',
    source: [VD]
  },
  {
    french: 'faire d’une pierre deux coups',
    forms: {'make|makes|made|making|do|does|did two blows|strokes|hits with one|a stone': ['kill two birds with one stone']},
    why: 'The English idiom has birds.',
    source: [VD]
  },
  {
    french: 'noyer le poisson',
    forms: {'drown|drowns|drowned|drowning the fish': ['muddy the waters', 'evade the issue']},
    why: 'French idiom for evasion, meaningless in English.',
    source: [VD]
  },
  {
    french: 'en tout état de cause',
    forms: {'in all state|states of cause': ['in any case', 'at any rate']},
    why: 'Word-for-word rendering of a set phrase.',
    source: [CP]
  },
  {
    french: 'à l’heure actuelle',
    forms: {'at the actual hour': ['at present', 'currently']},
    why: 'A false friend ("actuelle" = current) inside a set phrase.',
    source: [TE, EU]
  },
  // News, court and politics reporting, reviewed as one list (src/rules/data/news-calques.ts).
  ...newsCalques,
  // Prepositional, time and connector phrases, verb phrases and set phrases (src/rules/data/phrase-calques.ts).
  ...phraseCalques,
  // The periphrases of French news style (src/rules/data/periphrases.ts).
  ...periphrases,
  // Fixed verb phrases, article-less time phrases and idioms (src/rules/data/fixed-phrase-calques.ts).
  ...fixedPhraseCalques,
  // Terms of crime, court, parliament, health and culture reporting (src/rules/data/court-and-society-calques.ts).
  ...courtAndSocietyCalques
]
