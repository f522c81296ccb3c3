/**
 * Where a rule is documented. Relative to the package root: the project has no published
 * site yet, and a made-up absolute address would be worse than an honest relative one.
 */
export const RULES_DOC = 'docs/rules.md'

export function ruleUrl(id: string): string {
  return `${RULES_DOC}#${id}`
}
