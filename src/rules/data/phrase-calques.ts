/**
 * Calques of French prepositional phrases, time expressions, connectors, verb phrases and set
 * phrases that French→English machine translation renders word by word in news copy ("at the
 * issue of the meeting", "in a first time", "without forgetting", "put end to", "blows of
 * knife"). Same shape and pattern syntax as src/rules/data/calques.ts, which spreads this list
 * into its own; kept apart because these are the connective tissue of a French sentence rather
 * than the vocabulary of one register, and are reviewed together.
 *
 * Every entry is written from the French expression and the reference works below (the
 * translation manuals' lists of "tournures" and false equivalents), never from evaluation data.
 * Where the English words also have a native use, the conditions name the neighbours only the
 * French sense takes ("on the side of" only at the head of a sentence before an institution,
 * "at the issue of" only before an event); `bench/native-prose.ts` checks that the entries stay
 * silent on native English prose.
 *
 * Left out on purpose, because native news English uses them as they are: "knowing that",
 * "it is about", "it is a question of", "in effect", "by the way", "in first place", "at the
 * service of", "in view of", "at the initiative of", "in the order of", "at the height of" (without
 * a number), "on the part of", "in relation with", "it was then that".
 */
import type {CalqueEntry} from './calques.js'

const VD = 'Vinay & Darbelnet, Stylistique comparée du français et de l’anglais (Didier, 1958)'
const CP = 'Chuquet & Paillard, Approche linguistique des problèmes de traduction anglais↔français (Ophrys, 1987)'
const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const TE = 'Thody & Evans, Faux Amis and Key Words (Athlone, 1985)'
const SWAN = 'Swan, Practical English Usage (Oxford University Press, 4th ed., 2016)'
const EU = 'Gardner, Misused English words and expressions in EU publications (European Court of Auditors, 2013)'
const HH = 'Hervey & Higgins, Thinking French Translation (Routledge, 2nd ed., 2002)'
const DUFF = 'Duff, The Third Language: Recurrent Problems of Translation into English (Pergamon, 1981)'

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december'

/** Institutions and sides a French news sentence opens with ("Du côté de la police, …"). */
const SIDES =
  'police|government|opposition|unions|union|prosecution|prosecutors|authorities|ministry|management|employers|defence|defense|investigators|club|company|army|military|kremlin|elysee|élysée|rebels|majority|executive|presidency|family|families|organisers|organizers|fans|supporters|players|teachers|doctors|farmers|residents|inhabitants'

/** Events that French "à l’issue de / au terme de / à l’occasion de" introduces. */
const EVENTS =
  'meeting|meetings|talks|vote|match|summit|trial|hearing|game|election|elections|round|race|negotiations|interview|conference|council|debate|ceremony|session|visit|consultation|consultations|investigation|inquiry|war|season|first|second|talk|discussion|discussions|week|day|weekend|week-end|month|year|campaign|deliberations|operation|review|congress|tournament|final|semi-final|stage|process|procedure|period|months|years|weeks|days|two|three|four|five|six|seven|eight|nine|ten|#'

/** People and bodies on whose behalf or at whose request something is done. */
const ACTORS =
  'president|minister|mayor|prime|leader|king|queen|chancellor|government|prosecutor|prosecutors|judge|judges|court|family|families|police|authorities|unions|union|party|opposition|company|ministry|commission|council|lawyer|lawyers|defence|defense|victims|parents|employer|employers|board|club|federation|prefect|prefecture'

/** "À 20 heures" → "at 8 pm": the French 24-hour clock read as a duration. */
function clockForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (let hour = 13; hour <= 23; hour++) forms[`at ${hour} hours|hour|h`] = [`at ${hour - 12} pm`]
  return forms
}

/** "Les années 1990" → "the 1990s". */
function decadeForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (let decade = 1920; decade <= 2010; decade += 10) forms[`the years ${decade}`] = [`the ${decade}s`]
  for (const [short, word, full] of [['60', 'sixty', '1960s'], ['70', 'seventy', '1970s'], ['80', 'eighty', '1980s'], ['90', 'ninety', '1990s']] as const) {
    forms[`the years ${short}|${word}`] = [`the ${full}`]
  }
  return forms
}

/** "Dans la nuit de vendredi" → "on Friday night". */
function nightForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const day of WEEKDAYS) {
    const name = day.charAt(0).toUpperCase() + day.slice(1)
    forms[`in|during the night of ${day}`] = [`on ${name} night`, `overnight on ${name}`]
  }
  return forms
}

/** "Dans l’après-midi de lundi" → "on Monday afternoon". */
function dayPartForms(): Record<string, string[]> {
  const forms: Record<string, string[]> = {}
  for (const day of WEEKDAYS) {
    const name = day.charAt(0).toUpperCase() + day.slice(1)
    for (const part of ['morning', 'afternoon', 'evening']) forms[`in the ${part} of ${day}`] = [`on ${name} ${part}`]
  }
  return forms
}

/** "En hausse / en baisse": a French state phrase where English uses up/down or a verb. */
const TREND_UP = 'increase|rise|progression|hike'
const TREND_DOWN = 'decrease|drop|diminution'
const TREND_DEGREE = 'net|clear|sharp|slight|strong|steady|constant|continuous|marked|significant'

export const phraseCalques: CalqueEntry[] = [
  // Prepositional phrases.
  {
    french: 'du côté de (en tête de phrase)',
    forms: {'on|from the side of': ['for', 'as for', 'as far as … is concerned']},
    precededBy: ['^'],
    followedBy: [`the|french|british|american|russian|ukrainian|local? ${SIDES}`],
    why: '"Du côté de la police, on indique que…" introduces whose view follows; English opens with "For the police," or "The police said". Only the sentence-opening phrase before an institution or a side is flagged: "on the side of the road" is left alone.',
    source: [CP, RC]
  },
  {
    french: 'de la part de',
    forms: {'from the part of': ['from', 'by', 'on the part of']},
    followedBy: [`the|his|her|their|its|french|local? ${ACTORS}|authorities|state|regime|investors|citizens|residents|voters|members|russia|france|china|ukraine|moscow|paris|washington|beijing|kyiv`],
    why: '"De la part de" is "from" or "by" ("a reaction from the government"); English "from the part of" is a place ("from the part of town"), which the list of actors after it keeps out.',
    source: [CP, RC]
  },
  {
    french: 'à l’issue de',
    forms: {'at the issue of': ['at the end of', 'after', 'following']},
    followedBy: [`the|a|an|this|that|his|her|their|its|these|those? ${EVENTS}`],
    notPrecededBy: ['look', 'looks', 'looked', 'looking', 'glance', 'glanced', 'stare', 'staring', 'hard'],
    why: '"À l’issue de la réunion" is "at the end of the meeting" or "after the meeting"; English "at the issue of" only occurs after "look" ("look at the issue of funding"), which is excluded, and only an event after it is flagged.',
    source: [CP, RC, EU]
  },
  {
    french: 'au terme de',
    forms: {'at the term of': ['at the end of', 'after'], 'to the term of': ['to the end of']},
    followedBy: [`the|a|an|this|that|his|her|their|its|these|those|long? ${EVENTS}`],
    why: '"Au terme de deux jours de discussions" is "after two days of talks"; "term" is not the end of an event in English.',
    source: [CP, RC]
  },
  {
    french: 'en raison de',
    forms: {'in reason of': ['because of', 'owing to', 'due to']},
    why: '"En raison de" is "because of"; English has "by reason of" (legal) but never "in reason of".',
    source: [CP, RC]
  },
  {
    french: 'en direction de',
    forms: {'in direction of': ['towards', 'in the direction of']},
    why: 'French "en direction de" has no article; English needs "in the direction of" or simply "towards".',
    source: [SWAN, RC]
  },
  {
    french: 'à destination de',
    forms: {'at|in destination of': ['bound for', 'to', 'heading for']},
    why: '"Un vol à destination de Rome" is a flight to Rome, a ship bound for Rome; "at destination of" copies the French.',
    source: [RC]
  },
  {
    french: 'en provenance de',
    forms: {'in|from|with provenance of': ['from', 'arriving from', 'coming from']},
    why: '"En provenance de Lyon" is "from Lyon"; English "provenance" is the origin of an artwork, not a route.',
    source: [RC, CP]
  },
  {
    french: 'à bord de',
    forms: {'on board of': ['on board', 'aboard']},
    followedBy: ['the|a|an|his|her|their|its|this|that'],
    why: '"À bord du navire" is "on board the ship" or "aboard the ship"; English takes no "of" after "on board".',
    source: [SWAN, RC]
  },
  {
    french: 'en tête de',
    forms: {'in head of': ['ahead of', 'at the top of', 'leading'], 'arrive|arrives|arrived|arriving in head': ['come first', 'top the poll', 'lead']},
    why: '"En tête des sondages" is "leading the polls"; "arriver en tête" is "come first". English "head" has no "in head" use.',
    source: [RC, CP]
  },
  {
    french: 'en présence de / en l’absence de',
    forms: {'in presence of': ['in the presence of'], 'in absence of': ['in the absence of']},
    followedBy: ['the|a|an|his|her|their|its|any|several|many|some|two|three|president|minister|representatives|members|officials|journalists|lawyers|witnesses'],
    why: 'French drops the article ("en présence de", "en l’absence de"); English says "in the presence of", "in the absence of".',
    source: [SWAN, VD]
  },
  {
    french: 'en qualité de / en sa qualité de',
    forms: {
      'in quality of|as': ['as', 'in the capacity of'],
      'in his quality of|as': ['as', 'in his capacity as'],
      'in her quality of|as': ['as', 'in her capacity as'],
      'in their quality of|as': ['as', 'in their capacity as'],
      'in its quality of|as': ['as', 'in its capacity as']
    },
    followedBy: ['a|an|the? witness|witnesses|president|minister|mayor|expert|experts|observer|observers|member|members|representative|representatives|head|director|chairman|chairwoman|spokesman|spokeswoman|spokesperson|adviser|advisor|consultant|lawyer|prosecutor|judge|guarantor|mediator|host|leader|candidate|partner|victim|victims|civil'],
    why: '"En qualité de témoin" is "as a witness"; English "quality" is not a capacity. The list of roles after it keeps "a rise in quality of care" alone.',
    source: [CP, RC]
  },
  {
    french: 'en compagnie de',
    forms: {'in company of': ['in the company of', 'with', 'accompanied by']},
    why: 'French "en compagnie de" has no article; English says "in the company of" or just "with".',
    source: [SWAN, RC]
  },
  {
    french: 'en lien avec',
    forms: {'in link with': ['linked to', 'in connection with', 'related to']},
    why: '"En lien avec" is "linked to" or "in connection with"; "in link with" is not English.',
    source: [RC, EU]
  },
  {
    french: 'en vertu de',
    forms: {'in virtue of': ['under', 'by virtue of', 'pursuant to']},
    why: '"En vertu de la loi" is "under the law"; English says "by virtue of", never "in virtue of" in current prose.',
    source: [CP, RC]
  },
  {
    french: 'à l’égard de / à cet égard',
    forms: {'at|to the regard of': ['regarding', 'with regard to', 'towards'], 'at this|that regard': ['in this regard', 'in that regard']},
    why: '"À l’égard de" is "with regard to"; "à cet égard" is "in this regard". "At this regard" copies the French preposition.',
    source: [CP, SWAN]
  },
  {
    french: 'à l’encontre de',
    forms: {'to|at the encounter of': ['against', 'towards']},
    why: '"Des poursuites à l’encontre de" are proceedings against someone; English "encounter" is a meeting.',
    source: [RC, CP]
  },
  {
    french: 'à l’occasion de',
    forms: {'at the occasion of': ['on the occasion of', 'at', 'during', 'for']},
    why: 'English says "on the occasion of"; "at the occasion of" copies "à".',
    source: [SWAN, RC]
  },
  {
    french: 'à l’appel de',
    forms: {'at the call of': ['called by', 'at the behest of', 'answering the call of']},
    followedBy: ['the|several|many|a|an|all|eight|five|seven? unions|union|trade|cgt|cfdt|party|parties|collective|collectives|associations|association|intersyndicale|organisations|organizations|opposition|groups|left|movement|federation|federations|student|farmers|teachers'],
    why: '"Une grève à l’appel des syndicats" is a strike called by the unions; "at the call of" is a summons in English ("at the call of duty"), which the list of organisers after it keeps out.',
    source: [RC]
  },
  {
    french: 'sous l’impulsion de',
    forms: {'under|at the impulse|impulsion of': ['at the instigation of', 'driven by', 'spurred on by']},
    why: '"Sous l’impulsion du ministre" is "at the minister’s instigation"; English "impulse" is a sudden urge.',
    source: [CP, RC]
  },
  {
    french: 'sous le coup de',
    forms: {'under the blow of': ['facing', 'subject to', 'in the grip of']},
    why: '"Sous le coup d’un mandat d’arrêt" is "subject to an arrest warrant"; "under the blow of" is word for word.',
    source: [RC]
  },
  {
    french: 'sous réserve de',
    forms: {'under reserve of|that': ['subject to', 'provided that']},
    why: '"Sous réserve de" is "subject to"; English "reserve" is a stock or restraint.',
    source: [RC, EU]
  },
  {
    french: 'sur fond de',
    forms: {'on|over|against background|backdrop|fond of': ['amid', 'against a background of', 'against the backdrop of']},
    why: '"Sur fond de crise" is "amid the crisis" or "against a background of crisis"; French needs no article, English does.',
    source: [RC, CP]
  },
  {
    french: 'aux côtés de',
    forms: {'at|on|to the sides of': ['alongside', 'beside', 'with']},
    followedBy: [
      `the|a|an? french|russian|ukrainian|american|british|former? ${ACTORS}|allies|ukraine|ukrainians|france|protesters|demonstrators|workers|rescuers|firefighters|soldiers|troops|strikers`,
      'his|her|their|its allies|partners|wife|husband|family|supporters|colleagues|team|teammates|comrades|children|son|daughter|father|mother|lawyer|lawyers'
    ],
    why: '"Aux côtés du président" is "alongside the president"; English "the sides of" is physical ("the sides of the road"), which the list of people after it keeps out.',
    source: [RC, CP]
  },
  {
    french: 'à la demande de / sur demande de',
    forms: {'at the demand of': ['at the request of'], 'on demand of': ['at the request of']},
    followedBy: [`the|his|her|their|its|french? ${ACTORS}`],
    why: '"À la demande du procureur" is "at the prosecutor’s request"; English "demand" is a forceful claim. Only a person or body after it is flagged, so that "the demand of the market" stays.',
    source: [TE, RC]
  },
  {
    french: 'à la charge de / chargé de',
    forms: {'at the charge of': ['paid for by', 'borne by'], 'charged of': ['in charge of', 'responsible for']},
    why: '"À la charge de l’État" is "paid for by the state"; "chargé de" is "in charge of". Neither takes "of" that way in English.',
    source: [RC, CP]
  },
  {
    french: 'en guise de',
    forms: {'in guise of': ['by way of', 'as']},
    why: '"En guise de" is "by way of"; English keeps "in the guise of" (in the outward form of), with the article.',
    source: [RC]
  },
  {
    french: 'à l’échelle de',
    forms: {
      'at the scale of': ['across', 'throughout', 'on the scale of']
    },
    followedBy: ['the|a|an|this|its? country|nation|region|territory|continent|department|planet|europe|france|eu|world'],
    why: '"À l’échelle du pays" is "across the country"; English says "on a national scale" or "nationwide". "At the national scale" and "at the scale of the city" are left alone: academic English uses them.',
    source: [CP, RC]
  },
  {
    french: 'dans les environs de (+ nombre)',
    forms: {'in the environment|environments|environs of': ['about', 'around', 'some']},
    followedBy: ['#'],
    why: '"Dans les environs de 100 euros" is "about 100 euros"; English "environs" are surroundings, and "environment" has no numerical sense.',
    source: [RC]
  },
  {
    french: 'au rythme de (+ nombre)',
    forms: {'in|at the rhythm of': ['at the rate of', 'at a rate of']},
    followedBy: ['#', 'several|dozens|hundreds|thousands', 'a|an|one dozen|hundred|thousand|few|per|every'],
    why: '"Au rythme de trois par jour" is "at the rate of three a day"; English keeps "rhythm" for music and the body.',
    source: [RC, CP]
  },
  {
    french: 'dans l’attente de',
    forms: {'in the wait of|for': ['pending', 'while awaiting', 'awaiting']},
    why: '"Dans l’attente du verdict" is "pending the verdict"; English "wait" is not a noun that takes "in the".',
    source: [RC]
  },
  {
    french: 'sur le terrain',
    forms: {'on the terrain': ['on the ground', 'in the field']},
    precededBy: ['situation', 'reality', 'realities', 'teams', 'team', 'staff', 'troops', 'forces', 'soldiers', 'volunteers', 'agents', 'journalists', 'reporters', 'present', 'deployed', 'work', 'working', 'action', 'actions', 'presence', 'activists', 'observers', 'experts', 'police', 'rescuers', 'firefighters', 'investigators', 'mobilised', 'mobilized', 'operations', 'fighting', 'progress', 'gains', 'facts'],
    why: '"La situation sur le terrain" is "the situation on the ground"; English "terrain" is the lie of the land. Only the nouns and verbs of people at work before it trigger, so "depends on the terrain" stays.',
    source: [RC, HH]
  },
  // Time expressions.
  {
    french: 'dans un premier / second temps',
    forms: {'in a first time': ['initially', 'at first'], 'in a second time': ['subsequently', 'later', 'then'], 'in a last time': ['finally', 'lastly']},
    why: '"Dans un premier temps" is "initially" or "at first"; "in a first time" is not English.',
    source: [CP, DUFF]
  },
  {
    french: 'à plusieurs reprises',
    forms: {'at|on|in several|many|numerous|multiple|various|repeated reprises': ['on several occasions', 'repeatedly'], 'at|on|in # reprises': ['on … occasions', 'times']},
    why: '"À plusieurs reprises" is "on several occasions" or "repeatedly"; an English "reprise" is a repeated piece of music or a revival of a role.',
    source: [RC, TE]
  },
  {
    french: 'à chaque fois',
    forms: {'at each|every time': ['each time', 'every time']},
    notFollowedBy: ['point', 'points', 'step', 'steps', 'interval', 'intervals', 'of', 'slot', 'slots'],
    why: '"À chaque fois" is "each time"; English takes no preposition. "At each time point" (statistics) is excluded.',
    source: [SWAN]
  },
  {
    french: 'à l’époque',
    forms: {'at the epoch': ['at the time', 'then']},
    followedBy: [',', '.', '$', 'when', 'he', 'she', 'they', 'it', 'we', 'the'],
    notPrecededBy: ['end', 'start', 'beginning', 'middle', 'each', 'every', 'first', 'last', 'final', 'current', 'next', 'previous', 'same', 'this', 'that', 'stop', 'stopped'],
    why: '"À l’époque" is "at the time"; English "epoch" is an era in history, geology or astronomy, or a pass of machine learning ("at the end of the epoch", excluded).',
    source: [TE, RC]
  },
  {
    french: 'de l’époque (le président de l’époque)',
    forms: {'of the epoch': ['at the time', 'then']},
    precededBy: ['president', 'minister', 'government', 'mayor', 'leader', 'leaders', 'chancellor', 'king', 'queen', 'director', 'boss', 'coach', 'head', 'authorities', 'regime', 'ruler', 'rulers', 'governor', 'ambassador', 'prosecutor', 'premier', 'chief', 'secretary', 'manager', 'owner', 'partner', 'wife', 'husband', 'girlfriend', 'boyfriend', 'majority', 'opposition'],
    why: '"Le président de l’époque" is "the then president" or "the president at the time"; only an office holder or a relation before it flags, so "the end of the epoch" stays.',
    source: [TE, RC]
  },
  {
    french: 'à la veille de / au lendemain de',
    forms: {'at the eve of': ['on the eve of'], 'at the morrow of': ['the day after', 'in the aftermath of']},
    why: 'English is "on the eve of"; "at the morrow of" copies "au lendemain de", which English says "the day after".',
    source: [SWAN, RC]
  },
  {
    french: 'à son arrivée / à son retour',
    forms: {'at his|her|their|its|my|our|your arrival': ['on arrival', 'on his arrival'], 'at his|her|their|its|my|our|your return': ['on his return', 'on returning']},
    why: 'English says "on his arrival" and "on his return"; "at" copies "à".',
    source: [SWAN]
  },
  {
    french: 'à son tour',
    forms: {'at his|her|their|its|my|our|your turn': ['in turn', 'in his turn']},
    notPrecededBy: ['wait', 'waited', 'waiting', 'waits', 'play', 'played'],
    why: '"À son tour" is "in turn"; "at his turn" is not English (a game’s "wait your turn" is excluded).',
    source: [SWAN, RC]
  },
  {
    french: 'dans la nuit de (jour)',
    forms: nightForms(),
    notFollowedBy: ['to', 'into', 'and', 'from'],
    why: '"Dans la nuit de vendredi" is "on Friday night"; English does not put a night "of" a weekday. "The night of Friday to Saturday" is left to the entry for its "to".',
    source: [RC, SWAN]
  },
  {
    french: 'dans la matinée / l’après-midi / la soirée de (jour)',
    forms: dayPartForms(),
    notPrecededBy: ['late|early|later|earlier|until|till'],
    why: '"Dans l’après-midi de lundi" is "on Monday afternoon"; English puts a part of a named day after "on" ("on Monday afternoon", "on the afternoon of Monday"), not "in the afternoon of". "Late in the evening of Friday" is English and left alone.',
    source: [SWAN, RC]
  },
  {
    french: 'courant (mois)',
    forms: {current: ['during', 'in', 'sometime in'], 'in the current of': ['during', 'in the course of']},
    followedBy: [MONTHS, 'the year|month|week|summer|autumn|winter|spring'],
    notFollowedBy: [`${MONTHS} #`],
    notPrecededBy: ['the', 'its', 'their', 'his', 'her', 'our', 'a', 'this'],
    why: '"Courant mai" is "in May" or "sometime in May"; English "current" before a month is not a time expression.',
    source: [RC]
  },
  {
    french: 'les années 1990',
    forms: decadeForms(),
    notFollowedBy: ['and|to|through|until|till|or|,|-|–'],
    why: '"Les années 1990" is "the 1990s"; "the years 1990" names a single year in English. "The years 1990 to 1995" is excluded.',
    source: [SWAN, RC]
  },
  {
    french: 'à 20 heures',
    forms: clockForms(),
    notFollowedBy: ['post', 'after', 'of', 'later', 'before', 'following', 'postoperatively', 'postoperative'],
    why: 'French news gives the 24-hour clock in "heures"; English news says "at 8 pm" or "at 20:00". "At 20 hours" reads as a duration, which "after/of/post" after it keep as English.',
    source: [SWAN, RC]
  },
  {
    french: 'vers 10 heures',
    forms: {'towards|toward': ['at around', 'at about']},
    followedBy: ['# hours|hour|h'],
    why: '"Vers 10 heures" is "at around 10 o’clock"; "towards" is a direction, and "10 hours" a duration.',
    source: [SWAN, RC]
  },
  {
    french: 'depuis toujours / depuis peu',
    forms: {'since always': ['always', 'for ever'], 'since little|recently': ['recently', 'lately']},
    why: '"Depuis toujours" is "always" (with a perfect); "depuis peu" is "recently". English "since" needs a point in time.',
    source: [SWAN, VD]
  },
  {
    french: 'jusqu’ici',
    forms: {'until|till here': ['so far', 'until now']},
    why: '"Jusqu’ici" is "so far" or "until now"; "until here" is a place, and rarely English.',
    source: [SWAN]
  },
  {
    french: 'dans les prochains jours',
    forms: {'in the next days': ['in the coming days'], 'in the next weeks': ['in the coming weeks'], 'in the next months': ['in the coming months']},
    why: 'English says "in the coming days" or "in the next few days"; "in the next days" follows "dans les prochains jours".',
    source: [SWAN, DUFF]
  },
  {
    french: 'ces dernières années (au cours des)',
    forms: {'in|during the last years': ['in recent years'], 'in|during the last months': ['in recent months'], 'in|during the last decades': ['in recent decades']},
    notFollowedBy: ['of', 'before', 'that', 'when', 'leading', 'prior', 'remaining', 'he', 'she', 'they', 'we', 'i'],
    why: '"Au cours des dernières années" is "in recent years"; English "the last years" are the final ones ("the last years of his life", excluded).',
    source: [SWAN, DUFF]
  },
  {
    french: 'une fois que',
    forms: {'once that': ['once']},
    followedBy: ['the', 'he', 'she', 'they', 'we', 'you', 'i', 'a', 'an', 'his', 'her', 'their', 'its', 'our'],
    notPrecededBy: ['at', 'all'],
    why: '"Une fois que" is "once"; English takes no "that". "Realised at once that the …" is excluded.',
    source: [SWAN]
  },
  {
    french: 'à partir du moment où / le jour où',
    forms: {
      'from the moment where': ['from the moment', 'once'],
      'the day where': ['the day when', 'the day'],
      'the night where': ['the night when', 'the night'],
      'the week where': ['the week when', 'the week'],
      'the year where': ['the year when', 'the year']
    },
    why: 'French "où" after a time noun gives "where"; English uses "when" or nothing ("the day he left").',
    source: [SWAN]
  },
  {
    french: 'en soirée / en matinée / en semaine',
    forms: {'in evening': ['in the evening'], 'in morning': ['in the morning'], 'in afternoon': ['in the afternoon'], 'in week': ['on weekdays', 'during the week']},
    followedBy: [',', '.', '$', 'on', 'and', 'at', 'when', 'after', 'before', 'in'],
    why: 'French "en soirée", "en semaine" take no article; English says "in the evening", "on weekdays".',
    source: [SWAN, RC]
  },
  {
    french: 'au jour le jour / d’ores et déjà',
    forms: {'at the day the day': ['day by day', 'from day to day'], 'from now and already': ['already'], 'of hours and already': ['already']},
    why: 'Set phrases rendered word by word: "au jour le jour" is "day by day", "d’ores et déjà" is "already".',
    source: [RC]
  },
  {
    french: 'à quelques jours de',
    forms: {'at a few|some days|weeks|months|hours of|from': ['a few days before', 'days before', 'a few days ahead of']},
    followedBy: ['the', 'a', 'an', 'its', 'his', 'her', 'their'],
    why: '"À quelques jours du scrutin" is "a few days before the vote"; "at a few days of" is word for word.',
    source: [RC, CP]
  },
  {
    french: 'pour l’instant',
    forms: {'for the instant': ['for now', 'for the moment']},
    notFollowedBy: ['of', 'before', 'when', 'that', 'it', 'in'],
    why: '"Pour l’instant" is "for now"; English "for the instant" is archaic.',
    source: [RC]
  },
  // Connectors and discourse markers.
  {
    french: 'sans oublier',
    forms: {'without forgetting': ['not to mention', 'as well as', 'and']},
    precededBy: [','],
    followedBy: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'those', 'these', 'that'],
    why: '"…, sans oublier les…" closes a list; English closes it with "not to mention" or "and". Only the list-closing use after a comma is flagged.',
    source: [HH, RC]
  },
  {
    french: 'à savoir',
    forms: {'to know': ['namely', 'that is']},
    precededBy: [','],
    followedBy: [':', '#'],
    why: '"…, à savoir les…" introduces an apposition; English says "namely". Only a colon or a number after it flags: before a noun phrase ("…, above all, to know the truth") it is an English infinitive.',
    source: [CP, RC]
  },
  {
    french: 'voire',
    forms: {see: ['or even', 'if not']},
    precededBy: [','],
    followedBy: ['even', 'several', 'dozens', 'hundreds', 'thousands', 'millions', 'months', 'years', 'decades', 'weeks', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty', 'hundred'],
    why: '"Des jours, voire des semaines" is "days, or even weeks"; MT reads "voire" as "voir" (see). Only a comma before it and a quantity after it trigger, so ", see below" stays.',
    source: [RC, HH]
  },
  {
    french: 'soit (+ équivalent chiffré)',
    forms: {be: ['or', 'i.e.', 'that is']},
    precededBy: [','],
    followedBy: ['#', 'a|an total|increase|rise|drop|fall|decrease|reduction|quarter|third|half|fifth'],
    why: '"10 millions d’euros, soit 20 %" restates a figure: English uses "or" or "i.e."; MT renders "soit" as the verb "be".',
    source: [RC, HH]
  },
  {
    french: 'de fait / du coup / somme toute / tout compte fait',
    forms: {'of fact': ['in fact', 'indeed'], 'of the blow': ['as a result', 'so'], 'sum all': ['all in all'], 'all account|accounts made|done': ['all things considered']},
    precededBy: ['^', ','],
    followedBy: [','],
    why: 'Sentence adverbs rendered word by word: "de fait" is "in fact", "du coup" is "as a result", "somme toute" is "all in all". Only the adverb set off by commas is flagged ("the force of the blow" stays).',
    source: [RC, HH]
  },
  {
    french: 'bien entendu / bien sûr / autrement dit',
    forms: {'well heard': ['of course'], 'well sure': ['of course'], 'otherwise said|put': ['in other words'], 'said otherwise': ['in other words']},
    precededBy: ['^', ','],
    followedBy: [','],
    why: '"Bien entendu" and "bien sûr" are "of course", "autrement dit" is "in other words"; set off by commas the literal words are not English.',
    source: [RC]
  },
  {
    french: 'faute de / à défaut de',
    forms: {'fault of': ['for lack of', 'for want of'], 'at|by default of': ['for lack of', 'failing', 'in the absence of']},
    precededBy: ['^', ','],
    why: '"Faute de moyens" is "for lack of funds"; "à défaut de" is "failing" or "in the absence of". Only the phrase opening a sentence or a clause is flagged ("the fault of the driver" stays).',
    source: [CP, RC]
  },
  {
    french: 'il est à noter que / il convient de / il importe de',
    forms: {
      'it is|was to note|notice|underline|underscore|stress|highlight|emphasise|emphasize that': ['it should be noted that', 'note that'],
      'it suits|suited to note|recall|stress|underline|remember|add|point|emphasise|emphasize|specify': ['it should be noted', 'we should'],
      'it imports|imported to': ['it is important to']
    },
    why: '"Il est à noter que" is "it should be noted that"; "il convient de" is "it is advisable to"; "il importe de" is "it is important to". The literal renderings are not English.',
    source: [CP, DUFF]
  },
  {
    french: 'force est de constater',
    forms: {'force is|was to note|see|observe|admit|acknowledge|recognize|recognise|conclude|notice|say': ['one has to admit', 'clearly']},
    precededBy: ['^', ','],
    why: '"Force est de constater que" is "one has to admit that"; English "force" is not impersonal. Only the phrase opening a clause flags, so "the task force is to see whether" stays.',
    source: [RC, HH]
  },
  {
    french: 'il reste que / il n’en reste pas moins que / toujours est-il que',
    forms: {
      'it remains that': ['the fact remains that', 'even so'],
      'it remains|remained nonetheless|nevertheless|no less that': ['the fact remains that', 'nevertheless'],
      'it does not remain less that': ['the fact remains that'],
      'always is it that': ['the fact remains that'],
      'still is it that': ['the fact remains that']
    },
    followedBy: ['the', 'he', 'she', 'they', 'we', 'a', 'an', 'this', 'these', 'many', 'some', 'no', 'nothing', 'there', 'his', 'her', 'their', 'its', 'it', 'i', 'you'],
    why: '"Il reste que" and "toujours est-il que" are "the fact remains that"; "it remains that" is archaic English, and "it remains that way" is excluded by asking for a clause after it.',
    source: [CP, RC]
  },
  {
    french: 'reste à savoir',
    forms: {'it remains|remained to know|see': ['it remains to be seen'], 'remains|remained to know': ['remains to be seen']},
    followedBy: ['if', 'whether', 'what', 'how', 'who', 'when', 'why', 'where', 'which'],
    why: '"Reste à savoir si" is "it remains to be seen whether"; English needs the passive. "He remained to see what happened" (stayed) has no "it" before it and is left alone.',
    source: [SWAN, RC]
  },
  {
    french: 'il n’empêche que',
    forms: {'it|this|that does|did not prevent|stop that': ['even so', 'nevertheless']},
    followedBy: ['the', 'he', 'she', 'they', 'we', 'it', 'there', 'a', 'an', 'this', 'many', 'some', 'his', 'her', 'their'],
    why: '"Il n’empêche que" is "even so" or "nevertheless"; English "prevent" takes an object and "from", not a "that" clause.',
    source: [RC]
  },
  {
    french: 'c’est ainsi que',
    forms: {'it is|was thus that': ['this is how', 'that is how', 'thus']},
    why: 'The French cleft "c’est ainsi que" is "this is how"; "it is thus that" is stilted word-for-word English.',
    source: [VD, CP]
  },
  {
    french: 'd’où',
    forms: {'of where': ['hence', 'which explains']},
    precededBy: [','],
    followedBy: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these'],
    why: '"…, d’où la colère des…" is "hence the anger of…"; "of where" is a word-for-word reading of "d’où".',
    source: [RC, HH]
  },
  {
    french: 'tout en (+ participe présent)',
    forms: {'all in': ['while']},
    followedBy: ['recognising', 'recognizing', 'acknowledging', 'stressing', 'insisting', 'saying', 'claiming', 'calling', 'noting', 'maintaining', 'admitting', 'denying', 'welcoming', 'hoping', 'promising', 'refusing', 'pointing', 'respecting', 'ensuring', 'warning', 'criticising', 'criticizing', 'asking', 'affirming', 'assuring', 'defending', 'rejecting', 'accepting', 'continuing', 'allowing', 'leaving', 'preserving', 'protecting', 'supporting'],
    why: '"Tout en reconnaissant" is "while acknowledging"; "all in" before a participle is a word-for-word "tout en".',
    source: [CP, HH]
  },
  {
    french: 'dans l’hypothèse où / dans l’éventualité de',
    forms: {'in the hypothesis where|of': ['if', 'in the event of', 'assuming'], 'in the eventuality where|of|that': ['in the event of', 'in the event that', 'if']},
    why: '"Dans l’hypothèse où" is "if" or "assuming"; "dans l’éventualité de" is "in the event of". The literal phrases are not English.',
    source: [CP, EU]
  },
  {
    french: 'sachant que (après un chiffre)',
    forms: {'knowing that': ['given that', 'bearing in mind that', 'while']},
    precededBy: ['#|%|percent|euros|dollars|million|billion|year|years|months|days|people|votes|seats ,'],
    why: '"Le déficit atteint 5 %, sachant que la limite est de 3 %" adds a fact, not what a person knows; English says "given that" or "while". Only "knowing that" right after a figure and a comma flags: "He left, knowing that she would stay" is English.',
    source: [CP, HH]
  },
  {
    french: 'il s’agit de (+ personne, mesure)',
    forms: {'it is|was about': ['this is', 'he is', 'she is']},
    precededBy: ['^'],
    followedBy: ['a|an man|woman|boy|girl|teenager|resident|father|mother|couple|former|measure|reform|device|programme|program|operation|first|record|sum|increase|rise|drop|fall|total'],
    why: '"Il s’agit d’un homme de 45 ans" is "he is a 45-year-old man"; "il s’agit d’une première" is "this is a first". English "it is about a man" summarises a story, and "it is about a mile" is approximate, which the list of persons and measures after it keeps out.',
    source: [VD, CP]
  },
  {
    french: 'être à la hauteur de (l’enjeu)',
    forms: {'at the height of the|its|their|his|her|our? challenge|challenges|stakes|expectations|ambitions|task|hopes|issues|ambition|responsibilities': ['up to the challenge', 'equal to the task', 'living up to expectations']},
    precededBy: ['is|are|was|were|be|been|being|not|remain|remains|remained|prove|proved|proves|show|showed|seem|seems|seemed'],
    why: '"Être à la hauteur de l’enjeu" is "be up to the challenge" or "live up to expectations"; English "at the height of" is the peak of something ("at the height of the crisis"), which only a verb of being before it rules out.',
    source: [CP, RC]
  },
  {
    french: 'ce dernier / ces derniers (pronom)',
    forms: {'this last': ['the latter', 'he', 'she'], 'these last': ['the latter', 'they']},
    followedBy: ['said', 'says', 'explained', 'added', 'declared', 'denied', 'stated', 'confirmed', 'indicated', 'specified', 'told', 'claimed', 'insisted', 'replied', 'responded', 'announced', 'argued', 'accused', 'refused', 'agreed', 'asked', 'stressed', 'assured', 'warned', 'recalled', 'admitted', 'rejected', 'welcomed', 'criticised', 'criticized', 'demanded', 'wanted', 'wished', 'hoped', 'feared', 'believes', 'believed', 'fled', 'died', 'resigned', 'left', 'returned'],
    why: '"Ce dernier a déclaré" is "the latter said" or simply "he said"; English "this last" is a determiner ("this last week") and not a pronoun for a person.',
    source: [SWAN, DUFF]
  },
  {
    french: 'les intéressés / les personnes concernées',
    forms: {'the concerned': ['those concerned', 'the people concerned']},
    followedBy: ['$', '.', ',', 'have', 'has', 'were', 'are', 'was', 'is', 'said', 'will', 'must', 'can', 'should', 'would', 'could', 'did', 'do', 'denied', 'deny'],
    why: '"Les intéressés / les personnes concernées" are "those concerned"; English "concerned" before a noun is worried ("the concerned parents"), which a following noun keeps.',
    source: [SWAN, RC]
  },
  {
    french: 'un même / une même',
    forms: {'a same': ['the same', 'a single']},
    why: '"Un même objectif" is "the same goal" or "a single goal"; English "same" takes "the".',
    source: [SWAN]
  },
  {
    french: 'certains (pronom)',
    forms: {certain: ['some', 'some people']},
    precededBy: ['^', ',', 'and', 'but', 'while', 'whereas', 'if'],
    followedBy: ['say', 'said', 'believe', 'believed', 'think', 'thought', 'consider', 'considered', 'fear', 'feared', 'claim', 'claimed', 'argue', 'argued', 'see', 'saw', 'even', 'have', 'had', 'were', 'are', 'will', 'would', 'could', 'went', 'go', 'call', 'called', 'denounce', 'denounced', 'accuse', 'accused', 'among', 'of', 'want', 'wanted', 'hope', 'hoped', 'fled', 'left', 'stayed', 'remain', 'remained', 'refuse', 'refused'],
    notFollowedBy: ['of it', 'of that', 'of this', 'of the', 'of his', 'of her', 'of their', 'of its', 'of what', 'that', 'about'],
    why: '"Certains estiment que" is "some believe that"; English "certain" is a pronoun only in "certain of them", and at the head of a clause it reads as "sure". "Certain of the outcome" stays.',
    source: [SWAN, RC]
  },
  {
    french: 'par ailleurs / d’un autre côté / et ce depuis',
    forms: {'by elsewhere': ['moreover', 'furthermore', 'also'], 'on another hand': ['on the other hand'], 'and this since': ['ever since', 'and has been since']},
    why: '"Par ailleurs" is "moreover"; "d’un autre côté" is "on the other hand"; "et ce depuis 2015" is "and has been since 2015". The literal phrases are not English.',
    source: [RC, HH]
  },
  {
    french: 'plan social',
    forms: {'social plan|plans': ['redundancy plan', 'layoffs', 'job-cut plan']},
    followedBy: ['$', '.', ',', 'that', 'which', 'involving', 'affecting', 'at', 'with', 'is', 'was', 'will', 'could', 'would', 'has', 'had', 'and', 'for', 'to cut', 'cutting', 'under'],
    why: '"Un plan social" is a redundancy plan or a round of layoffs; English "social plan" means nothing in particular.',
    source: [RC, TE]
  },
  {
    french: 'fonction publique / pouvoirs publics / Éducation nationale',
    forms: {
      'public function': ['civil service', 'public sector'],
      'the public powers': ['the authorities', 'the government'],
      'the national education': ['the education system', 'the education ministry', 'state schools']
    },
    followedBy: ['$', '.', ',', 'of', 'that', 'which', 'involving', 'affecting', 'at', 'with', 'to', 'is', 'was', 'will', 'could', 'would', 'has', 'have', 'had', 'must', 'should', 'are', 'were', 'and', 'employees', 'workers', 'unions', 'union', 'reform', 'strike', 'staff', 'agents', 'officials', 'teachers', 'failed', 'did', 'went', 'goes'],
    notPrecededBy: ['a', 'private', 'static', 'exported', 'export', 'new'],
    why: 'French institutions rendered word for word: "la fonction publique" is the civil service, "les pouvoirs publics" the authorities, "l’Éducation nationale" the state school system. "A public function" (a method in code) is excluded by the determiner before it.',
    source: [RC, TE]
  },
  {
    french: 'contrôle judiciaire / flagrant délit / incivilités',
    forms: {
      'under judicial control': ['under judicial supervision', 'on bail with conditions'],
      'in flagrant delict|délit|delit': ['red-handed', 'in the act'],
      'flagrant delict|délit|delit': ['caught in the act'],
      incivilities: ['antisocial behaviour', 'acts of incivility']
    },
    why: 'French criminal procedure rendered word for word: "placé sous contrôle judiciaire" is released under judicial supervision, "en flagrant délit" red-handed, "les incivilités" antisocial behaviour. "Electronic bracelet" is left out: English news uses it beside "electronic tag".',
    source: [RC]
  },
  {
    french: 'celui de / ceux de',
    forms: {'the one of': ['that of'], 'the ones of': ['those of']},
    precededBy: ['than', 'similar to', 'identical to', 'comparable to', 'compared to', 'compared with', 'close to', 'equal to', 'superior to', 'inferior to', 'like', 'as', 'unlike', 'contrary to', 'opposed to', 'and', 'or', 'not', 'replaced', 'replaces', 'replace', 'exceeds', 'exceeded', 'exceed'],
    notFollowedBy: ['#', 'the|his|her|their|its|our|my|your|these|those two|three|four|five|six|seven|eight|nine|ten|few|many|most|best|worst'],
    why: '"Supérieur à celui de l’Allemagne" is "higher than that of Germany" (or "Germany’s"); English "the one of" is colloquial, and "the one of the two" (a number) is excluded.',
    source: [SWAN, DUFF]
  },
  {
    french: 'il y a / cela fait (+ durée) que',
    forms: {that: ['since']},
    precededBy: ["it|it's|this has|had? been a? #|several|many|few years|months|weeks|days|decades", 'it is|was #|several|many years|months|weeks|decades'],
    followedBy: ['the', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'this', 'these', 'no', 'nothing', 'france', 'paris', 'europe'],
    why: '"Cela fait deux ans que la guerre dure" is "the war has been going on for two years" or "it has been two years since…"; "it has been two years that" copies "que".',
    source: [SWAN, VD]
  },
  {
    french: 'sans que / malgré que / avant de',
    forms: {'without that': ['without'], 'despite that': ['although', 'even though'], 'in spite that': ['although', 'even though'], 'before to': ['before']},
    followedBy: ['the', 'he', 'she', 'they', 'we', 'it', 'there', 'anyone', 'anybody', 'a', 'an', 'this', 'any', 'his', 'her', 'their', 'its', 'i', 'you', 'leave', 'leaving', 'be', 'being', 'go', 'make', 'take', 'return', 'start', 'begin', 'announce', 'give', 'have'],
    notFollowedBy: ['that'],
    why: 'French subordinators rendered word for word: "sans que personne" is "without anyone", "malgré que" is "although", "avant de partir" is "before leaving". "Despite that, he left" (a pronoun, then a comma) is English and has a comma after it.',
    source: [SWAN, CP]
  },
  // Verbs and nouns of French news coined on French words.
  {
    french: 'valoriser / responsabiliser / culpabiliser / médiatiser / dynamiser / relativiser',
    forms: {
      'valorize|valorise|valorizes|valorises': ['promote', 'enhance', 'showcase'],
      'valorized|valorised|valorizing|valorising': ['promoted', 'enhanced', 'showcased'],
      'valorization|valorisation': ['promotion', 'enhancement'],
      'responsabilize|responsabilise|responsibilize|responsibilise|responsabilized|responsabilised|responsibilized|responsibilised': ['make accountable', 'hold accountable'],
      'responsabilization|responsabilisation|responsibilization|responsibilisation': ['accountability'],
      'culpabilize|culpabilise|culpabilized|culpabilised|culpabilizing|culpabilising': ['make feel guilty', 'guilt-trip'],
      'mediatize|mediatise|mediatized|mediatised': ['publicised', 'high-profile'],
      'highly|very|much|heavily|widely mediatized|mediatised': ['high-profile', 'widely publicised'],
      'mediatization|mediatisation': ['media coverage'],
      'dynamize|dynamise|dynamized|dynamised|dynamizing|dynamising': ['boost', 'revitalise'],
      'relativize|relativise|relativized|relativised|relativizing|relativising': ['play down', 'put into perspective']
    },
    why: 'French verbs in -iser turned into English-looking ones: "valoriser" is promote or showcase, "responsabiliser" hold accountable, "médiatiser" publicise, "relativiser" play down. None is current English in news.',
    source: [RC, EU]
  },
  {
    french: 'interrogé par (un média)',
    forms: {'interrogated by': ['asked by', 'speaking to', 'interviewed by'], 'interrogated on|about': ['asked about']},
    precededBy: ['^', ','],
    why: '"Interrogé par France Info, le ministre a dit…" is "Speaking to France Info" or "Asked by reporters"; English "interrogated" is questioning under duress.',
    source: [RC, TE]
  },
  {
    french: 'interlocuteur privilégié',
    forms: {'privileged interlocutor|interlocutors': ['main contact', 'preferred partner', 'main point of contact']},
    why: '"Un interlocuteur privilégié" is a main contact or preferred partner; English "privileged" is about rank or legal protection. ("Piste privilégiée" is in the news list.)',
    source: [RC, TE]
  },
  {
    french: 'dispositif (de sécurité)',
    forms: {dispositive: ['arrangements', 'operation', 'system'], dispositives: ['arrangements', 'operations']},
    precededBy: ['security', 'police', 'a', 'the', 'this', 'new', 'whole', 'entire', 'exceptional', 'military', 'rescue', 'health'],
    notFollowedBy: ['motion', 'motions', 'issue', 'issues', 'ruling', 'question', 'questions', 'provision', 'provisions', 'effect', 'part'],
    why: '"Un dispositif de sécurité" is a security operation; English "dispositive" is a legal adjective ("a dispositive motion"), which the words after it exclude.',
    source: [RC, EU]
  },
  {
    french: 'agent (de police, municipal) / fonctionnaires',
    forms: {
      'police agent|agents': ['police officer', 'police officers'],
      'municipal agent|agents': ['council worker', 'council workers', 'municipal employees'],
      'public agents': ['public employees', 'civil servants'],
      'functionary|functionaries': ['civil servant', 'civil servants', 'officials']
    },
    precededBy: ['^', ',', 'a', 'an', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '#', 'several', 'many', 'thousands of', 'hundreds of', 'public', 'state', 'french', 'municipal', 'territorial', 'hospital', 'of', 'by', 'and', 'were', 'are', 'for'],
    why: '"Un agent de police" is a police officer; "les fonctionnaires" are civil servants. English "police agent" is an undercover informer and "functionary" a petty official ("party functionaries" is excluded by the words allowed before it).',
    source: [RC, TE]
  },
  {
    french: 'projet de loi / proposition de loi',
    forms: {
      'project|projects of law|laws': ['bill', 'draft law'],
      'project|projects of decree|decrees': ['draft decree'],
      'proposition|propositions of law|laws': ['bill', 'private member’s bill'],
      'law project|projects': ['bill', 'draft law']
    },
    notFollowedBy: ['management', 'manager', 'managers', 'team', 'students', 'clinic', 'school'],
    why: '"Un projet de loi" is a bill (a government bill), "une proposition de loi" a private member’s bill; English "project" and "proposition" are not legislative terms.',
    source: [RC, TE]
  },
  {
    french: 'une tribune (dans un journal)',
    forms: {tribune: ['op-ed', 'opinion piece'], tribunes: ['op-eds', 'opinion pieces']},
    precededBy: ['a', 'an', 'this', 'his', 'her', 'their', 'joint', 'collective', 'open'],
    followedBy: ['published', 'signed', 'co-signed', 'cosigned', 'written', 'titled', 'entitled', 'appearing'],
    why: '"Une tribune publiée dans Le Monde" is an op-ed; an English tribune is a Roman official or a platform (and "the Tribune" a newspaper, which the determiners before it exclude).',
    source: [RC, TE]
  },
  {
    french: 'polémiste / reportage',
    forms: {'polemist|polemists': ['polemicist', 'pundit'], 'a reportage|reportages': ['a report', 'a story']},
    why: '"Un polémiste" is a polemicist or pundit, "un reportage" a report; "polemist" is not English, and "reportage" is uncountable.',
    source: [RC]
  },
  {
    french: 'la reprise (économique, des négociations)',
    forms: {'economic reprise': ['economic recovery'], 'the|a reprise of': ['the resumption of']},
    followedBy: ['$', '.', ',', 'is', 'was', 'has', 'will', 'the? talks|negotiations|work|activity|fighting|hostilities|classes|school|production|flights|traffic|dialogue|discussions|season|championship|trading|growth|investment|exports'],
    why: '"La reprise économique" is the recovery, "la reprise des négociations" their resumption; an English reprise is a repeated passage of music or a revived role.',
    source: [RC, TE]
  },
  {
    french: 'présumé (auteur, agresseur)',
    forms: {presumed: ['alleged', 'suspected'], 'his|her|their aggressor|aggressors': ['his attacker', 'her attacker', 'their attackers']},
    followedBy: ['author', 'authors', 'perpetrator', 'perpetrators', 'killer', 'killers', 'murderer', 'murderers', 'attacker', 'attackers', 'aggressor', 'aggressors', 'shooter', 'rapist', 'terrorist', 'terrorists', 'mastermind', 'accomplice', 'accomplices', 'theft', 'rape', 'fraud', 'embezzlement', 'corruption', 'jihadist', 'jihadists', 'leader', 'head', 'ringleader', '$', '.', ',', 'was', 'had', 'has', 'is', 'fled', 'who'],
    why: '"L’auteur présumé" is the alleged or suspected perpetrator; English "presumed" goes with "dead" or "innocent". "Son agresseur" is her attacker; English "aggressor" is a party that starts a war.',
    source: [RC, TE]
  },
  {
    french: 'en appel / en première instance / cour d’assises / jugé pour',
    forms: {'in appeal': ['on appeal'], 'in first instance': ['at first instance'], 'court of assizes': ['criminal court', 'assize court'], 'judged for': ['tried for']},
    notPrecededBy: ['interest', 'interested', 'increase', 'decline', 'drop', 'rise', 'fall', 'change'],
    notFollowedBy: ['his|her|their looks|appearance|clothes|weight|accent|race|choices|past|views'],
    why: 'French court vocabulary rendered word for word: "en appel" is "on appeal", "en première instance" "at first instance", "la cour d’assises" the criminal court, "jugé pour meurtre" "tried for murder". "Judged for his looks" is English and excluded.',
    source: [RC]
  },
  {
    french: 'estimer que (+ jugement)',
    forms: {'estimate|estimates': ['believe', 'consider'], estimated: ['believed', 'considered'], estimating: ['believing', 'considering']},
    followedBy: ['that? it|this|that|he|she|they is|was|are|were|would|will|could not? be? unfair|unacceptable|necessary|essential|right|wrong|legitimate|normal|abnormal|scandalous|urgent|time|unjust|justified|unjustified|premature|excessive|inadmissible|intolerable|indispensable|regrettable|absurd|dangerous|irresponsible|logical|crucial|vital|false|unfounded|disproportionate|insufficient'],
    why: '"Il estime que c’est injuste" is "he believes it is unfair"; English "estimate" is a calculation, not an opinion. Only a clause of judgement after it flags, so "officials estimate that 300 people" stays.',
    source: [TE, EU]
  },
  // Adverbial "en" phrases and set phrases of manner.
  {
    french: 'en vigueur / entrer en vigueur',
    forms: {'in vigour|vigor': ['in force', 'in effect']},
    notPrecededBy: ['grew', 'grow', 'grows', 'growing', 'increase', 'increased', 'gain', 'gained'],
    why: '"En vigueur" is "in force"; English "vigour" is physical or mental energy.',
    source: [TE, RC, EU]
  },
  {
    french: 'en cours',
    forms: {'in course': ['under way', 'ongoing', 'in progress']},
    precededBy: ['is', 'are', 'was', 'were', 'still', 'currently', 'investigation', 'investigations', 'inquiry', 'inquiries', 'procedure', 'procedures', 'negotiations', 'talks', 'work', 'works', 'operations', 'operation', 'discussions', 'checks', 'analyses', 'proceedings'],
    followedBy: ['$', ',', '.', ';', 'and', 'since', 'for', 'at', 'in', 'to', 'on', 'into', 'with', 'against', 'but'],
    why: '"Une enquête en cours" is an ongoing investigation; English has "in the course of" but no "in course".',
    source: [RC, TE]
  },
  {
    french: 'en permanence',
    forms: {'in permanence': ['permanently', 'constantly', 'at all times']},
    why: '"En permanence" is "permanently" or "at all times"; English has no "in permanence".',
    source: [RC]
  },
  {
    french: 'en continu',
    forms: {'in continuous|continue': ['continuously', 'non-stop']},
    followedBy: ['$', '.', ';', 'since', 'for', 'during'],
    why: '"En continu" is "continuously"; an English adjective does not follow "in" on its own ("in continuous time" and "in continuous and discrete models" keep their noun).',
    source: [RC]
  },
  {
    french: 'en priorité',
    forms: {'in priority': ['as a priority', 'first'], 'by priority': ['as a priority', 'first']},
    followedBy: ['$', '.', ',', ';', 'the', 'to', 'for', 'on', 'by', 'at', 'those', 'people', 'children', 'families'],
    why: '"En priorité" is "as a priority"; English keeps "priority" as a noun modifier ("in priority areas"), which the list after it excludes.',
    source: [RC, EU]
  },
  {
    french: 'en urgence / en catastrophe',
    forms: {'in urgency': ['urgently', 'as a matter of urgency'], 'in catastrophe': ['in an emergency', 'hastily']},
    notPrecededBy: ['absolute', 'relative'],
    why: '"Opéré en urgence" is "operated on as an emergency"; "atterrir en catastrophe" is "make an emergency landing". English "urgency" and "catastrophe" take no "in" this way.',
    source: [RC]
  },
  {
    french: 'en moyenne',
    forms: {'in average': ['on average']},
    followedBy: [',', '#', '.', '$', 'per', 'each', 'every', 'a', 'an', 'over', 'about', 'around', 'nearly', 'almost', 'more', 'less', 'one', 'twice', 'three', 'once'],
    notPrecededBy: ['rise', 'rises', 'increase', 'increases', 'change', 'changes', 'drop', 'drops', 'decline', 'declines', 'difference', 'differences', 'fall', 'falls', 'growth', 'variation', 'variations', 'gap', 'gaps', 'reduction', 'reductions', 'gain', 'gains', 'shift', 'shifts', 'trends'],
    why: '"En moyenne" is "on average"; "a rise in average pay" is English and excluded by the noun before it.',
    source: [SWAN, RC]
  },
  {
    french: 'en cause (l’homme en cause)',
    forms: {'in cause': ['in question', 'concerned', 'at issue']},
    followedBy: [',', '.', '$', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'did', 'denied', 'denies', 'said', 'says'],
    notPrecededBy: ['put', 'puts', 'putting', 'placed', 'called', 'brought', 'interested', 'interest', 'believe', 'believed', 'joined', 'join', 'united'],
    why: '"La personne en cause" is "the person in question"; "the products in cause" copies "en cause". "Interest in cause and effect" is excluded.',
    source: [RC, TE]
  },
  {
    french: 'en hausse / en baisse',
    forms: {
      [`in ${TREND_DEGREE}? ${TREND_UP}`]: ['up', 'rising'],
      [`in ${TREND_DEGREE}? ${TREND_DOWN}`]: ['down', 'falling'],
      [`in ${TREND_DEGREE} fall|regression`]: ['down', 'falling']
    },
    followedBy: ['$', '.', ',', ';', 'of #', 'by', 'compared', 'over', 'from', 'since', 'on', 'year-on-year', 'again', 'for', 'and', 'with', 'this', 'last', 'in #', 'at'],
    notPrecededBy: ['interest', 'interested', 'resulted', 'result', 'results', 'resulting', 'change', 'changes', 'difference', 'differences', 'involved', 'role', 'participate', 'participated', 'variation', 'variations', 'trend', 'trends', 'experts', 'expert', 'specialist', 'specialists', 'skilled', 'taught', 'courses', 'course', 'lesson', 'lessons', 'linear', 'logistic'],
    why: '"Les ventes sont en hausse de 5 %" is "sales are up 5%"; "in increase" and "in sharp decrease" are not English states. "In decline" and "in free fall" are English and not listed; "interest in regression" and "a change in rise" are excluded.',
    source: [RC, CP, DUFF]
  },
  {
    french: 'en pleine expansion / en pleine mutation',
    forms: {
      'in full expansion|growth|boom|progression|development': ['booming', 'expanding rapidly', 'growing fast'],
      'in full mutation|transformation|change|recomposition|upheaval': ['undergoing sweeping change', 'in the midst of change'],
      'in full reconstruction|renovation': ['in the middle of rebuilding'],
      'in full preparation|preparations': ['in the middle of preparations']
    },
    why: '"En pleine expansion" is "booming"; "en pleine mutation" is "undergoing sweeping change". "In full" with a process noun copies "en plein(e)"; "in full swing" is English and not listed.',
    source: [CP, VD]
  },
  {
    french: 'en toute impunité / en toute transparence / en toute sécurité',
    forms: {
      'in all|total|complete|full impunity': ['with impunity', 'with complete impunity'],
      'in all|total transparency': ['with complete transparency', 'openly'],
      'in all security|safety': ['in complete safety', 'safely'],
      'in all serenity|tranquillity|tranquility|calm': ['calmly', 'with complete peace of mind'],
      'in all discretion': ['discreetly', 'in strict confidence'],
      'in all simplicity': ['quite simply', 'simply'],
      'in all urgency': ['as a matter of urgency', 'urgently'],
      'in all logic': ['logically'],
      'in all independence': ['with complete independence', 'independently'],
      'in all legality': ['quite legally', 'within the law'],
      'in all liberty|freedom': ['freely', 'with complete freedom'],
      'in all objectivity': ['objectively'],
      'in all confidentiality': ['in strict confidence']
    },
    why: 'French forms manner adverbials with "en toute …"; English uses "with complete …" or an adverb. "In all honesty", "in all modesty" and "in all sincerity" are English and not listed.',
    source: [VD, CP, RC]
  },
  {
    french: 'en tout cas / à tout prix / à coup sûr',
    forms: {'in all case': ['in any case'], 'at all price': ['at all costs', 'at any price'], 'at|to|with sure blow': ['for sure', 'certainly']},
    notFollowedBy: ['studies', 'study', 'series', 'reports', 'report', 'files', 'points', 'point', 'levels', 'level', 'ranges', 'range'],
    why: 'Set phrases rendered word by word: "en tout cas" is "in any case", "à tout prix" "at all costs", "à coup sûr" "for sure". "In all case studies" and "at all price points" are excluded.',
    source: [RC]
  },
  {
    french: 'dans la mesure du possible',
    forms: {'in|to the measure of the possible|possibilities': ['as far as possible', 'wherever possible']},
    why: '"Dans la mesure du possible" is "as far as possible"; "in the measure of the possible" is word for word.',
    source: [CP, RC]
  },
  {
    french: 'à la hausse / à la baisse',
    forms: {'to the rise|increase|raise|hike|rising': ['upwards', 'up'], 'to the fall|drop|decrease|decline|reduction|lowering|baisse': ['downwards', 'down']},
    precededBy: ['revised', 'revise', 'revises', 'revising'],
    notFollowedBy: ['in', 'of'],
    why: '"Revu à la hausse" is "revised upwards"; "to the rise" is word for word. English "led to the rise of" and "adjusted to the rise in prices" are untouched: only "revised" before it and no "in/of" after it trigger.',
    source: [RC, EU]
  },
  // Verb phrases.
  {
    french: 'mettre fin à',
    forms: {'put|puts|putting end to': ['put an end to', 'end']},
    why: 'French "mettre fin à" has no article; English says "put an end to" or "end".',
    source: [SWAN, RC]
  },
  {
    french: 'mettre en avant / mettre en lumière / mettre en vente',
    forms: {
      'put|puts|putting in front': ['highlight', 'put forward', 'emphasise'],
      'put|puts|putting in light': ['highlight', 'shed light on'],
      'put|puts|putting in sale': ['put on sale', 'put up for sale']
    },
    followedBy: ['the', 'his', 'her', 'their', 'its', 'a', 'an', 'this', 'these', 'those', 'several', 'new', 'some'],
    why: '"Mettre en avant" is "highlight" or "put forward", "mettre en lumière" "shed light on", "mettre en vente" "put on sale". English "put in front of" needs its "of", which the determiner after the phrase rules out.',
    source: [CP, RC]
  },
  {
    french: 'mettre en garde',
    forms: {'put|puts|putting on guard': ['warn']},
    followedBy: ['against', 'that', 'about', 'of'],
    why: '"Mettre en garde contre" is "warn against"; English "put on guard" (on guard duty) is another thing.',
    source: [RC, TE]
  },
  {
    french: 'mettre en question / mettre sur pied',
    forms: {
      'put|puts|putting in question': ['call into question', 'question'],
      'put|puts|putting on foot': ['set up', 'organise']
    },
    followedBy: ['the', 'his', 'her', 'their', 'its', 'a', 'an', 'this', 'these', 'those', 'new'],
    why: '"Mettre en question" is "call into question"; "mettre sur pied" is "set up". English has neither literal phrase.',
    source: [CP, RC]
  },
  {
    french: 'la mise en place / la mise en œuvre',
    forms: {'the putting in place|oeuvre|œuvre|work of': ['the introduction of', 'the setting-up of', 'the implementation of'], 'the putting in place': ['the introduction', 'the setting-up'], 'the setting in place of': ['the introduction of', 'the setting-up of']},
    why: 'The noun "mise en place" is "introduction" or "setting-up"; MT turns it into a gerund phrase that English does not use as a noun.',
    source: [EU, CP]
  },
  {
    french: 'prendre conscience de / prise de conscience',
    forms: {
      'take|takes conscience|consciousness of': ['realise', 'become aware of'],
      'took conscience|consciousness of': ['realised', 'became aware of'],
      'taken conscience|consciousness of': ['realised', 'become aware of'],
      'taking conscience|consciousness of': ['realising', 'becoming aware of'],
      'a|the taking of conscience|consciousness': ['an awareness', 'a realisation']
    },
    why: '"Prendre conscience" is "realise" or "become aware"; "conscience" is moral sense in English.',
    source: [TE, RC]
  },
  {
    french: 'prendre acte de',
    forms: {'take|takes act of': ['take note of', 'note'], 'took act of': ['took note of', 'noted'], 'taken act of': ['taken note of', 'noted'], 'taking act of': ['taking note of', 'noting']},
    why: '"Prendre acte" is "take note"; "take act of" is word for word.',
    source: [RC, EU]
  },
  {
    french: 'prendre position (sur)',
    forms: {'take|takes|took|taken|taking position': ['take a stand', 'take a position']},
    followedBy: ['on the|this|that|these|its|his|her|their? issue|issues|question|questions|matter|subject|reform|bill|law|war|conflict|case|affair|proposal|plan|text|project|situation|crisis|measure|measures|topic|vote|referendum|candidacy', 'in favour', 'in favor', 'about', 'publicly', 'against the|this|that? reform|bill|law|plan|project|proposal|text|measure'],
    why: '"Prendre position sur" is "take a stand on"; English needs the article. Troops that "took position on the hill" are left alone: only an issue after it flags.',
    source: [RC, SWAN]
  },
  {
    french: 'prendre la parole',
    forms: {'take|takes the word': ['speak', 'take the floor'], 'took the word': ['spoke', 'took the floor'], 'taken the word': ['spoken', 'taken the floor'], 'taking the word': ['speaking', 'taking the floor']},
    followedBy: ['before', 'during', 'after', 'first', 'again', 'publicly', '$', '.', ','],
    why: '"Prendre la parole" is "speak" or "take the floor"; "take the word" is word for word. "Took the word literally" is left alone because only the end of a clause or a time word after it triggers.',
    source: [RC, VD]
  },
  {
    french: 'prendre en compte / en considération / tenir compte de',
    forms: {
      'take|takes|took|taken|taking in account|consideration': ['take into account', 'take into consideration'],
      'hold|holds|held|holding account of': ['take account of', 'take into account']
    },
    why: 'English "takes into account"; "in account" copies "en compte", and "hold account of" copies "tenir compte de".',
    source: [SWAN, EU]
  },
  {
    french: 'donner suite à',
    forms: {'give|gives|gave|given|giving suite|following|follow-up to': ['follow up', 'act on', 'respond to']},
    why: '"Donner suite à une plainte" is "act on a complaint"; "give suite to" is word for word.',
    source: [RC, EU]
  },
  {
    french: 'porter ses fruits',
    forms: {'carry|carries|carried|carrying its|their|his|her fruits': ['bear fruit', 'pay off']},
    why: '"Porter ses fruits" is "bear fruit" or "pay off"; English fruits are not carried. ("Trees bear their fruits" is English and not listed.)',
    source: [VD, RC]
  },
  {
    french: 'lancer un cri d’alarme / hausser le ton',
    forms: {
      'launch|launches|launched|launching|throw|throws|threw|thrown|throwing a|an cry|cries|call of alarm': ['sound the alarm', 'raise the alarm'],
      'raise|raises|raised|raising the tone': ['take a harder line', 'toughen its stance']
    },
    notFollowedBy: ['of'],
    why: '"Lancer un cri d’alarme" is "sound the alarm"; "hausser le ton" is "take a harder line". British "raise the tone (of the debate)" means improve it and keeps its "of".',
    source: [RC, VD]
  },
  {
    french: 'faire marche arrière',
    forms: {'make|makes|made|making march back|backward|backwards|rear|arrière': ['back down', 'backtrack', 'do a U-turn'], 'make|makes|made|making reverse gear': ['back down', 'backtrack']},
    why: '"Faire marche arrière" is "back down" or "backtrack"; the literal march is not English.',
    source: [RC]
  },
  {
    french: 'faire la lumière sur / faire toute la lumière',
    forms: {'make|makes|made|making the|full|all the? light on|upon|about': ['shed light on', 'get to the bottom of', 'establish the facts about']},
    why: '"Faire (toute) la lumière sur" is "shed light on" or "get to the bottom of"; "make the light on" is word for word ("make light of" is English and has no "on").',
    source: [VD, RC]
  },
  {
    french: 'faire l’unanimité / faire débat / faire polémique',
    forms: {
      'make|makes|made|making|do|does|did the unanimity': ['have unanimous support', 'win universal approval'],
      'make|makes|made|making unanimity': ['have unanimous support'],
      'make|makes|made|making debate|controversy|polemic|polemics': ['spark debate', 'be controversial', 'cause controversy']
    },
    notFollowedBy: ['possible', 'easier', 'harder', 'more', 'less', 'impossible', 'difficult', 'about', 'of', 'between', 'on'],
    why: '"Faire l’unanimité" is "win unanimous support"; "faire débat" is "be controversial". "Make debate possible" is English and excluded.',
    source: [RC, CP]
  },
  {
    french: 'susciter la polémique',
    forms: {'polemic|polemics': ['controversy', 'row']},
    precededBy: ['sparked|sparking|sparks|spark|provoked|provokes|provoke|provoking|triggered|triggers|trigger|triggering|caused|causes|cause|causing|fuelled|fueled|fuels|fuel|fuelling|fueling|reignited|reignites|revived|unleashed|aroused|raised|stirred|stirring|created|creating a|an|new|fresh|the|much|some|lively|intense|heated|strong|violent|growing|real|huge|big'],
    why: '"Une polémique" is a controversy or a row; English "polemic" is a written attack or a style of argument, and is not sparked. Only a verb of triggering before it flags.',
    source: [TE, RC]
  },
  {
    french: 'trouver la mort',
    forms: {'find|finds|found|finding the? death': ['die', 'be killed', 'lose their life']},
    followedBy: ['$', '.', ',', 'in', 'on', 'at', 'when', 'after', 'during', 'while'],
    why: '"Trouver la mort" is "die" or "be killed"; "found death" is word for word. "Found the death of her son hard" keeps its "of".',
    source: [RC, VD]
  },
  {
    french: 'faire (des victimes, des morts)',
    forms: {make: ['claim', 'leave', 'cause'], makes: ['claims', 'leaves', 'causes'], made: ['claimed', 'left', 'caused'], making: ['claiming', 'leaving', 'causing']},
    followedBy: ['#|several|many|numerous|dozens|hundreds|thousands|no|new|other victims|dead|deaths|wounded|injured|fatalities|casualties', 'at least # victims|dead|deaths|wounded|injured|fatalities|casualties'],
    notFollowedBy: ['#|several|many|numerous|dozens|hundreds|thousands|no|new|other victims|dead|deaths|wounded|injured|fatalities|casualties of|out|feel|look|seem|think|believe'],
    why: '"L’accident a fait trois morts" is "the accident left three dead" or "killed three"; English "make victims" means "victimise" and keeps its "of".',
    source: [RC, CP]
  },
  {
    french: 'faire savoir',
    forms: {'make|makes|made|making know': ['announce', 'say', 'let it be known']},
    followedBy: ['that', 'his', 'her', 'their', 'its', 'on', 'in', 'via', 'through', 'by', ','],
    why: '"Faire savoir que" is "announce that" or "let it be known that"; "make know" is word for word.',
    source: [RC]
  },
  {
    french: 'faire / tirer le bilan de',
    forms: {'make|makes|made|making|draw|draws|drew|drawn|drawing the|a balance of': ['take stock of', 'review', 'assess']},
    followedBy: ['the', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'a', 'an', 'five', 'ten', 'two', 'three', 'four', 'six', 'seven', 'eight', 'nine', 'years', 'months', 'decades'],
    why: '"Faire le bilan de son mandat" is "take stock of his term"; English "strike a balance" is another idiom, and "the balance of payments" has no verb before it.',
    source: [TE, RC]
  },
  {
    french: 'mener une politique',
    forms: {'lead|leads|leading a|the|this|its|his|her|their|that policy': ['pursue a policy', 'carry out a policy'], 'led a|the|this|its|his|her|their|that policy': ['pursued a policy', 'carried out a policy']},
    notFollowedBy: ['team', 'teams', 'unit', 'review', 'group', 'department', 'office', 'work', 'debate', 'discussion', 'discussions', 'effort', 'efforts', 'development', 'division', 'institute', 'shop', 'committee', 'section', 'area', 'areas', 'brief', 'paper', 'papers', 'programme', 'program', 'research', 'analysis', 'practice', 'shift', 'change', 'changes', 'overhaul', 'process', 'push', 'charge', 'talks', 'response', 'agenda', 'reform', 'reforms', 'rollout', 'launch', 'drive', 'side', 'implementation', 'making', 'network', 'forum', 'dialogue'],
    why: '"Mener une politique" is "pursue a policy"; English "lead" takes a team or a review, not a policy.',
    source: [CP, RC]
  },
  {
    french: 'trouver un accord',
    forms: {'find|finds|finding an|a agreement|accord': ['reach an agreement'], 'found an|a agreement|accord': ['reached an agreement']},
    why: 'English reaches or strikes an agreement; "find an agreement" follows "trouver un accord".',
    source: [SWAN, RC]
  },
  {
    french: 'signer une victoire / marquer un but',
    forms: {
      'sign|signs|signing a|an|their|his|her|its first|second|third|new|fine|big|narrow|convincing|comfortable|historic? victory|win|success|hat-trick|treble': ['record', 'claim'],
      'signed a|an|their|his|her|its first|second|third|new|fine|big|narrow|convincing|comfortable|historic? victory|win|success|hat-trick|treble': ['recorded', 'claimed'],
      'mark|marks|marking a|his|her|their|its|# goal|goals|try|tries|hat-trick|basket|baskets': ['score'],
      'marked a|his|her|their|its|# goal|goals|try|tries|hat-trick|basket|baskets': ['scored']
    },
    notFollowedBy: ['line', 'lines', 'post', 'posts', 'area', 'kick', 'deal', 'contract', 'agreement'],
    why: 'Sports French "signer une victoire" is "record a win", "marquer un but" is "score a goal"; English teams neither sign wins nor mark goals.',
    source: [RC]
  },
  {
    french: 'signer / inscrire un doublé',
    forms: {
      'sign|signs|signing|score|scores|scoring a|his|her|their doublé|doublet': ['score twice', 'score a brace'],
      'signed|scored a|his|her|their doublé|doublet': ['scored twice', 'scored a brace']
    },
    why: '"Signer un doublé" is to score twice (a brace); English "doublet" is a jacket or a pair of words, and "doublé" is the French word. "Scored a double" (a double-double, a double century) is left alone.',
    source: [RC]
  },
  {
    french: 'prendre la direction de',
    forms: {'take|takes|took|taken|taking the direction of': ['take charge of', 'take over', 'head']},
    followedBy: ['the club|team|company|group|party|government|ministry|police|operations|investigation|agency|institute|school|hospital|newspaper|orchestra|federation|bank|firm|union|campaign|list|department|service|office|project', 'operations', 'affairs'],
    why: '"Prendre la direction du club" is "take charge of the club"; English "take the direction of" is a route.',
    source: [RC, TE]
  },
  {
    french: 'une demande d’asile / d’extradition',
    forms: {'demand|demands of asylum|extradition|release|liberation|clarification|explanations|compensation|authorisation|authorization|resignation|naturalisation|naturalization': ['request for', 'application for']},
    why: '"Une demande d’asile" is an asylum application, "une demande d’extradition" an extradition request; English "demand" is a forceful claim and takes "for".',
    source: [TE, RC]
  },
  {
    french: 'la question se pose',
    forms: {'question poses|posed|pose itself|themselves': ['question arises'], 'questions pose|posed themselves': ['questions arise']},
    why: '"La question se pose" is "the question arises"; English questions do not pose themselves.',
    source: [VD, CP]
  },
  {
    french: 'contrôlé positif',
    forms: {'controlled positive': ['tested positive'], 'controlled negative': ['tested negative']},
    why: '"Contrôlé positif" (in a doping or drugs test) is "tested positive"; English "controlled" is not a test.',
    source: [RC, TE]
  },
  {
    french: 'déférer devant un juge',
    forms: {'deferred|referred before': ['brought before', 'taken before']},
    followedBy: ['a|an|the? judge|judges|magistrate|magistrates|prosecutor|prosecutors|court|courts|examining|investigating'],
    why: '"Il a été déféré devant un juge" is "he was brought before a judge"; English "defer" is postpone, and "referred before" is not idiomatic.',
    source: [RC]
  },
  {
    french: 'passer par (le dialogue)',
    forms: {'pass|passes|passed|passing by': ['go through', 'require', 'depend on']},
    followedBy: ['the? dialogue|diplomacy|negotiation|negotiations|education|prevention|training|investment|investments|cooperation|co-operation|consultation|mediation|reforms|strengthening|reinforcement|creation|development|dialog', 'a reform|change|strengthening|better|negotiated|dialogue'],
    why: '"La solution passe par le dialogue" is "the solution requires dialogue"; English "pass by" is to go past a place. Only an abstract means after it flags, so a law "passed by parliament" stays.',
    source: [CP, RC]
  },
  {
    french: 'essuyer (des critiques, un refus)',
    forms: {'wipe|wipes|wiped|wiping': ['face', 'suffer', 'come under']},
    followedBy: ['criticism', 'criticisms', 'critics', 'a|an|new|fresh|another refusal|defeat|setback|rebuff|failure|snub|rejection|loss', 'fire', 'insults', 'gunfire', 'refusals', 'defeats', 'setbacks', 'failures'],
    why: '"Essuyer des critiques / un refus / une défaite" is "face criticism / meet with a refusal / suffer a defeat"; English wipes surfaces.',
    source: [RC, VD]
  },
  {
    french: 'porter un coup (à)',
    forms: {'carry|carries|carrying a|an|new? serious|heavy|hard|severe|fatal|major|big|further|terrible|decisive? blow|blows': ['deal a blow'], 'carried a|an|new? serious|heavy|hard|severe|fatal|major|big|further|terrible|decisive? blow|blows': ['dealt a blow']},
    why: '"Porter un coup à" is "deal a blow to"; English does not carry blows.',
    source: [VD, RC]
  },
  {
    french: 'prendre / passer le relais',
    forms: {'take|takes|took|taken|taking the relay|relays': ['take over'], 'pass|passes|passed|passing the relay|relays': ['hand over']},
    notFollowedBy: ['baton', 'race', 'team'],
    why: '"Prendre le relais" is "take over", "passer le relais" "hand over"; English passes a baton, not "the relay".',
    source: [RC, VD]
  },
  {
    french: 'être à la manœuvre',
    forms: {'be|is|are|was|were|been|being at the manoeuvre|maneuver|manœuvre|manoeuvres|maneuvers': ['be at the helm', 'be in charge']},
    why: '"Être à la manœuvre" is "be at the helm" or "be behind it"; "at the manoeuvre" is word for word ("at the controls", said of a pilot, is English and not listed).',
    source: [RC]
  },
  {
    french: 'c’est une évidence / de toute évidence',
    forms: {'it is|was|seems an|a evidence': ['it is obvious', 'it is self-evident'], 'in all evidence': ['clearly', 'obviously']},
    why: '"C’est une évidence" is "it is obvious"; English "evidence" is proof, uncountable.',
    source: [TE, RC]
  },
  // The "coup de" family.
  {
    french: 'coup de (poing, couteau, feu…)',
    forms: {
      'blow|blows|stroke|strokes of fist|fists': ['punch', 'punches'],
      'blow|blows|stroke|strokes of knife|knives': ['stab wound', 'stab wounds', 'stabbing'],
      'knife blow|blows': ['stab wound', 'stab wounds'],
      'blow|blows|stroke|strokes of fire': ['gunshot', 'shot'],
      'blow|blows|stroke|strokes of foot|feet': ['kick', 'kicks'],
      'blow|blows|stroke|strokes of head': ['headbutt', 'whim'],
      'blow|blows|stroke|strokes of wire|phone|telephone': ['phone call'],
      'blow|blows|stroke|strokes of net|nets|filet': ['police sweep', 'roundup', 'raid'],
      'blow|blows|stroke|strokes of thumb': ['boost', 'helping hand'],
      'blow|blows|stroke|strokes of hand': ['helping hand', 'hand'],
      'blow|blows|stroke|strokes of theatre|theater': ['dramatic twist', 'sudden turn of events'],
      'blow|blows|stroke|strokes of mouth|gob|throat': ['rant', 'outburst'],
      'blow|blows of force': ['show of force', 'power grab'],
      'blow|blows|stroke|strokes of heat': ['heatstroke', 'heat wave'],
      'blow|blows|stroke|strokes of cold': ['cold snap'],
      'blow|blows|stroke|strokes of heart': ['favourite', 'pick'],
      'blow|blows|stroke|strokes of projector|spotlight': ['spotlight'],
      'blow|blows|stroke|strokes of thunder': ['bombshell', 'thunderclap'],
      'blow|blows|stroke|strokes of broom': ['clean sweep', 'shake-up'],
      'blow|blows|stroke|strokes of brake|brakes': ['sharp slowdown', 'brake'],
      'blow|blows|stroke|strokes of accelerator': ['acceleration', 'boost'],
      'blow|blows of master': ['masterstroke'],
      'blow|blows|stroke|strokes of bluff': ['bluff'],
      'blow|blows|stroke|strokes of com|communication|communications': ['PR stunt', 'publicity stunt'],
      'blow|blows|stroke|strokes of blood': ['fit of anger', 'outburst'],
      'blow|blows|hit|hits of luck|chance': ['stroke of luck'],
      'blow|blows|stroke|strokes of sun': ['sunburn', 'sunstroke'],
      'blow|blows|stroke|strokes|hit of eye': ['glance', 'look'],
      'blow|blows|stroke|strokes of warning|semonce': ['warning shot'],
      'blow|blows of sending|send|envoi': ['kick-off', 'start']
    },
    why: 'French builds countless compounds on "coup de" (a blow of): "coup de poing" is a punch, "coup de couteau" a stab wound, "coup de feu" a gunshot, "coup de filet" a police sweep, "coup de pouce" a boost. Word for word they are nonsense in English; "a stroke of luck" and "a stroke of genius" are English and not listed.',
    source: [VD, RC, HH]
  },
  {
    french: 'coups de feu',
    forms: {'fire shot|shots': ['gunshots', 'shots']},
    precededBy: ['several', 'many', 'numerous', 'some', 'of', 'heard', '#', 'multiple', 'a few', 'dozens', 'hear'],
    why: '"Des coups de feu" are gunshots or shots; "fire shots" as a noun copies the French. "Police fire shots" (a verb) and "the fire shot up" are left alone: only a quantity or "heard" before it flags.',
    source: [RC]
  },
  {
    french: 'tout d’un coup / coup sur coup / tenter le coup / valoir le coup',
    forms: {
      'all of a blow': ['all of a sudden'],
      'blow on blow': ['in quick succession', 'one after another'],
      'try|tries|tried|trying the blow': ['give it a try', 'have a go'],
      'worth the blow': ['worth it', 'worth a try']
    },
    why: 'Set phrases with "coup" rendered word by word.',
    source: [RC]
  },
  {
    french: 'sur le coup (tué)',
    forms: {'on the blow': ['instantly', 'on the spot']},
    precededBy: ['killed', 'died', 'die', 'dies', 'dead', 'perished', 'succumbed'],
    why: '"Tué sur le coup" is "killed instantly"; "on the blow" is word for word.',
    source: [RC]
  },
  // Idioms and images.
  {
    french: 'la balle est dans le camp de',
    forms: {'the ball is|was|remains now? in the court|camp of': ['it is up to', 'the ball is in the court of']},
    notFollowedBy: ['public'],
    why: 'English puts the ball in someone’s court with a possessive ("the ball is in Moscow’s court") or says "it is up to". "The court of public opinion" is excluded.',
    source: [VD, RC]
  },
  {
    french: 'avoir le vent en poupe / mettre de l’eau dans son vin',
    forms: {
      'have|has|had|having the wind in the back|poop|stern': ['have the wind in their sails', 'have momentum'],
      'put|puts|putting water in his|her|their|its|one’s|one\'s wine': ['tone down', 'water down their demands']
    },
    why: '"Avoir le vent en poupe" is "have the wind in one’s sails"; "mettre de l’eau dans son vin" is "tone down one’s demands". Word for word they are not English idioms.',
    source: [VD, RC]
  },
  {
    french: 'renvoyer l’ascenseur',
    forms: {'return|returns|returned|returning|send|sends|sent|sending the elevator|lift': ['return the favour']},
    notFollowedBy: ['to the', 'down', 'up', 'button', 'pass', 'key', 'keys'],
    why: '"Renvoyer l’ascenseur" is "return the favour"; the elevator is the French image.',
    source: [VD, RC]
  },
  {
    french: 'une bouffée d’oxygène / un grain de sable dans l’engrenage',
    forms: {
      'a|an bowl|puff of oxygen': ['a breath of fresh air', 'a lifeline'],
      'a bowl of fresh air': ['a breath of fresh air'],
      'a|the grain of sand in the gears|gear|machine|machinery|works|cogs': ['a spanner in the works']
    },
    why: '"Une bouffée d’oxygène" is "a breath of fresh air" or "a lifeline"; "un grain de sable dans l’engrenage" is "a spanner in the works".',
    source: [VD, RC]
  },
  {
    french: 'traversée du désert',
    forms: {'crossing of the desert': ['time in the wilderness', 'wilderness years']},
    precededBy: ['long', 'political', 'years', 'of', 'electoral', 'real', 'true', 'difficult'],
    why: 'A politician’s "traversée du désert" is "time in the wilderness"; only the political qualifiers before it flag, so a real crossing of the Sahara stays.',
    source: [RC]
  },
  {
    french: 'mettre la clé sous la porte / se prendre les pieds dans le tapis',
    forms: {
      'put|puts|putting the key|keys under the door|doormat|mat': ['close down', 'shut up shop'],
      'take|takes|took|taken|taking|get|gets|got|getting his|her|their|its|the feet in the carpet|rug': ['trip up', 'slip up']
    },
    why: '"Mettre la clé sous la porte" is "close down" (a business); "se prendre les pieds dans le tapis" is "trip up". Word for word these are not English.',
    source: [VD, RC]
  },
  {
    french: 'balayer devant sa porte / perdre le nord',
    forms: {
      'sweep|sweeps|swept|sweeping in front of his|her|their|its|one’s|one\'s|our|your own? door|doorstep': ['put its own house in order'],
      'lose|loses|lost|losing the north': ['lose their bearings']
    },
    followedBy: ['$', '.', ',', 'and', 'before', 'first', 'instead', 'when', 'after', 'in', 'on'],
    why: '"Balayer devant sa porte" is "put one’s own house in order"; "perdre le nord" is "lose one’s bearings". "Lost the north of the country" keeps its "of".',
    source: [VD, RC]
  },
  {
    french: 'au pied du mur',
    forms: {'at the foot of the wall': ['with its back to the wall', 'in a corner']},
    precededBy: ['itself', 'himself', 'herself', 'themselves', 'ourselves', 'pushed', 'driven'],
    why: '"Se retrouver au pied du mur" is "have one’s back to the wall"; the literal foot of a wall is where flowers are placed, so only a reflexive or "pushed/driven" before it flags.',
    source: [VD, RC]
  },
  {
    french: 'faire la pluie et le beau temps',
    forms: {'make|makes|made|making the rain and the good|fine|nice weather|time': ['call the shots', 'rule the roost']},
    why: '"Faire la pluie et le beau temps" is "call the shots"; the weather is the French image.',
    source: [VD, RC]
  },
  {
    french: 'la dernière ligne droite',
    forms: {'the last|final straight line': ['the home straight', 'the final stretch'], 'the last straight': ['the home straight', 'the final stretch']},
    followedBy: ['$', '.', ',', 'before', 'of', 'towards', 'toward', 'to', 'for', 'in', 'ahead', 'has', 'is', 'was'],
    why: '"La dernière ligne droite" is "the home straight" or "the final stretch".',
    source: [RC]
  },
  {
    french: 'bras de fer (entre)',
    forms: {'arm of iron': ['tug-of-war', 'standoff', 'showdown'], 'an|the arm wrestling|arm-wrestling': ['a standoff', 'a tug-of-war', 'a showdown']},
    followedBy: ['between', 'against', 'over', 'with the|a government|unions|union|kremlin|authorities|state|eu|employers|management|commission|executive'],
    why: 'A political "bras de fer" is a standoff or tug-of-war; English arm-wrestling is a bar-room sport. Only a dispute after it ("between", "over") flags.',
    source: [VD, RC]
  },
  // Quantities and groups.
  {
    french: 'la totalité de',
    forms: {'the totality of': ['all of', 'the whole of']},
    followedBy: ['the|its|their|his|her|our staff|employees|workers|population|inhabitants|residents|members|deputies|mps|votes|sum|amount|debt|debts|territory|country|troops|soldiers|hostages|passengers|victims|cost|costs|budget|seats|shares|students|pupils|teachers|players|team'],
    why: '"La totalité du personnel" is "all the staff"; English "the totality of the evidence" (a legal abstraction) keeps "totality" only for abstract wholes, which the list of countable groups after it excludes.',
    source: [CP, EU]
  },
  {
    french: 'des dizaines de',
    forms: {'several|some|many tens of': ['dozens of'], 'a few tens of': ['a few dozen'], 'tens and tens of': ['dozens and dozens of']},
    followedBy: ['people', 'persons', 'demonstrators', 'protesters', 'victims', 'migrants', 'soldiers', 'houses', 'homes', 'vehicles', 'cars', 'police', 'officers', 'civilians', 'dead', 'deaths', 'families', 'children', 'residents', 'villages', 'towns', 'arrests', 'students', 'workers', 'journalists', 'candidates', 'members', 'deputies'],
    why: '"Plusieurs dizaines de personnes" is "dozens of people"; English counts people in dozens. "Tens of thousands" is English and not listed.',
    source: [SWAN, RC]
  },
  {
    french: 'plus de / moins de (+ nombre)',
    forms: {'more of': ['more than'], 'less|fewer of': ['less than', 'fewer than']},
    followedBy: ['#'],
    notFollowedBy: ['# of|or|and|than'],
    why: '"Plus de 100 personnes" is "more than 100 people"; English "more of" takes a determiner ("more of the same").',
    source: [SWAN]
  },
  {
    french: 'les moins de 25 ans / les plus de 65 ans',
    forms: {'the less|fewer than|of': ['those under', 'people under'], 'the more than|of': ['those over', 'people over']},
    followedBy: ['# years|year old|$|.|are|were|who|have|can|will|must'],
    why: '"Les moins de 25 ans" is "the under-25s" or "people under 25"; "the less than 25 years" copies the French.',
    source: [SWAN, RC]
  },
  {
    french: 'beaucoup de monde / le grand public / un large public',
    forms: {
      'a lot|lots of world': ['a lot of people', 'many people'],
      'the great|large|big public': ['the general public'],
      'a wide|broad|large|young|new|mixed public': ['a wide audience', 'audience']
    },
    followedBy: ['$', '.', ',', 'that', 'who', 'for', 'in', 'at', 'came', 'was', 'is', 'were', 'attended', 'turned', 'will', 'has', 'from'],
    why: '"Beaucoup de monde" is "a lot of people"; "le grand public" is "the general public"; "un large public" is "a wide audience". English "public" before a noun ("a large public park") is excluded by the words that must follow.',
    source: [RC, TE]
  },
  {
    french: 'détention provisoire',
    forms: {'provisional detention|custody|imprisonment': ['pre-trial detention', 'custody on remand']},
    why: '"Placé en détention provisoire" is "remanded in custody" or "held in pre-trial detention"; "provisional detention" is not the English legal term.',
    source: [RC]
  },
  {
    french: 'il n’est pas exclu que / rien n’est moins sûr',
    forms: {
      'it is|was not excluded that': ['it cannot be ruled out that', 'it is possible that'],
      'nothing is less sure|certain': ['that is far from certain']
    },
    notFollowedBy: ['than'],
    why: '"Il n’est pas exclu que" is "it cannot be ruled out that"; "rien n’est moins sûr" is "that is far from certain". English "excluded" is left out of a group, and "nothing is less certain" reads as a comparison.',
    source: [VD, HH]
  },
  {
    french: 'faire le jeu de / faire les frais de',
    forms: {
      'make|do the game of': ['play into the hands of'],
      'makes|does the game of': ['plays into the hands of'],
      'made|did the game of': ['played into the hands of'],
      'making|doing the game of': ['playing into the hands of'],
      'make|do the costs|expenses|fees of': ['bear the brunt of', 'pay the price for'],
      'makes|does the costs|expenses|fees of': ['bears the brunt of', 'pays the price for'],
      'made|did the costs|expenses|fees of': ['bore the brunt of', 'paid the price for'],
      'making|doing the costs|expenses|fees of': ['bearing the brunt of', 'paying the price for']
    },
    why: '"Faire le jeu de l’extrême droite" is "play into the hands of the far right"; "faire les frais de" is "bear the brunt of". Both English renderings are word for word.',
    source: [RC, HH]
  },
  {
    french: 'faire la sourde oreille / faire profil bas / tenir tête à',
    forms: {
      'make|do the deaf ear': ['turn a deaf ear'],
      'makes|does the deaf ear': ['turns a deaf ear'],
      'made|did the deaf ear': ['turned a deaf ear'],
      'making|doing the deaf ear': ['turning a deaf ear'],
      'make|do low profile': ['keep a low profile'],
      'makes|does low profile': ['keeps a low profile'],
      'made|did low profile': ['kept a low profile'],
      'making|doing low profile': ['keeping a low profile'],
      'hold head to': ['stand up to'],
      'holds head to': ['stands up to'],
      'held head to': ['stood up to'],
      'holding head to': ['standing up to']
    },
    why: '"Faire la sourde oreille" is "turn a deaf ear", "faire profil bas" "keep a low profile", "tenir tête à" "stand up to"; the French verbs do not carry over.',
    source: [RC, VD]
  },
  {
    french: 'se faire l’écho de / prendre le pas sur / prendre le contre-pied de',
    forms: {
      'make|makes himself|herself|itself|themselves the echo of': ['echo', 'relay'],
      'made himself|herself|itself|themselves the echo of': ['echoed', 'relayed'],
      'take|takes the step on|over': ['take precedence over'],
      'took the step on|over': ['took precedence over'],
      'taken the step on|over': ['taken precedence over'],
      'taking the step on|over': ['taking precedence over'],
      'take|takes|took|taken|taking the counter-foot|counterfoot|opposite foot of': ['take the opposite view to', 'go against']
    },
    why: '"Se faire l’écho de" is "echo" or "relay", "prendre le pas sur" "take precedence over", "prendre le contre-pied de" "take the opposite view to"; the English word-for-word versions mean nothing.',
    source: [RC, HH]
  },
  {
    french: 'images (le couteau sous la gorge, une pierre dans le jardin de, prendre le train en marche…)',
    forms: {
      'knife under the throat': ['gun to the head'],
      'a stone in the garden of': ['a dig at'],
      'take|takes the train in march|motion|marching|running': ['jump on the bandwagon'],
      'took|taken the train in march|motion|marching|running': ['jumped on the bandwagon'],
      'taking the train in march|motion|marching|running': ['jumping on the bandwagon'],
      "it is|it's|is not the sea to drink": ['it is not the end of the world', 'it is not that difficult'],
      'put|puts|putting oil in the gears|wheels|cogs|works': ['smooth things over', 'oil the wheels'],
      'a sword blow|stroke in the water': ['a futile gesture', 'a waste of effort'],
      'put|puts|putting the package on': ['pull out all the stops', 'go all out'],
      'fell|fall|falls|falling from the clouds': ['was stunned', 'was astonished']
    },
    why: 'French images rendered word for word: "avoir le couteau sous la gorge" (a gun to one’s head), "une pierre dans le jardin de" (a dig at), "prendre le train en marche" (jump on the bandwagon), "ce n’est pas la mer à boire" (not the end of the world), "mettre de l’huile dans les rouages", "un coup d’épée dans l’eau", "mettre le paquet", "tomber des nues".',
    source: [RC, HH, DUFF]
  },
  {
    french: 'en passe de / en voie de / en proie à',
    forms: {
      'in pass of|to': ['on the way to', 'about to'],
      'in way|ways of': ['on the way to', 'in the process of'],
      'in prey to': ['in the grip of', 'prey to']
    },
    notPrecededBy: ['stand|stands|stood|standing|get|gets|got|getting|nothing|anything|something|much|little'],
    why: '"En passe de" and "en voie de" are "on the way to"; "en proie à" is "in the grip of". English "in the way of" (standing in the way of) has an article and is not matched, and "get in way of" is left alone.',
    source: [RC, VD]
  },
  {
    french: 'à l’instar de / à la faveur de / au fil de / au grand dam de',
    forms: {
      'at|to the instar of': ['like', 'following the example of'],
      'at the favour|favor of': ['thanks to', 'under cover of'],
      'at|to the thread of': ['over the course of', 'over'],
      'to the great dam|damage of': ['much to the dismay of'],
      'at the yardstick|ell of': ['by the yardstick of', 'measured by'],
      'at the shelter of': ['safe from', 'sheltered from']
    },
    why: 'French prepositional phrases kept word for word: "à l’instar de" is "like", "à la faveur de la nuit" "under cover of night", "au fil des jours" "as the days went by", "au grand dam de" "much to the dismay of", "à l’aune de" "by the yardstick of", "à l’abri de" "safe from".',
    source: [RC, VD, HH]
  },
  {
    french: 'à juste titre / à plus forte raison / à bout de souffle',
    forms: {
      'at|with|by just title': ['rightly', 'with good reason'],
      'at|with|by|for stronger reason': ['all the more so'],
      'at the? end of breath': ['running out of steam', 'exhausted']
    },
    why: '"À juste titre" is "rightly", "à plus forte raison" "all the more so", "à bout de souffle" "running out of steam"; English "title" and "breath" do not work this way.',
    source: [RC, VD]
  },
  {
    french: 'l’heure est à (la mobilisation)',
    forms: {'the hour is|was to': ['it is time for', 'the mood is one of']},
    followedBy: ['the|a|an|mobilisation|mobilization|unity|action|caution|prudence|calm|celebration|mourning|reconciliation|compromise|dialogue|war|peace|austerity|vigilance|solidarity|anger|optimism|pessimism|questions|doubt'],
    why: '"L’heure est à la mobilisation" is "it is time to mobilise" or "the mood is one of"; English "the hour is late" takes an adjective, never "to" and a noun.',
    source: [RC, HH]
  }
]
