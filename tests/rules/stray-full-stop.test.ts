import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Finding} from '../../src/lint/postedit.js'
import {lintText, ruleFindings, seedPath} from '../helpers.js'

const id = 'stray-full-stop'

function brief(finding: Finding) {
  return {at: `${finding.line}:${finding.column}`, actual: finding.actual, expected: finding.expected}
}

/** The text with each finding's span replaced by its first suggestion. */
function applyFixes(text: string, findings: Finding[]): string {
  let result = text
  for (const finding of [...findings].reverse()) {
    const start = finding.place && 'start' in finding.place ? finding.place.start.offset ?? 0 : 0
    const end = finding.place && 'end' in finding.place ? finding.place.end.offset ?? 0 : 0
    result = result.slice(0, start) + (finding.expected?.[0] ?? '') + result.slice(end)
  }
  return result
}

describe('stray-full-stop', () => {
  it('flags exactly the point left after "500 kilometers" in the seed article', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const findings = await ruleFindings(id, seed)
    expect(findings.map(brief)).toEqual([{at: '7:282', actual: '.', expected: ['']}])
    const [finding] = findings
    expect(finding?.reason).toBe(
      'Unexpected full stop after `kilometers`: the sentence goes on with `from`, expected `kilometers from`'
    )
    expect(finding?.place).toEqual({
      start: {line: 7, column: 282, offset: 813},
      end: {line: 7, column: 283, offset: 814}
    })
    expect(finding?.fatal).toBe(true)
    expect(finding?.category).toBe('Linguistic conventions/Punctuation')
    const fixed = applyFixes(seed, findings)
    expect(fixed).toContain('located at a distance of 500 kilometers from the front line. A news')
    expect(fixed.length).toBe(seed.length - 1)
  })

  it.each([
    ['The convoy stopped 300 km. from the city.', 'km', 'The convoy stopped 300 km from the city.'],
    ['The guns sit 1,000 metres. to the east of the base.', 'metres', 'The guns sit 1,000 metres to the east of the base.'],
    ['The plant opened in 2015. and closed a year later.', '2015', 'The plant opened in 2015 and closed a year later.'],
    ['The wall stands 5 m. from the road.', 'm', 'The wall stands 5 m from the road.'],
    ['The army moved 20 tonnes. of ammunition by rail.', 'tonnes', 'The army moved 20 tonnes of ammunition by rail.'],
    ['The strikes hit 400 kilometers. north of Kyiv.', 'kilometers', 'The strikes hit 400 kilometers north of Kyiv.']
  ])('flags the point in %j', async (text, unit, fixed) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => finding.actual)).toEqual(['.'])
    expect(findings[0]?.reason).toContain(`after \`${unit}\``)
    expect(applyFixes(text, findings)).toBe(fixed)
  })

  it.each([
    'Open source research, i.e., images on the Internet, e.g. the satellite photos, helped.',
    'U.S. troops met Mr. Smith in St. Petersburg at 3 p.m. on Friday.',
    'The base lies approx. 5 km from the border, approx. five hours away.',
    'See Fig. 2 and vol. 3, p. 12 and No. 5 of the series.',
    'They sent tanks, guns, etc. and many trucks.',
    'The final pits Kyiv vs. the rest of the league.',
    'The mast is 40 ft. from the house and 3 in. wide.',
    'He paused... then he left the room.',
    'The city is 500 kilometers away. From there the road goes north.',
    'Sales fell by 20 percent. iPhone sales fell the most.',
    'The rate rose to 3.5 percent in 2023, see section 1.2.',
    'The meeting ended at 5 a.m. and the delegates left.',
    'The base lies 600 kilometers from the border.'
  ])('leaves %j alone', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it.each([
    ['The city was 500 kilometers. the road was long.', '1:30', 'the'],
    // "In", "For", "After" often open a sentence: the point may be a real boundary.
    ['The drones flew 800 kilometers. in the evening they came back.', '1:33', 'in']
  ])('leaves %j to lowercase-sentence-start', async (text, at, actual) => {
    const findings = await lintText(text)
    expect(findings.filter((finding) => finding.ruleId === id)).toEqual([])
    expect(
      findings.filter((finding) => finding.ruleId === 'lowercase-sentence-start').map(brief)
    ).toEqual([{at, actual, expected: [actual.charAt(0).toUpperCase() + actual.slice(1)]}])
  })

  it('never reports a spot that lowercase-sentence-start reports', async () => {
    const text = 'It lies 40 km. from here. He left. then he came back 3 km. to the east. and so on.'
    const findings = await lintText(text)
    const stray = findings.filter((finding) => finding.ruleId === id).map(brief)
    const lowercase = findings.filter((finding) => finding.ruleId === 'lowercase-sentence-start').map(brief)
    expect(stray).toEqual([
      {at: '1:14', actual: '.', expected: ['']},
      {at: '1:58', actual: '.', expected: ['']}
    ])
    expect(lowercase).toEqual([
      {at: '1:36', actual: 'then', expected: ['Then']},
      {at: '1:73', actual: 'and', expected: ['And']}
    ])
  })

  it('shares no spot with lowercase-sentence-start on any mix of boundaries', async () => {
    const pieces = ['It lies 40 km.', 'from here', 'then he left.', 'Mr.', 'the end', 'e.g.', '5 m.', 'and so on', 'Really?', 'of ammunition.', '2015.', 'to the east']
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), {minLength: 2, maxLength: 8}), async (chosen) => {
        const findings = await lintText(chosen.join(' '))
        const spots = (ruleId: string) =>
          findings
            .filter((finding) => finding.ruleId === ruleId)
            .map((finding) => finding.place && 'start' in finding.place ? finding.place.start.offset : -1)
        const stray = spots(id)
        const lowercase = spots('lowercase-sentence-start')
        // A stray point sits right before the space before the word lowercase-sentence-start would flag.
        expect(lowercase.filter((offset) => stray.some((point) => point !== undefined && offset === point + 2))).toEqual([])
      }),
      {numRuns: 60}
    )
  })

  it('reports positions on multi-line input', async () => {
    const text = 'The first paragraph is clean.\n\nThe convoy stopped\n40 km. from the border.\n'
    const findings = await ruleFindings(id, text)
    expect(findings.map(brief)).toEqual([{at: '4:6', actual: '.', expected: ['']}])
    expect(findings[0]?.place).toEqual({
      start: {line: 4, column: 6, offset: 55},
      end: {line: 4, column: 7, offset: 56}
    })
  })
})
