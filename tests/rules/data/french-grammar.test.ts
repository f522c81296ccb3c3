import {describe, expect, it} from 'vitest'
import {ruleFindings, summary} from '../../helpers.js'

const id = 'french-grammar'

/** The prepositions, counts and verb constructions of French that the phrase entries read. */
describe('french-grammar phrase entries: prepositions, counts and verbs', () => {
  it('reports a change "of" a figure with its place, message and fix', async () => {
    const findings = await ruleFindings(id, 'Prices\nincreased of 5% last year.')
    expect(summary(findings)).toEqual([['2:1', 'increased of', ['increased by']]])
    expect(findings[0]?.reason).toBe('Unexpected `increased of` (French grammar: *augmenter de 5 % / baisser de 3 points*), expected `increased by`')
  })

  it('says to rephrase a crowd "numerous to" act', async () => {
    const [finding] = await ruleFindings(id, 'They were numerous to protest on Sunday.')
    expect(finding!.reason).toBe('Unexpected `were numerous to` (French grammar: *ils étaient nombreux à / plusieurs à*), rephrase')
    expect(finding!.expected).toBeUndefined()
  })

  it('says to rephrase the recent past of "venir de"', async () => {
    const findings = await ruleFindings(id, 'The government comes to announce a new plan.')
    expect(summary(findings)).toEqual([['1:16', 'comes to announce', undefined]])
    expect(findings[0]!.reason).toBe('Unexpected `comes to announce` (French grammar: *il vient d’annoncer*), rephrase')
  })

  it.each([
    ['The share price fell of nearly 3 points.', 'fell of', ['fell by']],
    ['The unemployment rate is of 7.5% in the region.', 'is of', ['is']],
    ['The toll stands of 12 dead.', 'stands of', ['stands at']],
    ['He succeeded to convince the jury.', 'succeeded to', ['managed to']],
    ['He renounced to his candidacy.', 'renounced to', ['renounced', 'gave up']],
    ['The firm profited of the crisis.', 'profited of', ['took advantage of', 'profited from']],
    ['They beneficiated of a tax cut.', 'beneficiated of', ['benefited from']],
    ['The journalist asked to him whether he would run.', 'asked to him', ['asked him']],
    ['The situation is different of the one in 2017.', 'different of', ['different from']],
    ['The president is of return in Paris.', 'is of return', ['is back']],
    ['The government is not in measure to respond.', 'not in measure to', ['not able to', 'not in a position to']],
    ['Many youngs gathered in the square.', 'youngs', ['young people']],
    ['A ten of people were arrested.', 'A ten of', ['About ten']],
    ['The Hungary has announced new measures.', 'The Hungary', ['Hungary']],
    ['The protesters were 10,000 according to the police.', 'were 10,000', ['numbered 10,000']],
    ['The demonstrators were more than 5000 in Paris.', 'were more than 5000', ['numbered more than 5000']],
    ['He was sentenced to five years of prison.', 'sentenced to five years of prison', ['sentenced to five years in prison']],
    ['The unemployment has risen again.', 'The unemployment', ['Unemployment']],
    ['The inflation reached 6% in March.', 'The inflation', ['Inflation']],
    ['The rise of the prices worries households.', 'rise of the', ['rise in']],
    ['The increase of the number of cases is worrying.', 'increase of the number', ['increase in the number']],
    ['He told to AFP that he would run.', 'told to AFP', ['told AFP']],
    ['He scored at the 80th minute.', 'at the 80th minute', ['in the 80th minute']],
    ['The law will apply after it will be published.', 'will be', ['is']],
    ['The moment she will arrive, we start.', 'will arrive', ['arrives']]
  ])('flags %j', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  it.each([
    'The difference is of some importance.',
    'She succeeded to the throne in 1952, and the project succeeded to varying degrees.',
    'The question was asked to him twice.',
    'He is capable of winning, and he drew a ten of hearts.',
    'There were several to choose from.',
    'The Youngs arrived late.',
    'The chile was hot, and the Brittany is a hunting dog.',
    'They were 20 at the time, and supporters were 2 to 1 in favour.',
    'He was sentenced to five years in prison.',
    'The unemployment rate has risen.',
    'The inflation figures were revised, and the poverty line rose.',
    'The rise of the far right worries Europe, and the fall of the Roman Empire was slow.',
    'The story was told to reporters, and the same story he told to the police.',
    'He scored in the 80th minute.',
    'They want guarantees before they will agree.',
    'Nothing good comes of being rich, and the man who comes to sign the book is late.'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
