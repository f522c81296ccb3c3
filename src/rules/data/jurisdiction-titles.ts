/**
 * Titles that one word translates in French but English names by jurisdiction.
 *
 * - A Canadian province's head of government is its premier (Government of Canada, "Premiers";
 *   The Canadian Press Stylebook). French calls both the federal and a provincial one *premier
 *   ministre*, so MT writes "Quebec Prime Minister François Legault".
 * - A member of the French National Assembly is a *député*; English news calls them MPs or
 *   lawmakers (Reuters, AP, BBC), and a Quebec one an MNA (National Assembly of Quebec). MT
 *   writes "deputy", which in English is an office's second-in-command ("deputy minister").
 *   Russia's, Spain's and Italy's members are "deputies" in English, so this is only flagged
 *   in a frame that is French (a French party, "deputy of the Hérault") in a text about France.
 * - French writes *M. Macron* and *Mme Borne* in running text; AP, Reuters and the BBC use the
 *   bare surname after the first mention, and the papers that keep courtesy titles (the New
 *   York Times, the Economist) never put one before a full name.
 */

/** Canadian provinces and territories, lowercase as tokens are; several words as a list. */
export const provinces: string[][] = [
  ['quebec'], ['québec'], ['ontario'], ['alberta'], ['british', 'columbia'], ['manitoba'], ['saskatchewan'],
  ['nova', 'scotia'], ['new', 'brunswick'], ['newfoundland', 'and', 'labrador'], ['newfoundland'],
  ['prince', 'edward', 'island'], ['yukon'], ['northwest', 'territories'], ['nunavut']
]

/** Words before a province that make its "prime minister" a real one (a hypothetical country). */
export const sovereignWords = new Set(['independent', 'sovereign', 'free'])

/**
 * French parties and groups, as their members are named before "deputy/deputies"
 * (*les députés LFI* → "LFI deputies"): acronyms and the English names of the parties.
 */
export const frenchParties: string[][] = [
  ['lfi'], ['rn'], ['nupes'], ['renaissance'], ['modem'], ['horizons'], ['lr'], ['eelv'], ['pcf'], ['liot'],
  ['udi'], ['insoumis'], ['macronist'], ['ecologist'], ['france', 'unbowed'], ['national', 'rally'],
  ['les', 'républicains'], ['les', 'republicains'], ['ensemble'],
  // Quebec's parties, whose members are MNAs.
  ['caq'], ['pq'], ['qs']
]

/** Words after "deputy" that make it an office's second-in-command, English as written. */
export const deputyOffices = new Set([
  'minister', 'ministers', 'prime', 'president', 'director', 'directors', 'secretary', 'chief', 'head', 'governor',
  'mayor', 'commander', 'leader', 'general', 'chairman', 'chairwoman', 'chair', 'ceo', 'editor', 'speaker', 'premier',
  'prosecutor', 'ambassador', 'attorney', 'administrator', 'commissioner', 'manager', 'sheriff', 'sheriffs',
  'chancellor', 'justice', 'inspector', 'principal', 'registrar', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'health', 'economy', 'labour', 'labor', 'culture', 'education', 'justice', 'spokesman', 'spokeswoman',
  'spokesperson', 'coach', 'captain', 'editor-in-chief', 'governor-general'
])

/** Words that may come between "deputy" and an office ("deputy national security adviser"). */
export const deputyModifiers = new Set(['national', 'party', 'state', 'assistant', 'executive', 'senior', 'first', 'principal'])

/** Legislatures whose members English does call deputies. */
export const deputyLegislatures = new Set([
  'duma', 'rada', 'verkhovna', 'knesset', 'bundestag', 'sejm', 'cortes', 'congress', 'majlis', 'european', 'state',
  'chamber', 'camera'
])

/**
 * Words that say a text is about France: place, institutions and the people news names most.
 * Two occurrences are needed, so that one "French" in an article on Spain changes nothing.
 */
export const frenchAffairsWords = new Set([
  'france', "france's", 'french', 'paris', 'macron', "macron's", 'élysée', 'elysee', 'matignon', 'mélenchon',
  'melenchon', 'bardella', 'lfi', 'nupes', 'hérault', 'gironde', 'bouches-du-rhône', 'seine-saint-denis'
])

/** Words that say a text is about Quebec, where a député is an MNA. */
export const quebecWords = new Set(['quebec', 'québec', "quebec's", "québec's", 'legault', 'montreal', 'montréal', 'caq'])

/** English courtesy titles, as token norms ("Mr." is `mr`). */
export const courtesyTitles = new Set(['mr', 'mrs', 'ms'])
