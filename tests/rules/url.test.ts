import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPOSITORY_URL, ruleUrl} from '../../src/rules/url.js'
import {rules} from '../../src/rules/registry.js'
import {repoRoot} from '../helpers.js'

describe('ruleUrl', () => {
  it('is an absolute link to the rule reference', () => {
    expect(ruleUrl('calque')).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#calque')
  })

  it('names the repository package.json names', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
    expect(manifest.homepage).toBe(`${REPOSITORY_URL}#readme`)
    expect(manifest.repository.url).toBe(`git+${REPOSITORY_URL}.git`)
  })

  it('points at a heading docs/rules.md has for every rule', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8')
    const anchors = new Set([...doc.matchAll(/^#+ `?([a-z-]+)`?\s*$/gm)].map((match) => match[1]))
    expect(rules.map((rule) => rule.id).filter((id) => !anchors.has(id))).toEqual([])
  })
})
