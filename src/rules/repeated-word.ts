import retextRepeatedWords from 'retext-repeated-words'
import type {RuleDefinition} from './types.js'

/**
 * "combat combat": a target-language word doubled where the source had two senses of one
 * word (combattre / avions de combat). retext-repeated-words already does the walk; postedit
 * only renames its findings and gives them a category.
 */
export const repeatedWord: RuleDefinition = {
  id: 'repeated-word',
  plugin: retextRepeatedWords,
  severity: 'error',
  category: 'Linguistic conventions/Grammar',
  summary: 'A word repeated back to back ("combat combat").'
}
