import {describe, expect, it} from 'vitest'
import {translatedNames} from '../../../src/rules/data/translated-names.js'
import {terms} from '../../../src/rules/data/terms.js'
import {ruleFindings} from '../../helpers.js'

describe('translated names in the built-in termbase', () => {
  it('is spread into the termbase the term rule reads', () => {
    for (const entry of translatedNames) expect(terms).toContain(entry)
  })

  it('reports a surname whose article was translated, with the name and why', async () => {
    const text = 'The minister, Bruno the Mayor, announced cuts.'
    const findings = await ruleFindings('term', text)
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `Bruno the Mayor`, expected `Bruno Le Maire`: a surname is not translated: *Le Maire* is a name, not “the mayor”'
    ])
    expect(findings[0]?.place).toEqual({start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 30, offset: 29}})
  })

  const flagged: Array<[string, string, string]> = [
    ['Marine the Pen said she would run again.', 'Marine the Pen', 'Marine Le Pen'],
    ['Francis Hollande met the unions.', 'Francis Hollande', 'François Hollande'],
    ['The cabinet of John Castex resigned.', 'John Castex', 'Jean Castex'],
    ['John-Luc Melenchon called a march.', 'John-Luc Melenchon', 'Jean-Luc Mélenchon'],
    ['Michael Barnier named his team.', 'Michael Barnier', 'Michel Barnier'],
    ['Christine the Guard kept rates on hold.', 'Christine the Guard', 'Christine Lagarde'],
    ['The ferry docked at the Havre on Tuesday.', 'the Havre', 'Le Havre'],
    ['Prices rose across the Island of France region.', 'Island of France', 'Île-de-France'],
    ['Floods hit the Heights of France overnight.', 'Heights of France', 'Hauts-de-France'],
    ['Storm warnings covered the Coasts of Armor.', 'Coasts of Armor', "Côtes-d'Armor"],
    ['The race at the Mans was stopped.', 'the Mans', 'Le Mans']
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
