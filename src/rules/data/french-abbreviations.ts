/**
 * French abbreviations that MT copies into English unchanged. Sources: the Imprimerie
 * nationale's *Lexique des règles typographiques* (M., MM., Mme, Mlle, Me, Pr, n°, c.-à-d.,
 * av. J.-C.) and the French ordinal
 * suffixes it prescribes (1er, 1re, 2e; "2ème" is the common non-standard spelling).
 */
export interface FrenchAbbreviation {
  /** Matches the abbreviation itself; the rule checks what surrounds it. */
  pattern: RegExp
  expected: string[]
  /** Only before a capitalised name ("M. Dupont", not "M. tuberculosis"). */
  beforeName?: boolean
  /** Only after a word that starts in lowercase, perhaps with a comma ("said Me Dupont"). */
  afterLowercase?: boolean
}

export const frenchAbbreviations: FrenchAbbreviation[] = [
  // Monsieur; "M." after a capitalised word is an English middle initial ("John M. Smith").
  {pattern: /(?<![\p{L}.])M\.(?=\s+\p{Lu}\p{Ll})/gu, expected: ['Mr'], beforeName: true},
  // Madame, Mademoiselle: not English words in any spelling.
  {pattern: /(?<![\p{L}.])Mme\b\.?(?=\s+\p{Lu})/gu, expected: ['Ms', 'Mrs'], beforeName: true},
  {pattern: /(?<![\p{L}.])Mlle\b\.?(?=\s+\p{Lu})/gu, expected: ['Ms', 'Miss'], beforeName: true},
  // Numéro: "n° 5" is "No. 5" in English.
  {pattern: /(?<!\p{L})[nN]°(?=\s*\d)/gu, expected: ['No.']},
  // Messieurs: "MM. Dupont et Durand".
  {pattern: /(?<![\p{L}.])MM\.(?=\s+\p{Lu}\p{Ll})/gu, expected: ['Messrs'], beforeName: true},
  // Maître, a lawyer's title, before the name ("said Me Dupont"): only inside a sentence, after a
  // word in lowercase (so not in a headline in title case, "Call Me Maybe"), where English "me"
  // has no capital; "Me Too" is English.
  {pattern: /(?<![\p{L}.])Me(?=\s+\p{Lu}\p{Ll})(?!\s+(?:Too|Time|Myself|Before|Tarzan)\b)/gu, expected: ['lawyer'], afterLowercase: true},
  // Professeur, before the name ("Pr Dupont"), for Prof.
  {pattern: /(?<![\p{L}.])Pr\.?(?=\s+\p{Lu}\p{Ll})/gu, expected: ['Prof.'], beforeName: true},
  // "c.-à-d." (c'est-à-dire) and "av./apr. J.-C." (before/after Christ).
  {pattern: /(?<!\p{L})c\.-à-d\./gu, expected: ['i.e.']},
  {pattern: /(?<!\p{L})av\.\s?J\.-C\./gu, expected: ['BC']},
  {pattern: /(?<!\p{L})apr\.\s?J\.-C\./gu, expected: ['AD']}
]

/** "1er", "1re", "1ère", "2e", "3ème": Arabic numeral plus a French ordinal suffix. */
export const frenchOrdinal = /(?<![\p{L}\d.,])(\d{1,3})(er|re|ère|e|ème|eme)(?![\p{L}\d+\-−])/gu

/** Words before a "3e" that make it a figure panel or a label, not an ordinal ("Figure 3e"). */
export const panelWords = /(?:fig(?:ure)?s?|table|panel|supplementary|appendix|box|scheme|step|eq(?:uation)?|and|,)\.?\s*(?:\d+[a-z]?\s*(?:[-–,]|and)\s*)*$/iu

/** "XXe siècle", "IIIe République": a Roman numeral ordinal before the words it counts. */
export const frenchRomanOrdinal = /(?<![\p{L}\d])([IVXLC]{1,7})(e|ème)(?=\s+(?:siècle|siecle|century|centuries|arrondissement|république|republic|millénaire|millennium)\b)/gu
