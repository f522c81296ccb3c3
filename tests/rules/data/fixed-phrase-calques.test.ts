import {describe, expect, it} from 'vitest'
import {calques} from '../../../src/rules/data/calques.js'
import {fixedPhraseCalques} from '../../../src/rules/data/fixed-phrase-calques.js'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'calque'

describe('fixed-phrase calques', () => {
  it('are part of the calque list', () => {
    for (const entry of fixedPhraseCalques) expect(calques).toContain(entry)
  })

  it('reports a fixed verb phrase with its place, message and suggestions', async () => {
    const findings = await ruleFindings(id, 'The new law\nentered in force on Monday.')
    expect(summary(findings)).toEqual([['2:1', 'entered in force', ['came into force']]])
    expect(findings[0]?.reason).toBe('Unexpected `entered in force` (calque of French *entrer en vigueur / en application*), expected `came into force`')
    expect(findings[0]?.place).toEqual({start: {line: 2, column: 1, offset: 12}, end: {line: 2, column: 17, offset: 28}})
  })

  const flagged: Array<[string, string, string[]]> = [
    ['The treaty will enter in vigour next year.', 'enter in vigour', ['come into force']],
    ['He entered in contact with the kidnappers.', 'entered in contact', ['got in touch']],
    ['The new prefect entered in office on Tuesday.', 'entered in office', ['took office']],
    ['The car entered in collision with a truck.', 'entered in collision', ['collided']],
    ['The country entered in recession last year.', 'entered in recession', ['went into recession']],
    ['This decision puts in danger the lives of thousands.', 'puts in danger', ['endangers', 'puts at risk']],
    ['She put in scene a play by Molière.', 'put in scene', ['stage', 'direct']],
    ['The strike puts in difficulty the government.', 'puts in difficulty', ['puts under pressure', 'causes problems for']],
    ['They made attention to the details.', 'made attention', ['paid attention', 'was careful']],
    ['He held his promise to the voters.', 'held his promise', ['kept']],
    ['He held racist remarks during the meeting.', 'held', ['made']],
    ['The president pronounced a speech in Marseille.', 'pronounced a speech', ['delivered a speech', 'gave a speech']],
    ['These measures carry attack to freedom of expression.', 'carry attack to', ['undermine', 'harm', 'infringe']],
    ['The mayor brought his support to the candidate.', 'brought his support to', ['gave support to', 'backed']],
    ['He led to good the reform of the pension system.', 'led to good', ['carry through', 'complete']],
    ['The party took its distances with the president.', 'took its distances', ['distance oneself']],
    ['Everything leads to believe that the talks will fail.', 'Everything leads to believe', ['Everything suggests', 'All the signs are']],
    ['It is not sure that the reform will pass.', 'It is not sure that', ['It is not certain that', 'It is unclear whether']],
    ['This is notably the case of France.', 'is notably the case of', ['is true of', 'applies to']],
    ['This one said he was innocent.', 'This one', ['He', 'She', 'The latter']],
    ['The minister came back on his decision.', 'came back on', ['went back on', 'reversed']],
    ['The judges leaned on the question of consent.', 'leaned on', ['looked into', 'examined']],
    ['A neighbour gave the alert.', 'gave the alert', ['raised the alarm']],
    ['The law protects launchers of alert.', 'launchers of alert', ['whistleblowers']],
    ['The affair made much ink flow.', 'ink flow', ['headlines', 'a lot of comment']],
    ['Unemployment passed the symbolic cape of 10%.', 'passed the symbolic cape of', ['pass the … mark', 'top']],
    ['He engaged himself in favour of the climate.', 'engaged himself in favour of', ['campaigned for', 'committed to']],
    ['The augmentation of prices worries households.', 'augmentation of', ['increase in', 'rise in']],
    ['He declared to AFP that he would run.', 'declared to', ['told']],
    ['Joined by phone, the mayor said he was shocked.', 'Joined by phone', ['Reached by phone', 'Contacted by phone']],
    ['This defeat signs the end of an era.', 'signs the', ['marks the']],
    ['The unions made pressure on the government.', 'made pressure on', ['put pressure on']],
    ['The council emitted a favourable opinion.', 'emitted', ['expressed', 'gave']],
    ['The party operated a U-turn on pensions.', 'operated', ['made', 'carried out']],
    ['The sector accused a fall of 5%.', 'accused', ['recorded', 'showed']],
    ['The damage was ciphered at 2 million euros.', 'ciphered at', ['estimated at', 'put at']],
    ['The cost was estimated to 3 million euros.', 'estimated to', ['estimated at', 'put at']],
    ['The meeting will take place in end of week, the minister said.', 'in end of week', ['at the end of the week']],
    ['The result is expected in beginning of March.', 'in beginning of March', ['at the beginning of March']],
    ['It is putting the cart before the oxen.', 'cart before the oxen', ['the cart before the horse']],
    ['The report threw a paving stone in the pond.', 'threw a paving stone in the pond', ['set the cat among the pigeons', 'cause a stir']],
    ['The government made machine back on the reform.', 'made machine back', ['back-pedal', 'reverse course']],
    ['The trial was held at closed doors.', 'at closed doors', ['behind closed doors', 'in camera']],
    ['The army is on the foot of war.', 'on the foot of war', ['on a war footing']],
    ['She won high the hand.', 'high the hand', ['hands down', 'easily']],
    ['He left all of suite.', 'all of suite', ['immediately', 'right away']],
    ['At the hour that it is, nothing is decided.', 'At the hour that it is', ['Right now', 'At this moment']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'The values you enter in function calls are checked, and the data you enter in force fields is saved.',
    'The treaty entered into force in 1994.',
    'They put them in danger, and the lives put in danger were many.',
    'Applicants put in application forms, and donors put in relief efforts.',
    'She holds promise as a player, and we hold him to his word.',
    'He held controversial views and held these words dear.',
    'The speech impediment was pronounced, and she pronounced sentence.',
    'Aid agencies carry the attack to the enemy and bring harm to nobody.',
    'Reforms led to good results.',
    'The plane gained altitude, and the function takes height and width.',
    'The rise of the internet changed work, and the end of year exams were hard.',
    'She put the bread on the board and sliced it.',
    'He pulled the blanket to her chin.',
    'Knocking at closed doors got him nowhere.',
    'They looked at the beautiful stars.',
    'He held high the hand of the winner.',
    'The iron of the lance was forged in Toledo.',
    'The compiler emits a warning, and the lamp emits light.',
    'It was declared to the press that the deal was off.',
    'Three members joined by phone.',
    'Sales are estimated to double by 2030, and the prevalence is estimated to be low.',
    'He set fire to the powder keg.',
    'They kept a whip count.',
    'The firm engaged in talks, and she is engaged to be married.',
    'He led us to believe that he would stay.',
    'It is not certain that the reform will pass.',
    'This one is better.',
    'She will come back on Monday, and he leaned on the table.',
    'The printer controls the ink flow, and she passed the bar in May.',
    'Sailors crossed the Cape of Good Hope.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
