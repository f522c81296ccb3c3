/**
 * Formal titles that English capitalises directly before a name ("President Emmanuel Macron",
 * "Pope Francis", "Prime Minister François Legault") and French writes in lowercase (*le
 * président Macron*, *le pape François*, *le premier ministre Legault*), a case MT keeps.
 * Sources: AP Stylebook, "titles" (capitalise formal titles used directly before one or more
 * names); Reuters style guide, "titles"; Chicago Manual of Style 8.21 (a title immediately
 * preceding a personal name is capitalised). Only titles that are never a common noun before a
 * name: "foreign minister Lavrov" and "former president Obama" are left to house style.
 */

/** The titles, lowercase, as word lists; their capitalised form is each word capitalised. */
export const formalTitles: string[][] = [
  ['president'], ['pope'], ['king'], ['queen'], ['premier'], ['chancellor'], ['prime', 'minister']
]

/**
 * Words after which a title opens its noun phrase, so that the title must be the name's:
 * prepositions, conjunctions and reporting verbs (*selon le président Macron* → "according to
 * president Macron", *a déclaré le président* → "said president Macron"). After a determiner,
 * an adjective or a possessive ("the French president Emmanuel Macron", "Canada's prime
 * minister Justin Trudeau") English may write it in lowercase, so nothing else opens one.
 */
export const titleOpeners: ReadonlySet<string> = new Set([
  'with', 'by', 'to', 'from', 'for', 'of', 'on', 'at', 'between', 'against', 'among', 'about', 'under',
  'after', 'before', 'like', 'than', 'toward', 'towards', 'behind', 'and', 'but', 'or', 'while',
  'said', 'says', 'met', 'meets', 'told', 'tells', 'called', 'urged', 'urges', 'asked', 'asks', 'thanked',
  'visited', 'welcomed', 'invited', 'congratulated', 'joined', 'accused', 'warned', 'added', 'declared',
  'according'
])

/** Capitalised words after a title that are no name: "elected president Sunday", "named premier in May". */
export const notNames: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'i'
])

/**
 * Names of offices and institutions that English writes with every main word capitalised and
 * French with the first only (*Premier ministre*, *Assemblée nationale*, *Conseil
 * constitutionnel*, *Nations unies*, *Maison-Blanche*), which MT copies: "the Prime minister",
 * "the National assembly". Sources: the bodies' own English names (un.org, europa.eu,
 * assemblee-nationale.fr/en, conseil-constitutionnel.fr/en, whitehouse.gov, who.int, imf.org,
 * icc-cpi.int) and the AP Stylebook. Left out: names the Guardian's style writes half in
 * capitals on purpose ("European commission", "Labour party", "Republican party").
 */
export const institutionNames: string[][] = [
  ['prime', 'minister'], ['national', 'assembly'], ['constitutional', 'council'], ['council', 'of', 'state'],
  ['court', 'of', 'cassation'], ['united', 'nations'], ['european', 'union'], ['white', 'house'],
  ['supreme', 'court'], ['security', 'council'], ['international', 'monetary', 'fund'],
  ['world', 'health', 'organization'], ['international', 'criminal', 'court'], ['national', 'rally'],
  // French bodies and offices whose French names capitalise the first word only (*Banque
  // centrale européenne*, *Cour des comptes*, *Conseil des ministres*, *Police nationale*,
  // *Front national*, *Assemblée générale*), and the French ministries' portfolios, which French
  // writes with one capital (*ministre des Affaires étrangères*, *de l'Éducation nationale*, *de
  // la Transition écologique*). Sources: the bodies' own English names (ecb.europa.eu,
  // worldbank.org, wto.org, icj-cij.org, iaea.org, ccomptes.fr/en, un.org, icrc.org,
  // gouvernement.fr/en, elysee.fr/en) and the AP Stylebook.
  ['european', 'central', 'bank'], ['world', 'bank'], ['world', 'trade', 'organization'],
  ['international', 'court', 'of', 'justice'], ['international', 'atomic', 'energy', 'agency'],
  ['court', 'of', 'audit'], ['council', 'of', 'ministers'], ['constitutional', 'court'],
  ['general', 'assembly'], ['human', 'rights', 'council'], ['red', 'cross'],
  ['national', 'front'], ['france', 'unbowed'], ['élysée', 'palace'], ['elysee', 'palace'],
  ['national', 'police'], ['national', 'gendarmerie'],
  ['foreign', 'affairs'], ['national', 'education'], ['ecological', 'transition'], ['higher', 'education']
]
