/**
 * False friends of French news, court and politics copy: the news senses of words whose
 * general entries (src/rules/data/false-friends.ts, which spreads this list into its own) were
 * tuned on medical and administrative prose. Same shape and cue syntax as that module.
 *
 * Every cue is written from the French word's news collocations in the dictionaries below
 * ("une importante présence policière", "réaliser une perquisition", "une éventuelle
 * candidature", "le scrutin de dimanche"), never from evaluation data. A cue names the
 * neighbours that only the French sense takes, so that the English word in its own sense stays
 * quiet; where the English word hardly exists ("habitants", "inculpated", "revendicate") the
 * entry needs no neighbour.
 */
import type {FalseFriendEntry} from './false-friends.js'

const KD = 'Koessler & Derocquigny, Les faux amis ou les trahisons du vocabulaire anglais (Vuibert, 1928)'
const KG = 'Kirk-Greene, French False Friends (Routledge, 1981/1990)'
const TE = 'Thody & Evans, Faux Amis and Key Words (Athlone, 1985)'
const VR = 'Van Roey, Granger & Swallow, Dictionnaire des faux amis français-anglais (Duculot, 1988/1998)'
const WK = 'Wiktionary, Appendix:French–English false friends'
const EU = 'Gardner, Misused English words and expressions in EU publications (European Court of Auditors, 2013)'
const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'

/** What "réaliser" takes in news copy: a feat, a police operation, a poll, a work. */
const NEWS_ACTS = ['feat', 'exploit', 'exploits', 'hat-trick', 'arrests', 'arrest', 'search', 'searches', 'raid', 'raids', 'seizure', 'seizures', 'poll', 'polls', 'checks', 'inspection', 'inspections', 'turnover', 'comeback', 'treble', 'reportage', 'portrait', 'sculpture', 'mural', 'fresco', 'album', 'clip', 'music video', 'short film', 'feature film', 'renovation', 'works', 'perquisition', 'perquisitions']

/** The English senses of "realize" that stay quiet. */
const REALIZE_ENGLISH = ['that', 'how', 'what', 'why', 'the importance', 'the potential', 'the dream', 'the value', 'the extent', 'the need', 'the benefits']

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** French cities whose "agglomération" English calls "the X area". */
const FRENCH_CITIES = 'paris|lyon|marseille|lille|toulouse|bordeaux|nantes|strasbourg|nice|grenoble|rennes|montpellier|rouen|toulon|brest|reims|dijon|nancy|metz|caen|orleans|orléans|tours|angers|limoges|clermont-ferrand|perpignan|avignon'

/** Posts and units an official is assigned or transferred to ("affecté au commissariat", "muté à la préfecture"). */
const POSTS = 'police|post|station|unit|brigade|squad|ministry|department|embassy|consulate|position|command|regiment|base|prefecture|school|hospital|service|team|commissariat|gendarmerie|garrison|division|region|court|office'

/** Disasters whose "bilan" is a toll. */
const DISASTERS = 'attack|attacks|accident|fire|earthquake|flood|floods|flooding|storm|explosion|crash|collision|clashes|epidemic|shooting|avalanche|cyclone|hurricane|heatwave|disaster|bombing|bombings|riots|quake|tsunami|landslide|typhoon|derailment|massacre|fighting|offensive'

export const newsFalseFriends: FalseFriendEntry[] = [
  {
    french: 'actuellement (en détention, en discussion)',
    english: 'actually',
    forms: {actually: ['currently', 'at present']},
    meaning: 'currently, at present',
    confidence: 'medium',
    context: [
      {
        after: ['in custody', 'in police custody', 'detained', 'under arrest', 'in pre-trial detention', 'hospitalised', 'hospitalized', 'in intensive care', 'under discussion', 'being discussed', 'being examined', 'being negotiated', 'being debated', 'being drafted', 'being finalised', 'being finalized', 'being questioned', 'on strike', 'on the run', 'under examination', 'before parliament', 'in negotiation', 'in negotiations'],
        why: 'A state that holds now ("in custody", "under discussion", "on strike") after "actually" renders "actuellement" (currently); news prose rarely needs the emphatic "actually" there.'
      }
    ],
    exceptions: [{before: ['^', ',', 'but', 'was', 'were', 'not', 'what', 'never', 'who', 'if', 'whether', 'really'], why: 'Sentence-initial "Actually," and "was actually", "who actually" are the English discourse and emphasis uses.'}],
    source: [KD, KG, VR, EU, WK]
  },
  {
    french: 'actuel (titulaire d’une fonction)',
    english: 'actual',
    forms: {actual: ['current', 'present']},
    meaning: 'current, present (of an office holder)',
    confidence: 'medium',
    context: [
      {
        before: ['the', 'its', 'their', 'our', 'his', 'her'],
        after: ['mayor', 'chancellor', 'head coach', 'world champion', 'title holder', 'titleholder', 'five-year term', 'legislature', 'ruling coalition', 'coalition government', 'prefect', 'interior minister', 'foreign minister', 'health minister', 'finance minister', 'party leader', 'secretary-general', 'secretary general'],
        why: 'An office holder after "the actual" is the current one ("le maire actuel"); the real mayor is simply "the mayor".'
      }
    ],
    source: [KD, KG, VR, WK, RC]
  },
  {
    french: 'éventuel (une éventuelle candidature)',
    english: 'eventual',
    forms: {eventual: ['possible', 'potential']},
    meaning: 'possible, potential',
    confidence: 'medium',
    context: [
      {
        before: ['an', 'a'],
        after: ['candidacy', 'candidature', 'dissolution', 'reshuffle', 'lockdown', 'curfew', 'extradition', 'recount', 'boycott', 'veto', 'referral', 'indictment', 'second round', 'run-off', 'runoff', 'escalation', 'military intervention', 'ban', 'censure motion', 'no-confidence vote', 'motion of censure', 'presidential bid', 'bid for'],
        why: '"Une éventuelle candidature" is a possible bid, not one that will happen in the end; English "an eventual X" asserts the outcome.'
      }
    ],
    source: [KD, VR, EU, WK, RC]
  },
  {
    french: 'réaliser (un exploit, une perquisition)',
    english: 'realize',
    forms: {'realize|realise': ['carry out', 'achieve', 'make'], 'realizes|realises': ['carries out', 'achieves', 'makes'], 'realized|realised': ['carried out', 'achieved', 'made'], 'realizing|realising': ['carrying out', 'achieving', 'making']},
    meaning: 'carry out, achieve, make (a feat, a search, a poll, a work)',
    confidence: 'high',
    context: [
      {after: NEWS_ACTS.map((noun) => `a|an|the|this|these|his|her|their|its|#? ${noun}`), why: 'A feat is achieved, a search carried out, a poll conducted, a mural made; English realizes a fact or an ambition.'},
      {before: NEWS_ACTS.map((noun) => `${noun} was|were|is|are|been|be|being`), why: '"A search was realized" = carried out.'}
    ],
    exceptions: [{after: REALIZE_ENGLISH, why: '"realized that", "realize the potential" are English.'}],
    source: [KD, KG, VR, EU, WK]
  },
  {
    french: 'assister à (assist to)',
    english: 'assist',
    forms: {'assist to': ['attend'], 'assists to': ['attends'], 'assisted to': ['attended'], 'assisting to': ['attending']},
    meaning: 'attend, be present at, witness',
    confidence: 'high',
    context: [{after: ['meeting', 'meetings', 'ceremony', 'concert', 'conference', 'match', 'show', 'screening', 'performance', 'funeral', 'wedding', 'mass', 'debate', 'session', 'event', 'summit', 'trial', 'hearing', 'parade', 'inauguration', 'rally', 'speech', 'scene', 'scenes', 'execution', 'signing', 'launch', 'celebration', 'commemoration', 'tribute'], window: 3, why: 'One attends a ceremony or witnesses a scene; "assisted to" copies "assisté à". "Assisted him to the door" has an object between and is not matched.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'manifestation (défilé)',
    english: 'manifestation',
    forms: {manifestation: ['demonstration', 'protest'], manifestations: ['demonstrations', 'protests']},
    meaning: 'demonstration, protest march',
    confidence: 'high',
    context: [
      {before: ['union', 'trade union', 'student', 'national', 'nationwide', 'feminist', 'pro-palestinian', 'anti-war', 'climate', 'farmers', 'large', 'big', 'spontaneous', 'unauthorised', 'unauthorized', 'authorised', 'authorized', 'banned', 'illegal', 'new day of', 'day of', 'march and', 'joined the', 'joined a', 'join the', 'called a', 'call a', 'calling a'], why: 'Organisers, permits and marches go with a protest, not with a symptom or a sign.'},
      {after: ['degenerated', 'turned violent', 'called by', 'organised by', 'organized by', 'brought together', 'gathered', 'was banned', 'was authorised', 'was authorized', 'in paris', 'in the capital', 'in the streets', 'marched', 'set off', 'went ahead'], why: 'A manifestation that marched or was banned is a demonstration.'}
    ],
    exceptions: [{before: ['clinical', 'first', 'initial', 'cutaneous', 'early', 'late', 'main', 'common', 'rare', 'physical', 'outward', 'visible'], why: 'The medical and abstract English sense ("clinical manifestation", "a visible manifestation of anger").'}],
    source: [KD, KG, VR, WK, RC]
  },
  {
    french: 'formation (politique)',
    english: 'formation',
    forms: {formation: ['party', 'political party'], formations: ['parties', 'political parties']},
    meaning: 'political party, group',
    confidence: 'medium',
    context: [{before: ['a|the|this|that|another|each|every|his|her|their|its political|far-right|far-left|left-wing|right-wing|centrist|populist|nationalist|ecologist|environmentalist|radical|extreme-right|extreme-left|centre-right|centre-left|center-right|center-left'], why: '"Une formation politique" is a party; "a far-right formation" is a far-right party.'}],
    exceptions: [
      {after: ['of', 'and', 'in'], why: '"The political formation of young people" (their education) and "his political formation in Paris" are English.'},
      {before: ['his political', 'her political', 'their political', 'my political', 'our political'], why: 'A person’s "political formation" is their political education.'}
    ],
    source: [KD, VR, RC]
  },
  {
    french: 'formation (suivre une formation)',
    english: 'formation',
    forms: {formation: ['training', 'training course'], formations: ['training courses']},
    meaning: 'training, training course',
    confidence: 'high',
    context: [{before: ['follow a', 'followed a', 'following a', 'follows a', 'received a', 'receive a', 'receives a', 'receiving a', 'undergo a', 'underwent a', 'undergoes a', 'completed a', 'complete a', 'paid', 'unpaid', 'month-long', 'week-long', 'three-month', 'six-month', 'one-year', 'two-year', 'three-year', 'teacher'], why: 'A course one follows, receives or completes is training; an English formation is a shape, an arrangement or a rock.'}],
    exceptions: [{after: ['flight', 'flying', 'of', 'change', 'changes', 'drill', 'drills'], why: '"Formation flight", "police formation of riot vans", "the formation of a government" are English.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'déception (sportive, électorale)',
    english: 'deception',
    forms: {deception: ['disappointment'], deceptions: ['disappointments']},
    meaning: 'disappointment',
    confidence: 'medium',
    context: [
      {before: ['sporting', 'electoral', 'immense', 'enormous', 'real', 'total'], why: 'Qualifiers of feeling and of a result: an electoral deception is a disappointment at the polls.'},
      {after: ['was immense', 'is immense', 'was great', 'is great', 'was huge', 'is huge', 'was palpable', 'is palpable', 'was visible', 'is visible', 'was total', 'is total', 'of the players', 'of the coach', 'of the team'], why: 'A deception that is palpable, or felt by players, is their disappointment.'}
    ],
    exceptions: [{before: ['deliberate', 'elaborate', 'military', 'strategic', 'calculated'], why: 'Deliberate or military deception is English.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'sensible (quartier, dossier)',
    english: 'sensible',
    forms: {sensible: ['sensitive']},
    meaning: 'sensitive, troubled (of a place or a matter)',
    confidence: 'high',
    context: [{after: ['neighbourhood', 'neighborhood', 'district', 'districts', 'suburb', 'suburbs', 'dossier', 'dossiers', 'estates', 'housing estates', 'installations', 'military sites', 'nuclear sites', 'documents'], why: '"Un quartier sensible" is a troubled area, "un dossier sensible" a sensitive matter; English "sensible" means wise.'}],
    exceptions: [{after: ['to do', 'to ask', 'to wait', 'to assume', 'to have', 'to use', 'to avoid', 'to keep', 'to be'], why: '"It is sensible to wait" is English.'}],
    source: [KD, KG, VR, WK, RC]
  },
  {
    french: 'sensible (une baisse sensible)',
    english: 'sensible',
    forms: {sensible: ['noticeable', 'appreciable', 'significant']},
    meaning: 'noticeable, appreciable',
    confidence: 'medium',
    context: [{before: ['a'], after: ['drop', 'decline', 'decrease', 'improvement', 'difference', 'progress', 'slowdown', 'deterioration', 'fall', 'reduction'], why: '"Une baisse sensible" is a noticeable drop; English "sensible" (wise) does not describe a change of level.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'important (quantité, présence)',
    english: 'important',
    forms: {important: ['large', 'heavy', 'considerable']},
    meaning: 'large, heavy, considerable',
    confidence: 'high',
    context: [{after: ['police presence', 'security presence', 'military presence', 'police deployment', 'police operation', 'deployment of', 'mobilisation', 'mobilization', 'turnout', 'flooding', 'floods', 'snowfall', 'snowfalls', 'rainfall', 'rains', 'traffic jams', 'congestion', 'fortune', 'majority', 'material damage', 'destruction', 'blaze', 'influx', 'crowds', 'queues', 'wave of', 'losses', 'job cuts'], why: 'French "important" measures size: a heavy police presence, a large turnout, heavy snowfall. English "important" is about consequence.'}],
    exceptions: [{before: ['most', 'the most', 'more', 'less', 'very'], why: '"the most important debt" compares relevance.'}],
    source: [EU, VR, TE, RC]
  },
  {
    french: 'contrôle (routier)',
    english: 'control',
    forms: {control: ['check', 'inspection'], controls: ['checks', 'inspections']},
    meaning: 'check (by police, at the roadside)',
    confidence: 'medium',
    context: [{before: ['routine', 'road', 'breathalyser', 'breathalyzer', 'alcohol', 'stopped for a', 'stopped during a', 'during a police', 'during a road', 'during a routine', 'subjected to a', 'vehicle check|checks'], after: ['$', '.', ',', 'in', 'on', 'at', 'near', 'by', 'when', 'after', 'carried', 'revealed', 'showed', 'turned'], why: 'A routine or roadside control is a check. "Speed control" (a device) and "border control" are English and not listed.'}],
    source: [KD, VR, EU, WK, RC]
  },
  {
    french: 'contrôler (les papiers)',
    english: 'control',
    forms: {control: ['check'], controls: ['checks'], controlled: ['checked'], controlling: ['checking']},
    meaning: 'check (papers, tickets, identities)',
    confidence: 'high',
    context: [{after: ['the identity', 'the identities', 'identities', 'his papers', 'her papers', 'their papers', 'the papers', 'papers', 'tickets', 'the tickets', 'his ticket', 'her ticket', 'their tickets', 'motorists', 'travellers', 'travelers'], why: 'Police check papers and tickets; English "control" is to direct or restrain.'}],
    source: [KD, VR, WK, RC]
  },
  {
    french: 'attendre (le feu vert)',
    english: 'attend',
    forms: {attend: ['wait for', 'await'], attends: ['waits for', 'awaits'], attended: ['waited for', 'awaited'], attending: ['waiting for', 'awaiting']},
    meaning: 'wait for, expect',
    confidence: 'high',
    context: [{after: ['the green light', 'the go-ahead', 'the conclusions', 'further details', 'more details', 'confirmation', 'the confirmation', 'a gesture', 'an improvement', 'a signal', 'a sign from', 'news from', 'news of'], why: 'One waits for a green light or for news; one attends a meeting.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'engager (des négociations, une procédure)',
    english: 'engage',
    forms: {engage: ['begin', 'launch', 'start'], engages: ['begins', 'launches', 'starts'], engaged: ['began', 'launched', 'started'], engaging: ['beginning', 'launching', 'starting']},
    meaning: 'begin, launch (talks, proceedings, a reform)',
    confidence: 'high',
    context: [{after: ['negotiations', 'talks', 'discussions', 'a procedure', 'proceedings', 'legal proceedings', 'a reform', 'reforms', 'a dialogue', 'dialogue', 'consultations', 'a standoff', 'a showdown', 'a tug-of-war', 'a trial of strength', 'a rapprochement', 'its responsibility', 'his responsibility', 'her responsibility', 'their responsibility', 'the responsibility of', 'an inquiry', 'an investigation', 'a recount'], why: '"Engager des négociations" is to open talks; English "engage in talks" needs its "in", and "engage its responsibility" (make a matter of confidence) is French only.'}],
    source: [VR, EU, RC]
  },
  {
    french: 'engagé (artiste, chanson)',
    english: 'engaged',
    forms: {engaged: ['committed', 'politically committed']},
    meaning: 'committed (to a cause)',
    confidence: 'medium',
    context: [{before: ['an', 'a', 'very', 'deeply', 'politically', 'highly'], after: ['artist', 'artists', 'singer', 'singers', 'writer', 'writers', 'film', 'films', 'song', 'songs', 'album', 'novel', 'filmmaker', 'intellectual', 'intellectuals', 'activist', 'feminist', 'ecologist'], why: 'A French "artiste engagé" is politically committed; English "engaged" is betrothed, busy or attentive.'}],
    source: [VR, RC, TE]
  },
  {
    french: 'engagé (pompiers engagés)',
    english: 'engaged',
    forms: {engaged: ['deployed', 'mobilised']},
    meaning: 'deployed (rescuers, vehicles)',
    confidence: 'medium',
    context: [{before: ['firefighters|gendarmes|officers|rescuers|vehicles|means|resources|personnel|engines were|are|was|is|been|being?'], after: ['$', '.', ',', 'on site', 'on the ground', 'at the scene', 'on the scene'], why: '"150 pompiers engagés" were deployed; English "engaged" after rescuers reads as busy or betrothed.'}],
    source: [RC]
  },
  {
    french: 'bilan (humain, provisoire)',
    english: 'balance sheet',
    forms: {'balance sheet': ['toll', 'death toll'], 'balance sheets': ['tolls']},
    meaning: 'toll (of a disaster)',
    confidence: 'high',
    context: [
      {after: [`of the|this|that? ${DISASTERS}`, 'is|was|stands|stood|rose|rises|risen|reached|climbed|has|had at|to|risen|now|reached? # dead|deaths|killed|injured|wounded|victims|people|fatalities|casualties|lives'], why: 'The "bilan" of an attack or a figure of victims is its toll; an English balance sheet is a statement of accounts.'},
      {before: ['provisional', 'heavy', 'human', 'tragic', 'grim'], why: '"Un bilan provisoire / lourd / humain" is a toll.'}
    ],
    source: [TE, RC, VR]
  },
  {
    french: 'disposer de (une majorité, un délai)',
    english: 'dispose of',
    forms: {'dispose of': ['have'], 'disposes of': ['has'], 'disposed of': ['had'], 'disposing of': ['having']},
    meaning: 'have, have at one’s disposal',
    confidence: 'high',
    context: [{after: ['a majority', 'an absolute majority', 'a relative majority', 'a comfortable majority', 'a narrow majority', 'the majority', 'the right', 'a right', 'the power', 'a veto', 'the veto', '# days|weeks|months|hours|years', 'a week|month|year|day', 'a few days|weeks|months|hours', 'until', 'an army', 'a fleet', 'a deadline'], why: 'One has a majority or ten days to appeal; English disposes of (gets rid of) waste or assets.'}],
    source: [EU, KD, VR, WK]
  },
  {
    french: 'habitants',
    english: 'habitant',
    forms: {habitants: ['inhabitants', 'residents'], habitant: ['inhabitant', 'resident']},
    meaning: 'inhabitants, residents',
    confidence: 'high',
    context: [{why: 'English "habitant" is a French-Canadian farmer; a town’s people are its inhabitants or residents.'}],
    exceptions: [
      {before: ['french-canadian', 'canadian', 'quebec', 'québec', 'québécois'], why: 'The Canadian sense is English.'},
      {before: ['les', 'des', 'aux', 'nos', 'ses', 'leurs', 'ces', 'mes', 'vos'], why: 'Inside a French sentence left untranslated ("pour les habitants de"), which untranslated-french reports as a whole.'}
    ],
    source: [KD, RC, WK]
  },
  {
    french: 'commune',
    english: 'commune',
    forms: {commune: ['municipality', 'town', 'village'], communes: ['municipalities', 'towns', 'villages']},
    meaning: 'municipality, town',
    confidence: 'medium',
    context: [
      {after: ['of'], why: '"La commune de Saint-Denis" is the town of Saint-Denis.'},
      {before: ['rural', 'small', 'neighbouring', 'neighboring', 'nearby', 'surrounding', 'mountain', 'coastal', 'mayor of the', 'mayors of the', 'the same', 'this small', 'several', '#', 'french', 'whole', 'each', 'every', 'other'], why: 'Small, rural and neighbouring communes and their mayors are municipalities.'}
    ],
    exceptions: [
      {after: ['of #'], why: '"The Commune of 1871" is English history.'},
      {before: ['paris', 'hippie', 'hippy', 'religious', 'anarchist', 'agricultural', 'utopian', 'socialist', 'communist', "people's", 'artists'], why: 'The Paris Commune and hippie or religious communes are English.'}
    ],
    source: [KD, RC, WK]
  },
  {
    french: 'scrutin',
    english: 'scrutiny',
    forms: {scrutiny: ['vote', 'poll', 'ballot', 'election']},
    meaning: 'vote, poll, ballot',
    confidence: 'high',
    context: [
      {before: ['presidential', 'legislative', 'municipal', 'regional', 'european', 'departmental', 'senatorial', 'cantonal', 'round of the', 'rounds of the', 'proportional', 'two-round', 'single-round', 'majoritarian', 'secret'], why: 'An election noun before it: "le scrutin présidentiel" is the presidential vote.'},
      {after: [...WEEKDAYS.map((day) => `of|on ${day}`), ...MONTHS.map((month) => `of ${month}`), 'will take place', 'took place', 'is scheduled', 'was held', 'will be held', 'opened', 'closed', 'ends', 'ended'], why: '"Le scrutin de dimanche" is Sunday’s vote; English scrutiny (close examination) is not held on a day.'}
    ],
    exceptions: [{after: ['of the', 'of his', 'of her', 'of their', 'of its'], why: '"Scrutiny of the accounts" is English.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'syndicat',
    english: 'syndicate',
    forms: {syndicate: ['union', 'trade union'], syndicates: ['unions', 'trade unions']},
    meaning: 'trade union',
    confidence: 'medium',
    context: [
      {before: ['teachers', "teachers'", 'student', 'students', 'police', 'farmers', 'farming', 'workers', "workers'", 'railway', 'rail', 'trade', 'magistrates', 'doctors', 'nurses', 'pilots', 'dockers', 'employers'], why: 'Teachers’, police and rail syndicates are unions.'},
      {after: ['called a strike', 'called for a strike', 'called for strikes', 'cgt', 'cfdt', 'fo', 'sud', 'unsa', 'force ouvrière'], why: 'Syndicates that call strikes are unions.'}
    ],
    exceptions: [{before: ['crime', 'criminal', 'drug', 'drugs', 'organised crime', 'organized crime', 'betting', 'gambling', 'lloyd’s', "lloyd's", 'media', 'press', 'news'], why: 'Crime, betting and press syndicates are English.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'ordonnance (médicale)',
    english: 'ordinance',
    forms: {ordinance: ['prescription'], ordinances: ['prescriptions']},
    meaning: 'a doctor’s prescription',
    confidence: 'high',
    context: [
      {before: ['without|medical|doctor\'s|doctors\''], why: '"Sans ordonnance" is without a prescription, "une ordonnance médicale" a prescription. An English ordinance is a local law, which takes an article after "without" ("without an ordinance").'},
      {after: ['from a|the|his|her|their? doctor|doctors|gp|physician|pharmacist'], why: '"Une ordonnance du médecin": a prescription from the doctor.'}
    ],
    source: [RC, VR]
  },
  {
    french: 'syndical (organisation, délégué syndical)',
    english: 'syndical',
    forms: {syndical: ['union', 'trade-union']},
    meaning: 'of a trade union',
    confidence: 'high',
    context: [
      {
        after: ['organisation|organisations|organization|organizations|leader|leaders|delegate|delegates|representative|representatives|movement|front|federation|confederation|confederations|action|rights|freedom|elections|official|officials|activist|activists|centrale|centrales|section|sections'],
        why: '"Une organisation syndicale", "un délégué syndical": a union organisation, a union representative. English "syndical" (of a syndic) is obsolete and takes none of these nouns.'
      }
    ],
    source: [RC, VR]
  },
  {
    french: 'patronal (organisation patronale)',
    english: 'patronal',
    forms: {patronal: ['employers’', 'business']},
    meaning: 'of employers',
    confidence: 'high',
    context: [
      {
        after: ['organisation|organisations|organization|organizations|federation|federations|union|unions|lobby|lobbies|association|associations|confederation|body|bodies|side|groups|contributions|contribution|representatives|leaders'],
        why: '"Les organisations patronales" are employers’ organisations, "les cotisations patronales" employers’ contributions. English "patronal" belongs to a patron saint ("the patronal festival"), which takes none of these nouns.'
      }
    ],
    source: [RC]
  },
  {
    french: 'auditionner / audition (par les enquêteurs, une commission)',
    english: 'audition',
    forms: {auditioned: ['questioned', 'heard'], audition: ['questioning', 'hearing'], auditions: ['hearings', 'questioning']},
    meaning: 'question (a witness or a suspect), hear (before a committee)',
    confidence: 'high',
    context: [
      {
        after: ['by the? police|investigators|gendarmes|detectives|magistrate|magistrates|prosecutors|commission|senators|mps|deputies', 'by the investigating judge|magistrate', 'as a|an? witness|witnesses|suspect|suspects'],
        why: '"Auditionné par les enquêteurs" is questioned by investigators, "auditionné comme témoin" heard as a witness, "auditionné par la commission" heard by the committee. English auditions are for performers, judged by directors or a panel, not by the police.'
      }
    ],
    exceptions: [{after: ['by the? police band|bands|orchestra|choir|chorus'], why: 'A police band or choir auditions musicians: the English sense.'}],
    source: [RC, VR]
  },
  {
    french: 'versatile',
    english: 'versatile',
    forms: {versatile: ['fickle', 'volatile', 'unpredictable']},
    meaning: 'fickle, changeable',
    confidence: 'high',
    context: [{after: ['electorate', 'voters', 'public opinion', 'opinion', 'mood', 'temperament', 'crowd', 'fans', 'supporters', 'allies', 'ally'], why: '"Un électorat versatile" is fickle; English "versatile" (many-talented) praises players and tools, not voters.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'ancien (président, ministre)',
    english: 'ancient',
    forms: {ancient: ['former']},
    meaning: 'former, ex-',
    confidence: 'high',
    context: [{before: ['the', 'an', 'his', 'her', 'their', 'its', 'our'], after: ['president', 'prime minister', 'minister', 'mayor', 'coach', 'player', 'deputy', 'mp', 'ambassador', 'director', 'boss', 'champion', 'colleague', 'partner', 'spouse', 'husband', 'wife', 'employee', 'employer', 'adviser', 'advisor', 'secretary', 'student', 'pupil', 'teammate', 'chancellor', 'prefect', 'prosecutor', 'hostage', 'detainee'], why: '"L’ancien président" is the former president; English "ancient" is very old.'}],
    exceptions: [{after: ['egyptian', 'greek', 'roman', 'egypt', 'greece', 'rome', 'kings', 'king'], why: 'Ancient Egypt, Greece and Rome are English.'}],
    source: [KD, KG, VR, WK]
  },
  {
    french: 'effectifs',
    english: 'effectives',
    forms: {effectives: ['staff', 'workforce', 'numbers', 'troops']},
    meaning: 'staff, numbers, troops',
    confidence: 'high',
    context: [{why: '"Les effectifs" are the staff or the numbers of a force; English has no plural noun "effectives".'}],
    source: [VR, RC]
  },
  {
    french: 's’évader / évasion',
    english: 'evade, evasion',
    forms: {'evade|evades from': ['escape from'], 'evaded from': ['escaped from'], 'evading from': ['escaping from'], evasion: ['escape'], evasions: ['escapes']},
    meaning: 'escape (from prison)',
    confidence: 'high',
    context: [
      {after: ['prison', 'jail', 'the prison', 'the jail', 'custody', 'detention', 'his cell', 'her cell', 'the detention'], why: 'Prisoners escape from prison; English "evade" is to avoid (taxes, a question) and takes no "from".'},
      {before: ['spectacular', 'prison', 'daring', 'mass', 'helicopter', 'his', 'her', 'their'], after: ['from'], why: '"Son évasion de prison" is his escape from prison.'}
    ],
    exceptions: [{before: ['tax', 'fiscal', 'sanctions', 'tariff'], why: 'Tax and sanctions evasion are English.'}],
    source: [KD, VR, WK]
  },
  {
    french: 'instruction (judiciaire)',
    english: 'instruction',
    forms: {instruction: ['investigation', 'judicial investigation']},
    meaning: 'judicial investigation (by an investigating judge)',
    confidence: 'medium',
    context: [
      {before: ['judicial', 'criminal', 'the judicial'], why: '"L’instruction judiciaire" is the judicial investigation.'},
      {after: ['of the case', 'of the file', 'of the dossier', 'is ongoing', 'is underway', 'is under way', 'was closed', 'is closed', 'phase'], why: 'A case’s "instruction" is its investigation; English "instruction" is teaching or an order.'}
    ],
    source: [VR, RC]
  },
  {
    french: 'inculper / mettre en examen',
    english: 'inculpate',
    forms: {'inculpate|inculpates': ['charge'], inculpated: ['charged'], inculpating: ['charging'], inculpation: ['charge', 'indictment']},
    meaning: 'charge (with an offence)',
    confidence: 'high',
    context: [{why: '"Inculpé" is charged; English "inculpate" (incriminate) is rare and does not mean a formal charge.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'conjoncture',
    english: 'conjuncture',
    forms: {conjuncture: ['economic climate', 'economic situation']},
    meaning: 'economic situation, climate',
    confidence: 'high',
    context: [{before: ['economic', 'international', 'global', 'difficult', 'favourable', 'favorable', 'unfavourable', 'unfavorable', 'the economic', 'weak'], why: '"La conjoncture économique" is the economic climate; English "conjuncture" is a combination of events.'}],
    exceptions: [{after: ['of'], why: '"A conjuncture of events" is English.'}],
    source: [KD, VR, EU]
  },
  {
    french: 'journée (de mobilisation)',
    english: 'journey',
    forms: {journey: ['day'], journeys: ['days']},
    meaning: 'day (of action)',
    confidence: 'high',
    context: [{after: ['of mobilisation', 'of mobilization', 'of action', 'of protest', 'of protests', 'of strikes', 'of strike', 'of mourning', 'of demonstrations', 'of national mobilisation', 'of national mobilization', 'of mobilisations', 'of mobilizations'], why: '"Une journée de mobilisation" is a day of action; an English journey is travel.'}],
    source: [KD, KG, WK]
  },
  {
    french: 'perquisition',
    english: 'perquisition',
    forms: {perquisition: ['search', 'police search'], perquisitions: ['searches', 'police searches']},
    meaning: 'search (of premises, by police)',
    confidence: 'high',
    context: [{why: 'A police "perquisition" is a search; the English word is obsolete outside dictionaries.'}],
    source: [VR, RC]
  },
  {
    french: 'démission',
    english: 'demission',
    forms: {demission: ['resignation'], demissions: ['resignations']},
    meaning: 'resignation',
    confidence: 'high',
    context: [{why: '"Sa démission" is his resignation; English "demission" is archaic.'}],
    source: [KD, RC]
  },
  {
    french: 'revendiquer / revendication',
    english: 'revendicate',
    forms: {'revendicate|revendicates': ['claim', 'demand'], revendicated: ['claimed', 'demanded'], revendicating: ['claiming', 'demanding'], revendication: ['demand', 'claim'], revendications: ['demands', 'claims']},
    meaning: 'claim (an attack), demand',
    confidence: 'high',
    context: [{why: 'Not current English: an attack is claimed, a union makes demands.'}],
    source: [VR, RC]
  },
  {
    french: 'affronter',
    english: 'affront',
    forms: {affront: ['face', 'take on'], affronts: ['faces', 'takes on'], affronted: ['faced', 'took on'], affronting: ['facing', 'taking on']},
    meaning: 'face, take on (an opponent, a crisis)',
    confidence: 'high',
    context: [{after: ['the|their|its|his|her team|club|side|champions|leaders|opponent|opponents|rival|rivals|crisis|challenge|challenges|storm|difficulties|electorate|voters|enemy|army|police', 'lyon|marseille|paris|psg|monaco|lille|nantes|rennes|toulouse|bordeaux|nice|lens'], why: 'A team faces its rival; English "affront" is to insult, and is mostly passive ("he was affronted").'}],
    exceptions: [{before: ['an', 'was', 'were', 'felt', 'is', 'be', 'been'], why: '"An affront to", "he was affronted" are English.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'assumer (son choix)',
    english: 'assume',
    forms: {assume: ['stand by', 'own', 'take responsibility for'], assumes: ['stands by', 'owns', 'takes responsibility for'], assumed: ['stood by', 'owned', 'took responsibility for'], assuming: ['standing by', 'owning', 'taking responsibility for']},
    meaning: 'stand by, own, take responsibility for',
    confidence: 'high',
    context: [{after: ['his|her|their|its|my|our|your choice|choices|decision|decisions|past|record|statements|remarks|words|mistakes|errors|actions|acts|homosexuality|sexuality|convictions'], why: '"Il assume sa décision" is he stands by his decision; English "assume" is to suppose or to take on (a role, a debt).'}],
    exceptions: [{after: ['his|her|their|its|my|our|your choice|choices|decision|decisions|past|record|statements|remarks|words|mistakes|errors|actions|acts|convictions was|were|is|are|had|have|has|would|will|could|might|to|must|should'], why: '"Assume their actions were legal" supposes; a verb after the noun marks that English sense.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'sensiblement',
    english: 'sensibly',
    forms: {sensibly: ['noticeably', 'appreciably', 'roughly']},
    meaning: 'noticeably, appreciably; roughly (the same)',
    confidence: 'high',
    context: [{after: ['higher', 'lower', 'more', 'less', 'the same', 'equal', 'identical', 'similar', 'increased', 'decreased', 'improved', 'reduced', 'different', 'better', 'worse', 'greater', 'larger', 'smaller', 'fewer', 'rose', 'fell', 'risen', 'fallen', 'increase', 'decrease'], why: '"Sensiblement plus élevé" is noticeably higher; "sensiblement le même" roughly the same. English "sensibly" is wisely ("sensibly priced").'}],
    source: [KD, VR, RC]
  },
  {
    french: 'globalement',
    english: 'globally',
    forms: {globally: ['broadly', 'overall', 'on the whole']},
    meaning: 'overall, broadly',
    confidence: 'high',
    context: [{after: ['positive', 'negative', 'satisfied', 'satisfactory', 'favourable', 'favorable', 'stable', 'unchanged', 'good', 'bad', 'correct', 'similar', 'the same', 'speaking', 'calm', 'respected', 'accepted', 'well received', 'in line'], why: '"Globalement positif" is broadly positive; English "globally" is worldwide.'}],
    source: [VR, EU, RC]
  },
  {
    french: 'définitivement',
    english: 'definitively',
    forms: {definitively: ['permanently', 'for good']},
    meaning: 'permanently, for good',
    confidence: 'high',
    context: [{after: ['closed', 'close', 'closes', 'abandoned', 'abandon', 'banned', 'ban', 'left', 'leave', 'leaves', 'quit', 'retired', 'retire', 'buried', 'shut', 'ended', 'end', 'removed', 'remove', 'excluded', 'dropped', 'scrapped', 'withdrawn', 'gone', 'lost', 'disappeared', 'turned the page'], why: '"Fermé définitivement" is closed for good; English "definitively" is conclusively ("definitively proved").'}, {before: ['closed', 'shut', 'banned', 'abandoned', 'left', 'quit', 'retired', 'excluded', 'removed', 'dropped', 'scrapped', 'withdrawn', 'ended', 'buried', 'disappeared', 'lost', 'closes', 'leaves'], why: '"Il quitte définitivement le club" is he leaves the club for good.'}],
    source: [VR, EU, RC]
  },
  {
    french: 'conséquent (une somme conséquente)',
    english: 'consequent',
    forms: {consequent: ['substantial', 'considerable', 'sizeable']},
    meaning: 'substantial, sizeable',
    confidence: 'high',
    context: [{before: ['a', 'an', 'very', 'quite', 'rather', 'fairly'], after: ['sum', 'sums', 'amount', 'budget', 'number', 'investment', 'part', 'portion', 'share', 'salary', 'fine', 'effort', 'workload', 'crowd', 'majority', 'fortune'], why: '"Une somme conséquente" is a substantial sum; English "consequent" is resulting ("a consequent increase", not listed).'}],
    source: [VR, RC, WK]
  },
  {
    french: 'intégral / intégralement',
    english: 'integral, integrally',
    forms: {integral: ['full', 'complete'], integrally: ['fully', 'in full']},
    meaning: 'full, complete; fully',
    confidence: 'high',
    context: [
      {before: ['the', 'its', 'his', 'her', 'their'], after: ['text', 'version', 'transcript', 'video', 'speech', 'interview', 'recording', 'list', 'programme', 'program', 'refund', 'reimbursement', 'payment', 'ban', 'veil'], why: '"Le texte intégral" is the full text; English "integral" is essential ("an integral part").'},
      {after: ['reimbursed', 'refunded', 'paid', 'funded', 'financed', 'covered', 'restored', 'rebuilt', 'destroyed', 'repaid', 'compensated'], why: '"Intégralement remboursé" is fully refunded; English "integrally" is as an integral part ("integrally linked").'}
    ],
    source: [VR, RC]
  },
  {
    french: 'relaxer (un prévenu)',
    english: 'relax',
    forms: {relaxed: ['acquitted', 'cleared']},
    meaning: 'acquit (a defendant in a criminal court)',
    confidence: 'high',
    context: [
      {
        before: ['was|were|been|be', 'was|were finally|eventually|later'],
        after: ['of the|all? charge|charges|offence|offences|offense|offenses|accusations|fraud|corruption|rape|murder|manslaughter|defamation|embezzlement|harassment', 'by the criminal|correctional court|tribunal'],
        why: '"Il a été relaxé des faits de…" is he was acquitted of…; English "relaxed" (calm, loosened) never takes "of the charges". "Relaxed by the court" and "relaxed on appeal" are left out: a rule or a ban is relaxed by a court in English.'
      }
    ],
    source: [KG, VR, RC]
  },
  {
    french: 'agglomération (lyonnaise, parisienne)',
    english: 'agglomeration',
    forms: {agglomeration: ['metropolitan area', 'urban area', 'conurbation'], agglomerations: ['metropolitan areas', 'urban areas']},
    meaning: 'a city and its suburbs, the metropolitan area',
    confidence: 'medium',
    context: [
      {after: [`of ${FRENCH_CITIES}`], why: '"L’agglomération lyonnaise" is the Lyon area; English "agglomeration" is a heap or a demographers’ term, not how news names a French city’s suburbs.'},
      {before: [FRENCH_CITIES], why: '"The Lyon agglomeration" renders "l’agglomération lyonnaise"; English news says "greater Lyon" or "the Lyon area".'}
    ],
    source: [VR, RC]
  },
  {
    french: 'assistance (le public)',
    english: 'assistance',
    forms: {assistance: ['audience', 'those present']},
    meaning: 'the people present, the audience',
    confidence: 'high',
    context: [{before: ['the'], after: ['applauded|applauds|cheered|cheers|booed|boos|laughed|laughs|whistled|jeered|sang|rose|stood|gasped|wept|burst', 'fell silent', 'was moved'], why: '"L’assistance a applaudi" is the audience applauded; English "assistance" is help and does not cheer.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'cortège (de manifestants)',
    english: 'cortege',
    forms: {cortege: ['march', 'procession'], corteges: ['marches', 'processions']},
    meaning: 'a street march of demonstrators',
    confidence: 'medium',
    context: [
      {before: ['protest|protesters|protestors|demonstrators|demonstration|union|unions|unionist|unionists|strikers|strike|marchers|yellow|feminist|student', 'head of the', 'front of the'], window: 3, why: '"Le cortège" of a French demonstration is the march; English "cortege" is a funeral or royal procession.'},
      {after: ['of protesters|protestors|demonstrators|strikers|marchers|unionists', 'set off', 'left|marched|moved|reached|arrived|gathered'], why: '"Le cortège s’est élancé" is the march set off.'}
    ],
    exceptions: [{before: ['funeral|royal|wedding|presidential|motorcade|hearse|mourners|mourning|coffin|casket'], window: 4, why: 'A funeral, royal or wedding cortege is the English sense.'}],
    source: [VR, RC]
  },
  {
    french: 'animer (une émission, un débat)',
    english: 'animate',
    forms: {animate: ['host', 'present'], animates: ['hosts', 'presents'], animated: ['hosted', 'presented'], animating: ['hosting', 'presenting']},
    meaning: 'host, present, chair (a programme, a workshop)',
    confidence: 'medium',
    context: [{after: ['the|a|an|his|her|their|its show|programme|program|broadcast|workshop|workshops|roundtable|round-table|talk-show|quiz|column', 'the|a|an|his|her|their|its morning|evening|weekly|daily|late-night|weekend? radio|television|tv? show|programme|program|broadcast'], why: '"Il anime une émission" is he hosts a programme; English "animate" is to bring to life, or to make an animated film ("animated the series" is not listed).'}],
    source: [KG, VR, RC]
  },
  {
    french: 'écologiste (parti, élu)',
    english: 'ecologist',
    forms: {ecologist: ['Green'], ecologists: ['Greens']},
    meaning: 'Green (member or supporter of a Green party)',
    confidence: 'high',
    context: [
      {after: ['mp|mps|deputy|deputies|candidate|candidates|party|parties|senator|senators|mayor|mayors|group|leader|leaders|camp|list|minister|councillor|councillors|councilor|councilors|movement|wing|vote|voters|lawmaker|lawmakers|elected'], why: '"Un député écologiste" is a Green MP; English "ecologist" is a scientist who studies ecosystems, not a party member.'},
      {before: ['the'], after: ['and the socialists|communists|insoumis', 'won|lost|took|hold|held|came|led|campaigned'], why: '"Les écologistes ont remporté" is the Greens won.'}
    ],
    source: [VR, RC]
  },
  {
    french: 'confinement (sanitaire)',
    english: 'confinement',
    forms: {confinement: ['lockdown'], confinements: ['lockdowns']},
    meaning: 'lockdown (of a population, against an epidemic)',
    confidence: 'medium',
    context: [
      {before: ['first|second|third|new|national|nationwide|strict|total|partial|general|regional|local|another'], why: '"Le deuxième confinement" is the second lockdown; English "confinement" is imprisonment or childbirth.'},
      {after: ['measures|rules|restrictions|period|ended|began|ends|begins', 'was|is|will|be lifted', 'will be lifted'], why: '"Les mesures de confinement", "le confinement a été levé": the lockdown.'}
    ],
    exceptions: [{before: ['solitary|close|house|involuntary|psychiatric|prison|secure|cell|long|forced'], window: 2, why: 'Solitary, close and psychiatric confinement are English.'}, {after: ['of|in|to'], why: '"The confinement of prisoners", "confinement in a cell": the English sense.'}],
    source: [VR, RC, 'WHO and UK government usage ("lockdown")']
  },
  {
    french: 'investiture (d’un parti)',
    english: 'investiture',
    forms: {investiture: ['nomination', 'endorsement']},
    meaning: 'a party’s nomination of a candidate',
    confidence: 'high',
    context: [{before: ['obtain|obtained|obtains|receive|received|receives|win|won|wins|seek|sought|seeking|get|got|gets|refused|denied|grant|granted|give|gave|given|withdraw|withdrew|withdrawn the|his|her|its|their|party|party’s|party\'s'], why: '"Obtenir l’investiture du parti" is to win the party’s nomination; an English investiture is the formal installing of an office holder, which nobody "obtains".'}],
    source: [VR, RC]
  },
  {
    french: 'casseurs',
    english: 'breakers',
    forms: {breakers: ['rioters', 'vandals']},
    meaning: 'rioters, vandals (at a protest)',
    confidence: 'medium',
    context: [
      {before: ['protest|protests|demonstration|demonstrations|march|riot|riots|police|hooded|masked|violent|black'], window: 3, why: '"Les casseurs" at a demonstration are rioters; English "breakers" are waves or circuit breakers.'},
      {after: ['smashed|attacked|looted|torched|ransacked|clashed|threw|vandalised|vandalized', 'set fire', 'broke windows'], why: '"Des casseurs ont saccagé…" is rioters smashed…'}
    ],
    exceptions: [{before: ['circuit|ice|wave|record|strike|deal|tie|jaw|code|ground'], window: 1, why: 'Circuit breakers, icebreakers, record breakers and strike-breakers are English.'}],
    source: [RC]
  },
  {
    french: 'militer pour',
    english: 'militate',
    forms: {militate: ['campaign'], militates: ['campaigns'], militated: ['campaigned'], militating: ['campaigning']},
    meaning: 'campaign, be an activist (for a cause)',
    confidence: 'medium',
    context: [{after: ['for', 'in favour|favor of', 'to|in the? party|association|union|movement'], why: '"Militer pour" is to campaign for; English "militate" is used almost only as "militate against" (weigh against).'}],
    source: [KG, VR, RC]
  },
  {
    french: 'affecté à (un poste)',
    english: 'affected',
    forms: {affected: ['assigned', 'posted']},
    meaning: 'assigned, posted (to a unit or a post)',
    confidence: 'high',
    context: [{before: ['was|were|been|be|is|are|being'], after: [`to a|an|the|his|her|their? ${FRENCH_CITIES}? ${POSTS}`, `to ${FRENCH_CITIES}`], why: '"Il a été affecté au commissariat" is he was posted to the police station; English "affected to" does not exist.'}],
    source: [KD, VR, RC]
  },
  {
    french: 'muté (un fonctionnaire)',
    english: 'muted',
    forms: {muted: ['transferred', 'moved']},
    meaning: 'transferred (to another post)',
    confidence: 'high',
    context: [{before: ['was|were|been|be|is|are|being'], after: [`to a|an|the|his|her|their|another? ${FRENCH_CITIES}? ${POSTS}`, `to ${FRENCH_CITIES}`], why: '"Il a été muté à Lyon" is he was transferred; English "muted" is silenced or softened.'}],
    source: [KG, VR, RC]
  },
  {
    french: 'procès',
    english: 'process',
    forms: {process: ['trial'], processes: ['trials']},
    meaning: 'trial (in court)',
    confidence: 'high',
    context: [
      {after: ['for the? murder|murders|rape|rapes|manslaughter|terrorism|embezzlement|kidnapping|espionage|treason|complicity|assassination|genocide|homicide'], why: '"Le procès pour meurtre" is the murder trial; an English process is a procedure and is not "for murder".'},
      {before: ['at|during his|her|their'], after: ['in|before|opens|opened|began|resumed|resumes|ended|,|.'], why: '"Lors de son procès" is at his trial; "at his process" is the French word.'}
    ],
    source: [KD, VR, WK]
  },
  {
    french: 'signaler (à la police) / signalé disparu',
    english: 'signal',
    forms: {signal: ['report'], signals: ['reports'], signalled: ['reported'], signaled: ['reported'], signalling: ['reporting'], signaling: ['reporting']},
    meaning: 'report (to the authorities); reported (missing)',
    confidence: 'high',
    context: [
      {after: ['to the? police|gendarmes|gendarmerie|authorities|prosecutor|prosecutors|prefecture|courts|justice'], why: '"Signaler aux autorités" is to report to the authorities; English "signal to the police" is a gesture.'},
      {after: ['missing|disappeared'], why: '"Signalé disparu" is reported missing.'}
    ],
    source: [KG, VR, RC]
  },
  {
    french: 'verbaliser',
    english: 'verbalize',
    forms: {'verbalized|verbalised': ['fined', 'booked'], 'verbalize|verbalise': ['fine', 'book']},
    meaning: 'fine, issue a ticket to',
    confidence: 'high',
    context: [
      {after: ['by the? police|gendarmes|officers|agents|inspectors', 'for speeding|parking|not wearing|failing|breaking|illegal|drink-driving'], why: '"Verbalisé par la police" is fined (booked) by the police; English "verbalize" is to put into words.'},
      {before: ['police|gendarmes|officers|agents|inspectors|officials'], after: ['#|dozens|hundreds|drivers|motorists|cyclists|people|vehicles|shops|restaurants|bars|the|a'], why: '"Les gendarmes ont verbalisé 50 automobilistes" is fined 50 drivers.'}
    ],
    source: [KG, VR, RC]
  },
  {
    french: 'convocation / convoquer (la police, un juge)',
    english: 'convocation, convoke',
    forms: {convocation: ['summons'], convocations: ['summonses'], 'convoked|convocated': ['summoned'], 'convoke|convocate': ['summon'], 'convokes|convocates': ['summons']},
    meaning: 'a summons; to summon (to a police station, a court, a ministry)',
    confidence: 'high',
    context: [
      {after: ['to|before the? police|court|judge|judges|tribunal|prosecutor|gendarmerie|station|ministry|hearing|interview|commissariat|prefecture|inspector|magistrate', 'by the? police|court|judge|judges|tribunal|prosecutor|gendarmes|investigators|ministry|minister|prefect|inspector|magistrate'], why: '"Une convocation au commissariat", "convoqué par le juge": a summons, summoned. English "convocation" is a formal assembly (a university’s, a church’s).'}
    ],
    source: [KD, VR, RC]
  },
  {
    french: 'expulsion (locative)',
    english: 'expulsion',
    forms: {expulsion: ['eviction'], expulsions: ['evictions']},
    meaning: 'eviction (of tenants)',
    confidence: 'high',
    context: [
      {before: ['locative|rental|winter'], why: '"Les expulsions locatives" are evictions; "la trêve hivernale des expulsions" the winter eviction ban.'},
      {after: ['of|against the? tenant|tenants|family|families|squatters|occupants|residents|renters|lodgers'], why: '"L’expulsion des locataires" is the eviction of tenants; English expels people from a country, a school or a party.'}
    ],
    source: [VR, RC]
  },
  {
    french: 'collaborateur (d’un ministre)',
    english: 'collaborator',
    forms: {collaborator: ['aide', 'staff member', 'adviser'], collaborators: ['aides', 'staff', 'advisers']},
    meaning: 'aide, member of staff',
    confidence: 'medium',
    context: [{after: ['of the? president|minister|mayor|prime|ministry|elysee|élysée|matignon|senator|mp|prefect'], why: '"Un collaborateur du ministre" is an aide or a member of his staff; English "collaborator" is a partner on a project or a traitor.'}],
    source: [VR, RC, WK]
  }
]
