import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compilePattern} from '../../src/rules/support/word-patterns.js'
import {calques} from '../../src/rules/data/calques.js'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'calque'

describe('calque', () => {
  it('flags exactly the calques of the seed article', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([
      ['7:305', 'A news', ['A piece of news', 'News']],
      ['9:29', 'reference media', ['leading media', 'major media outlets', 'newspaper of record']],
      ['21:94', 'show of muscle', ['show of force', 'show of strength']],
      ['25:73', 'giving the ball back to', ['passing the buck to', 'putting the ball back in the court of']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected `A news` (calque of French *une nouvelle*), expected `A piece of news` or `News`',
      'Unexpected `reference media` (calque of French *médias de référence*), expected `leading media`, `major media outlets` or `newspaper of record`',
      'Unexpected `show of muscle` (calque of French *démonstration de force / bras de fer*), expected `show of force` or `show of strength`',
      'Unexpected `giving the ball back to` (calque of French *renvoyer la balle à*), expected `passing the buck to` or `putting the ball back in the court of`'
    ])
    for (const finding of findings) {
      expect(finding.fatal).toBe(false)
      expect(finding.category).toBe('Style/Unidiomatic style')
      expect(finding.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#calque')
      expect(finding.source).toBe('postedit')
    }
    expect(findings[3]?.place).toEqual({
      start: {line: 25, column: 73, offset: 2970},
      end: {line: 25, column: 96, offset: 2993}
    })
  })

  it('leaves the seed’s ordinary phrases and names alone', async () => {
    const text = [
      'As Ukraine’s allies gather this Friday, Kremlin spokesman Dmitry Peskov refused to comment.',
      'Is this just a game driven by the paranoia of Kremlin leaders, in the context of the Ramstein summit?',
      'Anti-aircraft equipment was installed on the roofs of the Russian capital in recent hours.'
    ].join(' ')
    expect(await ruleFindings(id, text)).toEqual([])
  })

  const flagged: Array<[string, string, string[]]> = [
    ['The ministry was slow at the level of communication.', 'at the level of', ['in', 'at', 'regarding']],
    ['We made a reflection on the future of the unit.', 'made a reflection', ['reflected', 'thought about']],
    ['In fine, the project was abandoned.', 'In fine', ['In the end', 'Ultimately']],
    ['The news are bad this morning.', 'The news are', ['The news is', 'The news was']],
    ['It is in this context that the law was passed.', 'It is in this context that', ['In this context,', 'Against this background,']],
    ['The tests were run in the framework of a pilot scheme.', 'in the framework of', ['as part of', 'under', 'within']],
    ['The city put in place a new bus network.', 'put in place', ['set up', 'introduce', 'establish']],
    ['The report puts the accent on prevention.', 'puts the accent on', ['emphasises', 'stresses', 'puts the emphasis on']],
    ['We will help in the measure where we can.', 'in the measure where', ['insofar as', 'to the extent that', 'since']],
    ['She has lived in Lyon since three years.', 'since', ['for']],
    ['The plant has been closed since several months.', 'since', ['for']],
    ['Good coaching did the difference.', 'did the difference', ['make the difference']],
    ['The survey put in evidence a strong demand.', 'put in evidence', ['highlight', 'show', 'demonstrate']],
    ['The minister made the point on the negotiations.', 'made the point on', ['reviewed', 'took stock of', 'gave an update on']],
    ['According to me, the plan is sound.', 'According to me', ['In my opinion', 'In my view']],
    ['The drug is sold under the form of tablets.', 'under the form of', ['in the form of']],
    ['The hospital took in charge forty patients.', 'took in charge', ['treated', 'looked after', 'managed', 'covered']],
    ['The drug was the object of a systematic review.', 'was the object of', ['was the subject of']],
    ['A dozen of soldiers were wounded.', 'A dozen of', ['A dozen', 'A hundred', 'A thousand']],
    ['Two hundred pupils participated to the contest.', 'participated to', ['participate in']],
    ['The committee discussed about the budget.', 'discussed about', ['discuss']],
    ['The region is in train of losing its doctors.', 'in train of', ['in the process of']],
    ['The fire was at the origin of the blackout.', 'was at the origin of', ['be behind', 'cause', 'be the source of']],
    ['The match was broadcast in direct on Sunday.', 'in direct', ['live']],
    ['The sector knew a boom in the nineties.', 'knew a boom', ['experienced', 'enjoyed', 'saw']],
    ['The nurse measured the cranial perimeter at birth.', 'cranial perimeter', ['head circumference']],
    ['A biological balance was normal.', 'biological balance', ['work-up', 'laboratory tests']],
    ['Her arterial tension was high.', 'arterial tension', ['blood pressure']],
    ['Functional explorations were normal.', 'Functional explorations', ['Function tests', 'Functional testing']],
    ['He had a cerebral vascular accident in May.', 'cerebral vascular accident', ['stroke']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'The news is good.',
    'A news conference was held on Monday.',
    'She works for a news agency in Paris.',
    'Measures put in place last year have worked.',
    'They put the new rules in place in May.',
    'Pain was felt at the level of the lumbar spine.',
    'The water rose to the level of the windows.',
    'Read the contract in fine detail.',
    'Within the framework of the treaty, both sides agreed.',
    'He has lived here since 2015.',
    'Prices have risen since two years ago.',
    'Good coaching made the difference.',
    'For the most part, the plan worked.',
    'A dozen of them stayed behind.',
    'The engine runs in the same time as the old one.',
    'The wires are in direct contact.',
    'In answer to the question, she nodded.',
    'She was the object of ridicule.',
    'The panel was made part of the review.',
    'According to him, the plan is sound.',
    'The government will take a decision next week.',
    'Students must pass an exam in June.',
    'At the height of the crisis, shops closed.',
    'He gave the ball to his sister.',
    'Head circumference was measured at birth.',
    'He had a cerebrovascular accident in May.',
    'The perimeter of the site was fenced.',
    'We are united in the goal of victory.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('matches across line breaks and repeated spaces', async () => {
    const findings = await ruleFindings(id, 'Is this a show\nof   muscle or not?')
    expect(summary(findings)).toEqual([['1:11', 'show\nof   muscle', ['show of force', 'show of strength']]])
  })

  it('leaves the sentence’s full stop out of a phrase whose last word retext-english glued it to', async () => {
    // "h." is one word to retext-english; the fix must not take the sentence's stop with it.
    const findings = await ruleFindings(id, 'The meeting ended at 20 h.')
    expect(findings.map((finding) => [finding.actual, finding.expected, finding.place])).toEqual([
      ['at 20 h', ['at 8 pm'], {start: {line: 1, column: 19, offset: 18}, end: {line: 1, column: 26, offset: 25}}]
    ])
    expect(findings[0]?.reason).toBe('Unexpected `at 20 h` (calque of French *à 20 heures*), expected `at 8 pm`')
  })
})

describe('calque data', () => {
  it('holds at least 60 entries', () => {
    expect(calques.length).toBeGreaterThanOrEqual(60)
  })

  it.each(calques.map((entry) => [entry.french, entry] as const))('%s has every field and a source', (_, entry) => {
    expect(entry.french.trim()).not.toBe('')
    expect(entry.why.trim()).not.toBe('')
    expect(entry.source.length).toBeGreaterThan(0)
    for (const source of entry.source) expect(source.trim()).not.toBe('')
    const forms = Object.entries(entry.forms)
    expect(forms.length).toBeGreaterThan(0)
    for (const [pattern, expected] of forms) {
      expect(pattern).toBe(pattern.toLowerCase())
      // A pattern of optional slots only would match everywhere.
      expect(compilePattern(pattern).some((slot) => !slot.optional)).toBe(true)
      expect(expected.length).toBeGreaterThan(0)
      for (const value of expected) expect(value.trim()).not.toBe('')
    }
  })

  it('lists each French expression once', () => {
    const french = calques.map((entry) => entry.french)
    expect(new Set(french).size).toBe(french.length)
  })
})
