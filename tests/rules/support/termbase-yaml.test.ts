import {describe, expect, it} from 'vitest'
import {parseYamlTermbase} from '../../../src/rules/support/termbase-yaml.js'

function failure(text: string): string {
  try {
    parseYamlTermbase(text, 'terms.yml')
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('parsed without error')
}

describe('parseYamlTermbase', () => {
  it('reads entries, a single form without brackets, and their context', () => {
    const text = 'terms:\n  - preferred: Kyiv\n    forbidden: Kiev\n    notPrecededBy: [chicken]\n    note: the Ukrainian spelling\n'
    expect(parseYamlTermbase(text, 'terms.yml')).toEqual([
      {preferred: 'Kyiv', forbidden: ['Kiev'], notPrecededBy: ['chicken'], note: 'the Ukrainian spelling'}
    ])
  })

  it('says where the YAML breaks', () => {
    expect(failure('terms:\n  - preferred: Kyiv\n    forbidden: [Kiev\n')).toBe(
      'terms.yml:4:1: invalid termbase: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
    )
  })

  it('lists or maps nested thousands deep: "nested too deep" at the place, not a stack overflow', () => {
    // It was "YAML: Maximum call stack size exceeded". The place is where the parser's stack
    // ran out, which depends on the stack's size: only its shape is pinned.
    const tooDeep = /^terms\.yml:\d+:\d+: invalid termbase: YAML: lists or maps nested too deep; a termbase nests a few levels$/
    expect(failure('terms: ' + '['.repeat(10000) + '\n')).toMatch(tooDeep)
    expect(failure('terms:\n  - preferred: Kyiv\n    forbidden: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n')).toMatch(tooDeep)
    expect(failure('terms: ' + '{a: '.repeat(10000) + '\n')).toMatch(tooDeep)
  })

  it('points at the field at fault', () => {
    expect(failure('terms:\n  - preferred: Kyiv\n    forbiden: [Kiev]\n')).toMatch(/^terms\.yml:3:5: invalid termbase: unknown field `forbiden`, expected one of `forbidden`/)
    expect(failure('terms:\n  - preferred: Kyiv\n    forbidden: [Kiev, 3]\n')).toBe('terms.yml:3:23: invalid termbase: `forbidden` must be a list of non-empty strings')
    expect(failure('terms:\n  - preferred: Kyiv\n')).toBe('terms.yml:2:5: invalid termbase: a term needs `forbidden`, the forms to flag')
    expect(failure('terms:\n  - forbidden: [Kiev]\n')).toBe('terms.yml:2:5: invalid termbase: a term needs `preferred`, the form to write')
    expect(failure('words: []\n')).toBe('terms.yml:1:1: invalid termbase: unknown field `words`, expected `terms`')
    expect(failure('terms: Kyiv\n')).toBe('terms.yml:1:8: invalid termbase: `terms` must be a list, such as `terms: [{preferred: Kyiv, forbidden: [Kiev]}]`')
    expect(failure('terms:\n  - preferred: Dnipro\n    forbidden: Dnieper\n    precededBy: [in, "in, near"]\n')).toBe(
      'terms.yml:4:22: invalid termbase: `precededBy` `in, near` reads `in,` as one word: write alternatives as `in|at`'
    )
    expect(failure('terms:\n  - preferred: Dnipro\n    forbidden: Dnieper\n    notInSentence: river bank\n')).toBe(
      'terms.yml:4:20: invalid termbase: `notInSentence` `river bank` is not one word: list each word that marks the other sense on its own'
    )
    expect(failure('- Kyiv\n')).toBe('terms.yml:1:1: invalid termbase: expected a map with a `terms` list, such as `terms: [{preferred: Kyiv, forbidden: [Kiev]}]`')
  })
})
