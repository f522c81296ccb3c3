import {describe, expect, it} from 'vitest'
import {falseFriends} from '../../../src/rules/data/false-friends.js'
import {pressFalseFriends} from '../../../src/rules/data/press-false-friends.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'false-friend'

describe('press false friends', () => {
  it('are part of the false-friend list', () => {
    for (const entry of pressFalseFriends) expect(falseFriends).toContain(entry)
  })

  it('reports a press false friend with its place, message and suggestions', async () => {
    const findings = await ruleFindings(id, 'He received a contravention of 135 euros.\nThe murderous earthquake killed 300 people.')
    expect(summary(findings)).toEqual([
      ['1:15', 'contravention', ['fine', 'ticket', 'minor offence']],
      ['2:5', 'murderous', ['deadly']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `contravention` (French *contravention*), expected `fine`, `ticket` or `minor offence`',
      'Unexpected `murderous` (French *meurtrier (séisme, accident)*), expected `deadly`'
    ])
  })

  const flagged: Array<[string, string, string[]]> = [
    ['The professor gave a conference on the history of Europe.', 'conference', ['lecture', 'talk']],
    ['He watched the televised journal every evening.', 'journal', ['newspaper', 'news bulletin']],
    ['According to the journal Le Monde, the deal is off.', 'journal', ['newspaper', 'news bulletin']],
    ['The CAC 40 patrons met the minister.', 'patrons', ['bosses', 'business leaders']],
    ['In his televised discourse, the president announced new measures.', 'discourse', ['speech', 'address']],
    ['He was convicted of a delict.', 'delict', ['offence', 'misdemeanour']],
    ['The drama claimed the lives of three children.', 'drama', ['tragedy']],
    ['Employees will receive an exceptional prime of 1000 euros.', 'prime', ['bonus', 'allowance']],
    ['He was released on caution.', 'caution', ['bail', 'deposit']],
    ['The match was reported to a later date.', 'reported', ['postponed', 'put off']],
    ['She was licensed for economic reasons.', 'licensed', ['laid off', 'dismissed']],
    ['He is a TV chronicler on France 2.', 'chronicler', ['columnist', 'commentator', 'pundit']],
    ['Police seized stupefacients.', 'stupefacients', ['drugs', 'narcotics']],
    ['The judge was very comprehensive towards the defendants.', 'comprehensive', ['understanding', 'sympathetic']],
    ['He was aggressed by three men.', 'aggressed', ['attacked', 'assaulted']],
    ['The teenager has been in fugue since Monday.', 'fugue', ['running away', 'runaway']],
    ['She was sequestrated by her kidnappers for three days.', 'sequestrated', ['held captive', 'held against their will']],
    ['He was charged with traffic of influence.', 'traffic', ['trafficking']],
    ['The emergencies are saturated since Monday.', 'saturated', ['overwhelmed', 'overstretched', 'full']],
    ['Thousands of protesters defiled through the streets of Paris.', 'defiled', ['marched', 'paraded']],
    ['The trainer of PSG was sacked.', 'trainer', ['coach', 'manager']],
    ['He appeared in a publicity for a car brand.', 'publicity', ['advert', 'advertisement']],
    ['The mayor promised to fight against insecurity in the streets.', 'insecurity', ['crime', 'lawlessness']],
    ['Petty delinquency has increased.', 'delinquency', ['crime']],
    ['Firefighters intervened at around 3 a.m.', 'intervened', ['were called out', 'responded']],
    ['The fire was mastered after four hours.', 'mastered', ['brought under control', 'overpowered']],
    ['An important fire broke out in the night.', 'important', ['major', 'large', 'heavy']],
    ['The Renault action fell 5% on Monday.', 'action', ['share', 'share price']],
    ['The minister exposed his programme to the unions.', 'exposed', ['set out', 'outlined', 'presented']],
    ['The mayor averted residents that the water was unsafe.', 'averted', ['warned']],
    ['She retired her candidacy on Monday.', 'retired', ['withdrew', 'withdrawn']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'She gave a conference talk in Berlin.',
    'The journal Nature published the study.',
    'He is a patron of the arts.',
    'Political discourse has become coarser.',
    'The law of delict in Scotland differs.',
    'This is a contravention of the rules.',
    'The murderous regime fell.',
    'The TV drama killed off its hero.',
    'The prime minister spoke, and the annual Prime membership rose.',
    'Proceed with caution.',
    'The incident was reported to the police.',
    'He was a chronicler of the Crusades.',
    'The report is comprehensive.',
    'The patient was in a fugue state.',
    'Road traffic of vehicles was heavy.',
    'The market is saturated with cheap goods.',
    'The vandals defiled the graves.',
    'She is a personal trainer.',
    'It was a publicity stunt.',
    'Food insecurity is rising.',
    'Juvenile delinquency is a problem.',
    'Rescuers intervened to save the child.',
    'He mastered the violin, and the album was mastered by Bob Ludwig.',
    'It was the most important investment of the decade.',
    'Class action lawsuits were filed, and the action was filmed in Paris.',
    'The scandal exposed his lies, and he was exposed to asbestos.',
    'Quick action averted a crisis.',
    'He retired the debt early and retired from politics.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
