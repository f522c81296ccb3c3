import {describe, expect, it} from 'vitest'
import {translatedNames} from '../../../src/rules/data/translated-names.js'
import {terms} from '../../../src/rules/data/terms.js'
import {ruleFindings} from '../../helpers.js'

describe('translated names in the built-in termbase', () => {
  it('is spread into the termbase the term rule reads', () => {
    for (const entry of translatedNames) expect(terms).toContain(entry)
  })

  it('reports a surname read as words, with the name and why', async () => {
    const text = 'The banker, Christine the Guard, kept rates on hold.'
    const findings = await ruleFindings('term', text)
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `Christine the Guard`, expected `Christine Lagarde`: a surname is not translated: *Lagarde* is a name, not “the guard”'
    ])
    expect(findings[0]?.place).toEqual({start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 32, offset: 31}})
  })

  const flagged: Array<[string, string, string]> = [
    ['Marion Marshal said she would run again.', 'Marion Marshal', 'Marion Maréchal'],
    ['Francis Hollande met the unions.', 'Francis Hollande', 'François Hollande'],
    ['The cabinet of John Castex resigned.', 'John Castex', 'Jean Castex'],
    ['John-Luc Melenchon called a march.', 'John-Luc Melenchon', 'Jean-Luc Mélenchon'],
    ['Michael Barnier named his team.', 'Michael Barnier', 'Michel Barnier'],
    ['Edward Philippe resigned as mayor.', 'Edward Philippe', 'Édouard Philippe'],
    ['Peter Poilievre led in the polls.', 'Peter Poilievre', 'Pierre Poilievre'],
    ['Floods hit Upper France overnight.', 'Upper France', 'Hauts-de-France']
  ]
  it.each(flagged)('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings('term', text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, [expected]]])
  })

  const clean = [
    'Marine Le Pen and Bruno Le Maire spoke; Jean Castex and Michel Barnier listened.',
    'Francis Holland School opened a new wing.',
    'Edward Philip Smith, a lawyer, said the mayor would decide.',
    'The pen was on the desk, and the mayor of Le Havre signed.',
    'Bruno, the mayor, opened the fair.',
    'Great East Japan earthquake survivors met in the Maritime Alps.',
    'Peter Smith and John Smith flew to Île-de-France and Hauts-de-France.'
  ]
  it.each(clean)('leaves %j alone', async (text) => {
    expect(await ruleFindings('term', text)).toEqual([])
  })
})
