import {describe, expect, it} from 'vitest'
import {characterAt, characterBefore} from '../../../src/rules/support/characters-around.js'

describe('characterBefore and characterAt', () => {
  it('read one character, a pair of surrogates whole', () => {
    const text = 'a𝒜b'
    expect(characterBefore(text, 0)).toBe('')
    expect(characterBefore(text, 1)).toBe('a')
    expect(characterBefore(text, 3)).toBe('𝒜')
    expect(characterAt(text, 1)).toBe('𝒜')
    expect(characterAt(text, 3)).toBe('b')
    expect(characterAt(text, 4)).toBe('')
  })

  it('read a lone surrogate as it is', () => {
    expect(characterBefore('x\udc00', 2)).toBe('\udc00')
    expect(characterAt('\ud800x', 0)).toBe('\ud800')
  })
})
