import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../src/rules/registry.js'
import {repoRoot} from '../helpers.js'

const reference = readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8')

/** The `## \`id\`` sections of docs/rules.md with their header line. */
function documentedSections(): Map<string, string> {
  const sections = new Map<string, string>()
  const pattern = /^## `([a-z0-9-]+)`\n\n(\*\*Severity:\*\*[^\n]*)$/gm
  for (const match of reference.matchAll(pattern)) sections.set(match[1]!, match[2]!)
  return sections
}

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('documents every rule in docs/rules.md, and nothing else, with its severity, category and default', () => {
    const sections = documentedSections()
    expect([...sections.keys()].sort()).toEqual(rules.map((rule) => rule.id).sort())
    for (const rule of rules) {
      const header = sections.get(rule.id)
      const state = rule.enabledByDefault === false ? 'off' : 'on'
      expect(header, rule.id).toBe(
        `**Severity:** ${rule.severity} · **Category:** ${rule.category} · **Default:** ${state}`
      )
    }
  })

  it('lists every rule in the table of docs/rules.md with the summary `postedit rules` prints', () => {
    const rows = new Map([...reference.matchAll(/^\| \[([a-z-]+)\]\(#[a-z-]+\) \| [a-z]+ \| [^|]+ \| (.+) \|$/gm)].map((match) => [match[1]!, match[2]!]))
    expect([...rows.keys()].sort()).toEqual(rules.map((rule) => rule.id).sort())
    for (const rule of rules) expect(rows.get(rule.id), rule.id).toBe(rule.summary)
  })

  it('gives every rule an MQM category and a one-line summary', () => {
    for (const rule of rules) {
      expect(rule.category, rule.id).toMatch(/^(Accuracy|Linguistic conventions|Style|Terminology|Locale conventions|Audience appropriateness|Design and markup)\/[A-Z][a-z]+( [a-z]+)*$/)
      expect(rule.summary, rule.id).toMatch(/^[A-Z].*\.$/)
    }
  })
})
