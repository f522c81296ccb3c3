/**
 * The offices the person-office rule knows: how Wikidata names a position (for the import
 * script, src/build/import-people.ts), the English phrases news text uses for it (for the rule),
 * and the words that tie an office to a country or city ("Russian", "of France", "Kyiv").
 *
 * An office phrase stands for a *kind* of office, not one position: "foreign minister" is the
 * same kind in Russia, Ukraine or Canada, and the country, when the text states it, is checked
 * separately. A phrase may stand for several kinds where English uses one title for both
 * ("commander-in-chief" is a president's title as well as a general's; "chancellor" a German
 * head of government and the British finance minister). Sources: the English titles of the
 * posts on the governments' own sites (kremlin.ru/en, mid.ru/en, president.gov.ua/en,
 * gouvernement.fr/en, whitehouse.gov, state.gov, canada.ca, quebec.ca) and the house styles
 * of Reuters and AP, which write the short forms ("Foreign Minister Sergei Lavrov").
 */

export type OfficeKind =
  | 'president'
  | 'vice-president'
  | 'head-of-government'
  | 'foreign-minister'
  | 'defence-minister'
  | 'interior-minister'
  | 'homeland-security'
  | 'public-safety-minister'
  | 'finance-minister'
  | 'economy-minister'
  | 'industry-minister'
  | 'justice-minister'
  | 'health-minister'
  | 'digital-minister'
  | 'emergencies-minister'
  | 'presidential-spokesperson'
  | 'foreign-ministry-spokesperson'
  | 'government-spokesperson'
  | 'security-council-secretary'
  | 'security-council-deputy-chairman'
  | 'chief-of-staff'
  | 'chief-of-general-staff'
  | 'joint-chiefs-chairman'
  | 'armed-forces-commander'
  | 'intelligence-chief'
  | 'national-security-adviser'
  | 'central-bank-governor'
  | 'speaker'
  | 'mayor'
  | 'regional-head'
  | 'governor-general'
  | 'un-ambassador'
  | 'secretary-general'
  | 'commission-president'
  | 'council-president'
  | 'imf-chief'
  | 'presidential-aide'
  | 'special-envoy'

/**
 * How the import script reads a Wikidata position label: the first rule whose pattern matches
 * gives the kinds and the short English title the rule suggests. A label no rule matches stops
 * the import, so that a refreshed query never brings in a position nobody has mapped.
 */
export interface PositionRule {
  pattern: RegExp
  kinds: OfficeKind[]
  /** The title as news English writes it before a name, lower case ("foreign minister"). */
  short: string
}

export const positionRules: PositionRule[] = [
  {pattern: /^Vice President of /, kinds: ['vice-president'], short: 'vice president'},
  {pattern: /^President of the European Commission$/, kinds: ['commission-president', 'president'], short: 'European Commission president'},
  {pattern: /^President of the European Council$/, kinds: ['council-president', 'president'], short: 'European Council president'},
  {pattern: /^President of the European Central Bank$/, kinds: ['central-bank-governor', 'president'], short: 'ECB president'},
  {pattern: /^President of the National Assembly of /, kinds: ['speaker', 'president'], short: 'speaker of the National Assembly'},
  {pattern: /^President of the Senate of /, kinds: ['speaker', 'president'], short: 'Senate president'},
  {pattern: /^President of /, kinds: ['president'], short: 'president'},
  {pattern: /^Premier of /, kinds: ['head-of-government'], short: 'premier'},
  {pattern: /^Chancellor of Germany$/, kinds: ['head-of-government'], short: 'chancellor'},
  {pattern: /^Prime Minister of /, kinds: ['head-of-government'], short: 'prime minister'},
  {pattern: /^United States Secretary of State$/, kinds: ['foreign-minister'], short: 'secretary of state'},
  {pattern: /^Secretary of State for Foreign and Commonwealth Affairs$/, kinds: ['foreign-minister'], short: 'foreign secretary'},
  {pattern: /^High Representative of the Union for Foreign Affairs/, kinds: ['foreign-minister'], short: 'foreign policy chief'},
  {pattern: /^(?:Federal )?Minister (?:of|for) Foreign Affairs of /, kinds: ['foreign-minister'], short: 'foreign minister'},
  {pattern: /^United States Secretary of Defense$/, kinds: ['defence-minister'], short: 'defense secretary'},
  {pattern: /^Secretary of State for Defence$/, kinds: ['defence-minister'], short: 'defence secretary'},
  {pattern: /^(?:Federal )?Minister of (?:National )?Defen[cs]e of |^Minister of the Armed Forces of /, kinds: ['defence-minister'], short: 'defence minister'},
  {pattern: /^Home Secretary$/, kinds: ['interior-minister'], short: 'home secretary'},
  {pattern: /^Minister of (?:the )?Interior of |^Minister of Internal Affairs of /, kinds: ['interior-minister'], short: 'interior minister'},
  {pattern: /^United States Secretary of Homeland Security$/, kinds: ['homeland-security'], short: 'homeland security secretary'},
  {pattern: /^Minister of Public Safety of /, kinds: ['public-safety-minister'], short: 'public safety minister'},
  {pattern: /^United States Secretary of the Treasury$/, kinds: ['finance-minister'], short: 'treasury secretary'},
  {pattern: /^Chancellor of the Exchequer$/, kinds: ['finance-minister'], short: 'chancellor of the exchequer'},
  {pattern: /^Minister of the Economy and Finance of /, kinds: ['finance-minister', 'economy-minister'], short: 'economy and finance minister'},
  {pattern: /^(?:Federal )?Minister of Finance of /, kinds: ['finance-minister'], short: 'finance minister'},
  {pattern: /^Minister of (?:the )?Economy of |^Minister of Economic Development of /, kinds: ['economy-minister'], short: 'economy minister'},
  {pattern: /^Minister of Industry(?: and Trade)? of /, kinds: ['industry-minister'], short: 'industry minister'},
  {pattern: /^United States Attorney General$/, kinds: ['justice-minister'], short: 'attorney general'},
  {pattern: /^Minister of Justice of /, kinds: ['justice-minister'], short: 'justice minister'},
  {pattern: /^Minister of Health of /, kinds: ['health-minister'], short: 'health minister'},
  {pattern: /^Minister of Digital Transformation of /, kinds: ['digital-minister'], short: 'digital transformation minister'},
  {pattern: /^Minister of Emergency Situations of /, kinds: ['emergencies-minister'], short: 'emergencies minister'},
  {pattern: /^Press Secretary of the President of Russia$/, kinds: ['presidential-spokesperson'], short: 'Kremlin spokesperson'},
  {pattern: /^White House Press Secretary$/, kinds: ['presidential-spokesperson'], short: 'White House press secretary'},
  {pattern: /^Director of the Information and Press Department of the Ministry of Foreign Affairs/, kinds: ['foreign-ministry-spokesperson'], short: 'foreign ministry spokesperson'},
  {pattern: /^Spokesperson for the United States Department of State$/, kinds: ['foreign-ministry-spokesperson'], short: 'State Department spokesperson'},
  {pattern: /^Government Spokesperson of /, kinds: ['government-spokesperson'], short: 'government spokesperson'},
  {pattern: /^Secretary of the (?:National )?Security (?:and Defense )?Council of /, kinds: ['security-council-secretary'], short: 'Security Council secretary'},
  {pattern: /^Deputy Chairman of the Security Council of /, kinds: ['security-council-deputy-chairman'], short: 'deputy chairman of the Security Council'},
  {pattern: /^Chief of Staff of the Presidential Administration of Russia$/, kinds: ['chief-of-staff'], short: 'Kremlin chief of staff'},
  {pattern: /^White House Chief of Staff$/, kinds: ['chief-of-staff'], short: 'White House chief of staff'},
  {pattern: /^Head of the Office of the President of /, kinds: ['chief-of-staff'], short: 'head of the presidential office'},
  {pattern: /^Chief of the General Staff of /, kinds: ['chief-of-general-staff'], short: 'chief of the general staff'},
  {pattern: /^Chairman of the Joint Chiefs of Staff$/, kinds: ['joint-chiefs-chairman'], short: 'chairman of the Joint Chiefs of Staff'},
  {pattern: /^Commander-in-Chief of the Armed Forces of /, kinds: ['armed-forces-commander'], short: 'commander-in-chief'},
  {pattern: /^Director of the Federal Security Service$/, kinds: ['intelligence-chief'], short: 'FSB director'},
  {pattern: /^Director of the Foreign Intelligence Service of /, kinds: ['intelligence-chief'], short: 'foreign intelligence chief'},
  {pattern: /^Chief of the Main Directorate of Intelligence of /, kinds: ['intelligence-chief'], short: 'military intelligence chief'},
  {pattern: /^Director of the Central Intelligence Agency$/, kinds: ['intelligence-chief'], short: 'CIA director'},
  {pattern: /^Director of National Intelligence$/, kinds: ['intelligence-chief'], short: 'director of national intelligence'},
  {pattern: /^United States National Security Advisor$/, kinds: ['national-security-adviser'], short: 'national security adviser'},
  {pattern: /^Governor of the (?:Central )?Bank of |^Chair of the Federal Reserve$/, kinds: ['central-bank-governor'], short: 'central bank governor'},
  {pattern: /^Chairman of the (?:State Duma|Federation Council|Verkhovna Rada)$/, kinds: ['speaker'], short: 'speaker'},
  {pattern: /^Speaker of the United States House of Representatives$/, kinds: ['speaker'], short: 'House speaker'},
  {pattern: /^Mayor of /, kinds: ['mayor'], short: 'mayor'},
  {pattern: /^Head of the Chechen Republic$/, kinds: ['regional-head'], short: 'Chechen leader'},
  {pattern: /^Governor General of /, kinds: ['governor-general'], short: 'governor general'},
  {pattern: /^(?:Permanent Representative of .+|United States Ambassador) to the United Nations$/, kinds: ['un-ambassador'], short: 'UN ambassador'},
  {pattern: /^Secretary[ -]General of /, kinds: ['secretary-general'], short: 'secretary-general'},
  {pattern: /^Managing Director of the International Monetary Fund$/, kinds: ['imf-chief'], short: 'IMF managing director'},
  {pattern: /^Aide to the President of /, kinds: ['presidential-aide'], short: 'presidential aide'},
  {pattern: /^Special Envoy /, kinds: ['special-envoy'], short: 'special envoy'}
]

/**
 * An English phrase naming an office (pattern syntax of `compilePattern`). `jurisdiction`
 * is the country the phrase itself names ("Kremlin spokesman" is Russian). `ministry` marks
 * the name of a ministry, which names an office only after a verb of leading ("who heads the
 * defence ministry"): "Lavrov, the foreign ministry said" is not an apposition.
 */
export interface OfficePhrase {
  pattern: string
  kinds: OfficeKind[]
  jurisdiction?: string
  ministry?: boolean
}

const defence = 'defence|defense'
const spokes = 'spokesman|spokeswoman|spokesperson'

export const officePhrases: OfficePhrase[] = [
  {pattern: 'president', kinds: ['president']},
  {pattern: 'head of state', kinds: ['president']},
  {pattern: 'vice president', kinds: ['vice-president']},
  {pattern: 'vice-president', kinds: ['vice-president']},
  {pattern: 'prime minister', kinds: ['head-of-government']},
  {pattern: 'premier', kinds: ['head-of-government']},
  {pattern: 'head of government', kinds: ['head-of-government']},
  {pattern: 'chancellor', kinds: ['head-of-government', 'finance-minister']},
  {pattern: 'foreign minister', kinds: ['foreign-minister']},
  {pattern: 'foreign affairs minister', kinds: ['foreign-minister']},
  {pattern: 'minister of|for europe? and? foreign affairs', kinds: ['foreign-minister']},
  {pattern: 'foreign secretary', kinds: ['foreign-minister']},
  {pattern: 'secretary of state', kinds: ['foreign-minister']},
  {pattern: 'top|chief diplomat', kinds: ['foreign-minister']},
  {pattern: 'head of diplomacy', kinds: ['foreign-minister']},
  {pattern: 'foreign policy chief', kinds: ['foreign-minister']},
  {pattern: `${defence} minister`, kinds: ['defence-minister']},
  {pattern: `minister of|for national? ${defence}`, kinds: ['defence-minister']},
  {pattern: `${defence} secretary`, kinds: ['defence-minister']},
  {pattern: `secretary of ${defence}`, kinds: ['defence-minister']},
  {pattern: 'secretary of war', kinds: ['defence-minister']},
  {pattern: 'war secretary', kinds: ['defence-minister']},
  {pattern: 'armed forces minister', kinds: ['defence-minister']},
  {pattern: 'minister of|for the? armed forces', kinds: ['defence-minister']},
  {pattern: 'pentagon chief', kinds: ['defence-minister'], jurisdiction: 'United States'},
  {pattern: 'interior minister', kinds: ['interior-minister']},
  {pattern: 'minister of|for the? interior', kinds: ['interior-minister']},
  {pattern: 'minister of|for internal affairs', kinds: ['interior-minister']},
  {pattern: 'internal affairs minister', kinds: ['interior-minister']},
  {pattern: 'home secretary', kinds: ['interior-minister']},
  {pattern: 'homeland security secretary', kinds: ['homeland-security']},
  {pattern: 'secretary of homeland security', kinds: ['homeland-security']},
  {pattern: 'public safety minister', kinds: ['public-safety-minister']},
  {pattern: 'minister of|for public safety', kinds: ['public-safety-minister']},
  {pattern: 'finance minister', kinds: ['finance-minister']},
  {pattern: 'minister of|for finance', kinds: ['finance-minister']},
  {pattern: 'treasury secretary', kinds: ['finance-minister']},
  {pattern: 'secretary of the treasury', kinds: ['finance-minister']},
  {pattern: 'economy minister', kinds: ['economy-minister']},
  {pattern: 'economy and finance minister', kinds: ['finance-minister', 'economy-minister']},
  {pattern: 'minister of|for the? economy', kinds: ['economy-minister']},
  {pattern: 'industry minister', kinds: ['industry-minister']},
  {pattern: 'justice minister', kinds: ['justice-minister']},
  {pattern: 'minister of|for justice', kinds: ['justice-minister']},
  {pattern: 'attorney general', kinds: ['justice-minister']},
  {pattern: 'health minister', kinds: ['health-minister']},
  {pattern: 'minister of|for health', kinds: ['health-minister']},
  {pattern: 'digital transformation minister', kinds: ['digital-minister']},
  {pattern: 'emergencies|emergency minister', kinds: ['emergencies-minister']},
  {pattern: 'emergency situations minister', kinds: ['emergencies-minister']},
  {pattern: `kremlin ${spokes}`, kinds: ['presidential-spokesperson'], jurisdiction: 'Russia'},
  {pattern: 'kremlin press secretary', kinds: ['presidential-spokesperson'], jurisdiction: 'Russia'},
  {pattern: `presidential ${spokes}`, kinds: ['presidential-spokesperson']},
  {pattern: 'white house press secretary', kinds: ['presidential-spokesperson'], jurisdiction: 'United States'},
  {pattern: `white house ${spokes}`, kinds: ['presidential-spokesperson'], jurisdiction: 'United States'},
  {pattern: `foreign ministry ${spokes}`, kinds: ['foreign-ministry-spokesperson']},
  {pattern: `state department ${spokes}`, kinds: ['foreign-ministry-spokesperson'], jurisdiction: 'United States'},
  {pattern: `government ${spokes}`, kinds: ['government-spokesperson']},
  {pattern: 'secretary of the security council', kinds: ['security-council-secretary']},
  {pattern: 'security council secretary', kinds: ['security-council-secretary']},
  {pattern: `secretary of the national security and ${defence} council`, kinds: ['security-council-secretary']},
  {pattern: 'deputy chairman|head of the security council', kinds: ['security-council-deputy-chairman']},
  {pattern: 'kremlin chief of staff', kinds: ['chief-of-staff'], jurisdiction: 'Russia'},
  {pattern: 'white house chief of staff', kinds: ['chief-of-staff'], jurisdiction: 'United States'},
  {pattern: 'head of the presidential office|administration', kinds: ['chief-of-staff']},
  {pattern: 'chief of the general staff', kinds: ['chief-of-general-staff']},
  {pattern: 'chief of general staff', kinds: ['chief-of-general-staff']},
  {pattern: 'chairman of the joint chiefs of staff?', kinds: ['joint-chiefs-chairman']},
  {pattern: 'commander-in-chief', kinds: ['armed-forces-commander', 'president']},
  {pattern: 'commander in chief', kinds: ['armed-forces-commander', 'president']},
  {pattern: 'army chief', kinds: ['armed-forces-commander', 'chief-of-general-staff']},
  {pattern: 'fsb director|chief', kinds: ['intelligence-chief'], jurisdiction: 'Russia'},
  {pattern: 'director|head of the fsb', kinds: ['intelligence-chief'], jurisdiction: 'Russia'},
  {pattern: 'cia director|chief', kinds: ['intelligence-chief'], jurisdiction: 'United States'},
  {pattern: 'director|head of the cia', kinds: ['intelligence-chief'], jurisdiction: 'United States'},
  {pattern: 'military intelligence chief', kinds: ['intelligence-chief']},
  {pattern: 'head of military intelligence', kinds: ['intelligence-chief']},
  {pattern: 'intelligence chief', kinds: ['intelligence-chief']},
  {pattern: 'spy chief', kinds: ['intelligence-chief']},
  {pattern: 'director of national intelligence', kinds: ['intelligence-chief'], jurisdiction: 'United States'},
  {pattern: 'national security adviser|advisor', kinds: ['national-security-adviser']},
  {pattern: 'central bank governor|chief|head', kinds: ['central-bank-governor']},
  {pattern: 'governor|head of the central bank', kinds: ['central-bank-governor']},
  {pattern: 'fed|federal reserve chair|chairman|chairwoman', kinds: ['central-bank-governor'], jurisdiction: 'United States'},
  {pattern: 'ecb president|chief', kinds: ['central-bank-governor'], jurisdiction: 'European Central Bank'},
  {pattern: 'president of the european central bank|ecb', kinds: ['central-bank-governor'], jurisdiction: 'European Central Bank'},
  {pattern: 'duma speaker|chairman', kinds: ['speaker'], jurisdiction: 'Russia'},
  {pattern: 'speaker|chairman of the state? duma', kinds: ['speaker'], jurisdiction: 'Russia'},
  {pattern: 'rada speaker', kinds: ['speaker'], jurisdiction: 'Ukraine'},
  {pattern: 'speaker|chairman of the verkhovna rada', kinds: ['speaker'], jurisdiction: 'Ukraine'},
  {pattern: 'house speaker', kinds: ['speaker']},
  {pattern: 'speaker of the house', kinds: ['speaker']},
  {pattern: 'speaker|president of the national assembly', kinds: ['speaker']},
  {pattern: 'parliament|parliamentary speaker', kinds: ['speaker']},
  {pattern: 'speaker of parliament', kinds: ['speaker']},
  {pattern: 'mayor', kinds: ['mayor']},
  {pattern: 'chechen leader|head', kinds: ['regional-head'], jurisdiction: 'Chechnya'},
  {pattern: 'head|leader of chechnya', kinds: ['regional-head'], jurisdiction: 'Chechnya'},
  {pattern: 'governor general', kinds: ['governor-general']},
  {pattern: 'governor-general', kinds: ['governor-general']},
  {pattern: 'un ambassador|envoy', kinds: ['un-ambassador']},
  {pattern: 'ambassador|envoy to the un|united nations', kinds: ['un-ambassador']},
  {pattern: 'secretary-general', kinds: ['secretary-general']},
  {pattern: 'secretary general', kinds: ['secretary-general']},
  {pattern: 'nato chief|head', kinds: ['secretary-general'], jurisdiction: 'NATO'},
  {pattern: 'commission president', kinds: ['commission-president']},
  {pattern: 'president of the european commission', kinds: ['commission-president'], jurisdiction: 'European Union'},
  {pattern: 'president of the european council', kinds: ['council-president'], jurisdiction: 'European Union'},
  {pattern: 'imf chief|head', kinds: ['imf-chief'], jurisdiction: 'International Monetary Fund'},
  {pattern: 'kremlin aide', kinds: ['presidential-aide'], jurisdiction: 'Russia'},
  {pattern: 'presidential aide', kinds: ['presidential-aide']},
  {pattern: 'special envoy', kinds: ['special-envoy']},
  // Ministries: an office only after a verb of leading ("heads the defence ministry").
  {pattern: `${defence} ministry`, kinds: ['defence-minister'], ministry: true},
  {pattern: `ministry of ${defence}`, kinds: ['defence-minister'], ministry: true},
  {pattern: 'ministry of the armed forces', kinds: ['defence-minister'], ministry: true},
  {pattern: 'pentagon', kinds: ['defence-minister'], jurisdiction: 'United States', ministry: true},
  {pattern: 'foreign ministry', kinds: ['foreign-minister'], ministry: true},
  {pattern: 'ministry of foreign affairs', kinds: ['foreign-minister'], ministry: true},
  {pattern: 'state department', kinds: ['foreign-minister'], jurisdiction: 'United States', ministry: true},
  {pattern: 'interior ministry', kinds: ['interior-minister'], ministry: true},
  {pattern: 'ministry of the? interior', kinds: ['interior-minister'], ministry: true},
  {pattern: 'ministry of internal affairs', kinds: ['interior-minister'], ministry: true},
  {pattern: 'finance ministry', kinds: ['finance-minister'], ministry: true},
  {pattern: 'ministry of finance', kinds: ['finance-minister'], ministry: true},
  {pattern: 'treasury', kinds: ['finance-minister'], ministry: true},
  {pattern: 'government', kinds: ['head-of-government'], ministry: true}
]

/**
 * Words that tie an office to a place: before the office ("Russian", "Russia's", "US"), or
 * after "of" ("of Russia", "of the Russian Federation"). A capital stands for its country in
 * news English ("Moscow's foreign minister"), so it names both. A word of three letters or
 * fewer counts only in capitals ("US", "UN", "EU"): "us" is a pronoun, "un" French.
 */
export interface Jurisdiction {
  name: string
  /** Adjective for a suggestion ("Russian foreign minister"). */
  adjective: string
  /** Patterns (compilePattern syntax) that name it in text. */
  words: string[]
  /** Further jurisdictions the same words accept (a country's capital city). */
  includes?: string[]
}

export const jurisdictions: Jurisdiction[] = [
  {name: 'Russia', adjective: 'Russian', words: ['russia', 'russian', "russia's", 'the? russian federation', 'kremlin', "kremlin's"]},
  {name: 'Moscow', adjective: 'Moscow', words: ['moscow', "moscow's"], includes: ['Russia']},
  {name: 'Ukraine', adjective: 'Ukrainian', words: ['ukraine', 'ukrainian', "ukraine's"]},
  {name: 'Kyiv', adjective: 'Kyiv', words: ['kyiv', "kyiv's", 'kiev', "kiev's"], includes: ['Ukraine']},
  {name: 'France', adjective: 'French', words: ['france', 'french', "france's"]},
  {name: 'Paris', adjective: 'Paris', words: ['paris', "paris's"], includes: ['France']},
  {name: 'United States', adjective: 'US', words: ['us', 'u.s', 'u.s.a', 'usa', 'american', "america's", 'the? united states', "washington's"]},
  {name: 'Canada', adjective: 'Canadian', words: ['canada', 'canadian', "canada's", 'ottawa', "ottawa's"]},
  {name: 'Quebec', adjective: 'Quebec', words: ['quebec', 'québec', "quebec's", "québec's"]},
  {name: 'Montreal', adjective: 'Montreal', words: ['montreal', 'montréal', "montreal's", "montréal's"]},
  {name: 'Ontario', adjective: 'Ontario', words: ['ontario', "ontario's"]},
  {name: 'Alberta', adjective: 'Alberta', words: ['alberta', "alberta's"]},
  {name: 'British Columbia', adjective: 'B.C.', words: ['british columbia', "british columbia's", 'b.c', "b.c.'s"]},
  {name: 'Manitoba', adjective: 'Manitoba', words: ['manitoba', "manitoba's"]},
  {name: 'New Brunswick', adjective: 'New Brunswick', words: ['new brunswick', "new brunswick's"]},
  {name: 'Nova Scotia', adjective: 'Nova Scotia', words: ['nova scotia', "nova scotia's"]},
  {name: 'Belarus', adjective: 'Belarusian', words: ['belarus', 'belarusian', "belarus's", 'minsk']},
  {name: 'Chechnya', adjective: 'Chechen', words: ['chechnya', 'chechen']},
  {name: 'Germany', adjective: 'German', words: ['germany', 'german', "germany's", 'berlin', "berlin's"]},
  {name: 'United Kingdom', adjective: 'British', words: ['britain', 'british', "britain's", 'uk', 'u.k', 'the? united kingdom', 'london', "london's"]},
  {name: 'European Union', adjective: 'EU', words: ['eu', "eu's", 'the? european union', 'european', 'brussels']},
  {name: 'European Central Bank', adjective: 'ECB', words: ['ecb', "ecb's", 'the? european central bank']},
  {name: 'International Monetary Fund', adjective: 'IMF', words: ['imf', "imf's", 'the? international monetary fund']},
  {name: 'NATO', adjective: 'NATO', words: ['nato', "nato's"]},
  {name: 'United Nations', adjective: 'UN', words: ['un', 'u.n', 'the? united nations']},
  {name: 'Turkey', adjective: 'Turkish', words: ['turkey', 'turkish', "turkey's", 'türkiye']},
  {name: 'China', adjective: 'Chinese', words: ['china', 'chinese', "china's", 'beijing']},
  {name: 'Israel', adjective: 'Israeli', words: ['israel', 'israeli', "israel's"]},
  {name: 'Italy', adjective: 'Italian', words: ['italy', 'italian', "italy's"]},
  {name: 'Poland', adjective: 'Polish', words: ['poland', 'polish', "poland's", 'warsaw']},
  {name: 'Hungary', adjective: 'Hungarian', words: ['hungary', 'hungarian', "hungary's"]},
  {name: 'Norway', adjective: 'Norwegian', words: ['norway', 'norwegian', "norway's"]},
  {name: 'Netherlands', adjective: 'Dutch', words: ['the? netherlands', 'dutch']},
  {name: 'Estonia', adjective: 'Estonian', words: ['estonia', 'estonian', "estonia's"]}
]
