import type {OfficeKind} from './offices.js'

/** One term of office: a Wikidata "position held" (P39) statement with its dates. */
export interface OfficeTerm {
  /** The position as Wikidata labels it ("Minister of Foreign Affairs of Russia"). */
  position: string
  /** The title as news English writes it before a name ("foreign minister"). */
  title: string
  kinds: OfficeKind[]
  /** The country, city or body the position belongs to ("Russia", "Kyiv", "NATO"). */
  jurisdiction: string
  /** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where Wikidata knows only the month or year. */
  start: string
  /** As `start`; absent while the term lasts. */
  end?: string
}

export interface Person {
  /** Wikidata item id, where known. */
  id?: string
  /** English label ("Sergey Lavrov"). */
  name: string
  /** Family name as written alone in running text ("Lavrov", "Le Drian"). */
  familyName?: string
  /** Other full names and spellings: aliases and transliterations ("Sergei Lavrov"). */
  variants: string[]
  /** Other spellings of the family name alone ("Zelenskyy", "Zelenskiy"). */
  familyVariants: string[]
  terms: OfficeTerm[]
  /** Where the entry comes from. */
  source: string
}
