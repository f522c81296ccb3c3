/**
 * Where the rules are documented: docs/rules.md in the project's repository, as an absolute
 * address so that a link in a SARIF log, a CI annotation or an HTML report opens from
 * anywhere. package.json's `homepage` and `repository` name the same repository (a test
 * keeps them in step); this is the one place a rule's address is built.
 */
export const REPOSITORY_URL = 'https://github.com/postedit/postedit'

export const RULES_DOC = `${REPOSITORY_URL}/blob/main/docs/rules.md`

export function ruleUrl(id: string): string {
  return `${RULES_DOC}#${id}`
}
