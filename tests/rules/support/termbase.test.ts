import {describe, expect, it} from 'vitest'
import {terms} from '../../../src/rules/data/terms.js'
import {formTokens, parsedFormTokens} from '../../../src/rules/support/termbase.js'
import {seededRandom} from '../../helpers.js'

describe('formTokens', () => {
  it('splits a plain form as the parser does, without parsing it', () => {
    expect(formTokens('the Dnieper').map((token) => [token.text, token.norm, token.kind])).toEqual([
      ['the', 'the', 'word'],
      ['Dnieper', 'dnieper', 'word']
    ])
    expect(formTokens('the Dnieper')[1]!.start).toEqual({line: 1, column: 5, offset: 4})
  })

  it('gives the parser’s tokens for every form of the built-in termbase', () => {
    const forms = terms.flatMap((entry) => entry.forbidden)
    expect(forms.length).toBeGreaterThan(1000)
    for (const form of forms) expect(formTokens(form), form).toEqual(parsedFormTokens(form))
  })

  it('gives the parser’s tokens for generated forms of letters, spaces and marks', () => {
    // Letters of several scripts and cases, and the marks that send a form to the parser.
    const pieces = ['kiev', 'Kyiv', 'É', 'é', 'ß', 'İ', 'ǅ', 'д', 'Ω', 'ﬁ', 'ſ', 'a', 'Z', ' ', ' ', '-', "'", '’', '.', '1', '\u0301']
    const random = seededRandom(20261202)
    for (let run = 0; run < 3000; run++) {
      let form = ''
      const length = 1 + random(6)
      for (let index = 0; index < length; index++) form += pieces[random(pieces.length)]
      expect(formTokens(form), JSON.stringify(form)).toEqual(parsedFormTokens(form))
    }
  })
})
