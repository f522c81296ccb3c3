import {describe, expect, it} from 'vitest'
import {calques} from '../../../src/rules/data/calques.js'
import {periphrases} from '../../../src/rules/data/periphrases.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'calque'

describe('the periphrases of French news style', () => {
  it('are part of the calque list', () => {
    for (const entry of periphrases) expect(calques).toContain(entry)
  })

  it('reports a periphrasis with its place, message and the name it stands for', async () => {
    const findings = await ruleFindings(id, 'Exports to the Cherifian kingdom rose.\nThe transalpine government resigned.')
    expect(summary(findings)).toEqual([
      ['1:12', 'the Cherifian kingdom', ['Morocco']],
      ['2:5', 'transalpine', ['Italian']]
    ])
    expect(findings[0]?.reason).toBe('Unexpected `the Cherifian kingdom` (calque of French *le royaume chérifien*), expected `Morocco`')
  })

  const flagged: Array<[string, string, string[]]> = [
    ['Tourism in the country of the Rising Sun recovered.', 'the country of the Rising Sun', ['Japan']],
    ['Trade with the country of Uncle Sam fell.', 'the country of Uncle Sam', ['the United States']],
    ['Growth in the Middle Empire slowed.', 'the Middle Empire', ['China']],
    ['Aid reached the country of the Cedar.', 'the country of the Cedar', ['Lebanon']],
    ['Voters in the Beautiful Province went to the polls.', 'the Beautiful Province', ['Quebec']],
    ['The storm hit the country of Wales.', 'the country of Wales', ['Wales']],
    ['He spoke in the language of Molière.', 'the language of Molière', ['French']],
    ['Clashes broke out in the Phocaean city.', 'the Phocaean city', ['Marseille']],
    ['The great silversmith presented the budget.', 'The great silversmith', ['The finance minister']],
    ['The first cop of France visited the suburb.', 'The first cop of France', ['The interior minister']],
    ['The strong man of the Kremlin spoke on Friday.', 'The strong man of the Kremlin', ['The Russian leader', 'The Kremlin strongman']],
    ['The Chinese number one met the delegation.', 'The Chinese number one', ["China's leader"]],
    ['Officers of the Great Mute kept silent.', 'the Great Mute', ['the army', 'the armed forces']],
    ['The stock market gendarme fined the bank.', 'The stock market gendarme', ['The market regulator']],
    ['The XV of France won in Cardiff.', 'The XV of France', ['The France rugby team', 'France']],
    ['The Nipponese carmaker recalled the model.', 'Nipponese', ['Japanese']],
    ['The Anglo-Saxon press mocked the plan.', 'Anglo-Saxon', ['English-speaking']],
    ['PSG lead the hexagonal championship.', 'hexagonal', ['French', 'national']],
    ['The Britannic government protested.', 'Britannic', ['British']],
    ['Growth on the Old Continent slowed.', 'the Old Continent', ['Europe']],
    ['The police of the police opened an inquiry.', 'police of the police', ['police watchdog', 'internal affairs']],
    ['The elephants of the PS backed her.', 'elephants of the PS', ['party heavyweights', 'party grandees']]
  ]
  it.each(flagged)('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'Japan is the Land of the Rising Sun, and China the Middle Kingdom.',
    'He drove through the beautiful province of Alberta.',
    'The transalpine route was closed by snow.',
    'Her Britannic Majesty’s ambassador arrived.',
    'The Anglo-Saxon kings of Wessex fought the Danes.',
    'A hexagonal nut and a hexagonal tile.',
    'The poet wrote in the language of Shakespeare and Milton.',
    'Syria’s strongman and a strong man of fifty lifted the car.',
    'Lebanon, Morocco and Wales signed.',
    'The old continent of Gondwana broke apart.'
  ]
  it.each(clean)('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
