import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'jurisdiction-title'
/** Two words that make a text one about France, as a news report's first lines would. */
const france = 'In Paris, the French government met. '

describe('jurisdiction-title', () => {
  it('finds nothing in the seed article', async () => {
    expect(await ruleFindings(id, readFileSync(seedPath, 'utf8'))).toEqual([])
  })

  it('flags a Canadian province’s "prime minister", with the message and place', async () => {
    const findings = await ruleFindings(id, 'Quebec Prime Minister François Legault spoke.')
    expect(summary(findings)).toEqual([['1:8', 'Prime Minister', ['Premier']]])
    expect(findings[0]?.reason).toBe(
      "Unexpected `Prime Minister` for the head of a Canadian province, expected `Premier`: French *premier ministre* names both, English calls a province's head of government the premier"
    )
    expect(findings[0]?.place).toEqual({start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 22, offset: 21}})
    expect(findings[0]?.category).toBe('Accuracy/Mistranslation')
    expect(findings[0]?.fatal).toBe(false)
  })

  const premiers: Array<[string, string, string]> = [
    ['The prime minister of Ontario agreed.', 'prime minister', 'premier'],
    ['Alberta’s prime minister objected.', 'prime minister', 'premier'],
    ['The British Columbia prime minister flew in.', 'prime minister', 'premier'],
    ['The provincial prime ministers met in Halifax.', 'prime ministers', 'premiers'],
    ['Former Québec prime minister Jean Charest spoke.', 'prime minister', 'premier']
  ]
  it.each(premiers)('flags %j', async (text, actual, expected) => {
    expect(summary(await ruleFindings(id, text))).toEqual([[`1:${text.indexOf(actual) + 1}`, actual, [expected]]])
  })

  const deputies: Array<[string, string, string[]]> = [
    [france + 'The deputy of the Hérault resigned.', 'deputy', ['MP', 'lawmaker']],
    [france + 'LFI deputies walked out.', 'deputies', ['MPs', 'lawmakers']],
    [france + 'Two National Rally deputies abstained.', 'deputies', ['MPs', 'lawmakers']],
    [france + 'A deputy for Paris asked a question.', 'deputy', ['MP', 'lawmaker']],
    ['In Quebec, the CAQ deputies voted with Premier Legault in Québec.', 'deputies', ['MNAs']]
  ]
  it.each(deputies)('flags %j', async (text, actual, expected) => {
    expect(summary(await ruleFindings(id, text))).toEqual([[`1:${text.indexOf(actual) + 1}`, actual, expected]])
  })

  it('says which house a deputy sits in', async () => {
    const [finding] = await ruleFindings(id, france + 'LFI deputies walked out.')
    expect(finding?.reason).toBe(
      "Unexpected `deputies` for members of the French National Assembly, expected `MPs` or `lawmakers`: French *député*; an English deputy is an office's second-in-command"
    )
  })

  const honorifics: Array<[string, string, string[]]> = [
    [france + 'Mr. Emmanuel Macron spoke.', 'Mr. Emmanuel Macron', ['Emmanuel Macron']],
    [france + 'Mrs. Borne answered.', 'Mrs. Borne', ['Borne', 'Ms. Borne']],
    [france + 'Macron spoke first. Then Mr. Macron left.', 'Mr. Macron', ['Macron']],
    [france + 'Le Pen replied. Ms. Le Pen said no.', 'Ms. Le Pen', ['Le Pen']]
  ]
  it.each(honorifics)('flags %j', async (text, actual, expected) => {
    expect(summary(await ruleFindings(id, text))).toEqual([[`1:${text.indexOf(actual) + 1}`, actual, expected]])
  })

  const clean = [
    'Canadian Prime Minister Justin Trudeau met the premiers.',
    'The federal prime minister of Quebec’s choice is unknown.',
    'Would an independent Quebec prime minister keep the queen?',
    france + 'The deputy minister, the deputy prime minister and the deputy director spoke.',
    france + 'The RN deputy leader and the LFI deputy national coordinator spoke.',
    france + 'Deputies of the State Duma voted.',
    'LFI deputies walked out.',
    'In Madrid, Socialist deputies of the Cortes voted.',
    france + 'Mr. Macron spoke. Mr. Macron left.',
    'Mr. Emmanuel Smith and Mrs. Jones were in Ohio.',
    france + 'Mr. Macron Tuesday said no.'
  ]
  it.each(clean)('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})

describe('jurisdiction-title outside French affairs', () => {
  it('flags a courtesy title only where the same text also writes the bare surname', async () => {
    const text = 'Smith spoke in Ohio on Monday. Later Mr. Smith left, and Mrs. Jones and Mr. John Brown stayed.'
    expect(summary(await ruleFindings(id, text))).toEqual([['1:38', 'Mr. Smith', ['Smith']]])
  })
})
