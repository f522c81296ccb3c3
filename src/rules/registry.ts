import {repeatedWord} from './repeated-word.js'
import type {RuleDefinition} from './types.js'

/**
 * Every rule postedit knows, in the order they run and are documented.
 * Add a rule here and a section in docs/rules.md; the registry test checks both.
 */
export const rules: RuleDefinition[] = [
  // Typography and sentence boundaries (issue 2).
  repeatedWord
  // Lexical translation rules (issue 4).
]

export function findRule(id: string): RuleDefinition | undefined {
  return rules.find((rule) => rule.id === id)
}
