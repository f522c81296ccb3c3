import {frenchGuillemetsRule} from './french-guillemets.js'
import {frenchSpacingRule} from './french-spacing.js'
import {encodingDamage} from './encoding-damage.js'
import {falseFriend} from './false-friend.js'
import {calque} from './calque.js'
import {fusedSentenceRule} from './fused-sentence.js'
import {frenchGrammar} from './french-grammar.js'
import {mistypedPunctuationRule} from './mistyped-punctuation.js'
import {lowercaseSentenceStartRule} from './lowercase-sentence-start.js'
import {lowercaseDemonym} from './lowercase-demonym.js'
import {lowercaseProperNoun} from './lowercase-proper-noun.js'
import {pageFurniture} from './page-furniture.js'
import {weekdayDateRule} from './weekday-date.js'
import {frenchNumberFormat} from './french-number-format.js'
import {quoteDirectionRule} from './quote-direction.js'
import {personOffice} from './person-office.js'
import {repeatedWord} from './repeated-word.js'
import {indefiniteArticle} from './indefinite-article.js'
import {stopBeforeAttributionRule} from './stop-before-attribution.js'
import {strayFullStopRule} from './stray-full-stop.js'
import {translatedAttribution} from './translated-attribution.js'
import {jurisdictionTitle} from './jurisdiction-title.js'
import {term} from './term.js'
import type {RuleDefinition} from './types.js'
import {untranslatedFrench} from './untranslated-french.js'
import {unterminatedParagraphRule} from './unterminated-paragraph.js'
import {whichCalque} from './which-calque.js'

/**
 * Every rule postedit knows, in the order they run and are documented.
 * Add a rule here and a section in docs/rules.md; the registry test checks both.
 */
export const rules: RuleDefinition[] = [
  // Typography and sentence boundaries (issue 2).
  frenchGuillemetsRule,
  quoteDirectionRule,
  frenchSpacingRule,
  mistypedPunctuationRule,
  stopBeforeAttributionRule,
  fusedSentenceRule,
  strayFullStopRule,
  lowercaseSentenceStartRule,
  unterminatedParagraphRule,
  repeatedWord,
  indefiniteArticle,
  // Lexical translation rules (issue 4).
  falseFriend,
  calque,
  translatedAttribution,
  whichCalque,
  frenchGrammar,
  untranslatedFrench,
  encodingDamage,
  lowercaseDemonym,
  // Knowledge rules (issue 7).
  lowercaseProperNoun,
  pageFurniture,
  weekdayDateRule,
  frenchNumberFormat,
  term,
  jurisdictionTitle,
  personOffice
]

export function findRule(id: string): RuleDefinition | undefined {
  return rules.find((rule) => rule.id === id)
}
