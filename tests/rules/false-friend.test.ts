import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compilePattern} from '../../src/rules/support/word-patterns.js'
import {falseFriends} from '../../src/rules/data/false-friends.js'
import {reportable} from '../../src/rules/false-friend.js'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'false-friend'

describe('false-friend', () => {
  it('flags exactly the false friend of the seed article', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(summary(findings)).toEqual([['9:241', 'eventually', ['possibly', 'perhaps']]])
    const [finding] = findings
    expect(finding?.reason).toBe('Unexpected `eventually` (French *éventuellement*), expected `possibly` or `perhaps`')
    expect(finding?.fatal).toBe(false)
    expect(finding?.category).toBe('Accuracy/Mistranslation')
    expect(finding?.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#false-friend')
    expect(finding?.source).toBe('postedit')
    expect(finding?.place).toEqual({
      start: {line: 9, column: 241, offset: 1205},
      end: {line: 9, column: 251, offset: 1215}
    })
  })

  it('leaves the names and ordinary words of the seed alone', async () => {
    const text = 'Allegations that Kremlin spokesman Dmitry Peskov refused to comment on. As Ukraine’s allies gather this Friday, the territory under the control of Ukraine is large.'
    expect(await ruleFindings(id, text)).toEqual([])
  })

  const flagged: Array<[string, string, string[]]> = [
    ['The dose is eventually necessary in severe cases.', 'eventually', ['possibly', 'perhaps']],
    ['Patients with eventual complications were excluded.', 'eventual', ['possible', 'potential', 'any']],
    ['The actually available vaccines are expensive.', 'actually', ['currently', 'at present']],
    ['The actual president took office in 2019.', 'actual', ['current', 'present']],
    ['Thousands joined a manifestation against the pension reform.', 'manifestation', ['demonstration', 'protest']],
    ['She completed a vocational formation in welding.', 'formation', ['training', 'education']],
    ['Children are more sensible to heat than adults.', 'sensible', ['sensitive']],
    ['The whole board assisted at the opening ceremony.', 'assisted at', ['attended']],
    ['A biopsy was realized on the second day.', 'realized', ['carried out', 'performed', 'made']],
    ['We realized a survey of two hundred households.', 'realized', ['carried out', 'performed', 'made']],
    ['An important number of participants dropped out.', 'important', ['large', 'significant', 'considerable']],
    ['The regulation foresees a transition period.', 'foresees', ['provides for', 'plans', 'lays down']],
    ['These are punctual measures, not a reform.', 'punctual', ['one-off', 'occasional', 'isolated', 'specific']],
    ['Few rural hospitals dispose of sufficient beds.', 'dispose of', ['have']],
    ['The new test has a sensibility of 90%.', 'sensibility', ['sensitivity']],
    ['Teachers were sensibilised to the risks.', 'sensibilised', ['made aware']],
    ['The patient evolved favourably after surgery.', 'evolved', ['progressed', 'developed']],
    ['Exposition to tobacco smoke doubles the risk.', 'Exposition', ['Exposure', 'Exhibition']],
    ['This change is susceptible to cause headaches.', 'susceptible', ['likely', 'liable']],
    ['Cognitive troubles were frequent in the cohort.', 'troubles', ['disorders', 'problems']],
    ['The programme comports two phases.', 'comports', ['includes', 'comprises']],
    ['We constated a clear improvement.', 'constated', ['noted', 'observed']],
    ['To resume, the plan failed.', 'resume', ['sum up', 'summarize']],
    ['I bought it at the library next to the station.', 'library', ['bookshop', 'bookstore']],
    ['We still ignore whether the drug works.', 'ignore', ['do not know']],
    ['The budget is three milliards.', 'milliards', ['billions']],
    ['He made a suicide tentative in 2019.', 'tentative', ['attempt']],
    ['Gratuitous access to care was promised.', 'Gratuitous', ['Free', 'Free of charge']],
    ['The team wants to suppress jobs in the factory.', 'suppress', ['abolish', 'remove', 'cut']],
    ['The unions reclaimed the resignation of the minister.', 'reclaimed', ['demanded', 'called for']],
    ['Few care structures accept patients at night.', 'structures', ['facilities']],
    ['She has no medical antecedents.', 'antecedents', ['history']],
    ['He spent two weeks in reanimation.', 'reanimation', ['intensive care', 'resuscitation']],
    ['Asthma is a chronic affection of the airways.', 'affection', ['disease', 'condition', 'disorder']],
    ['Brain imagery showed no lesion.', 'imagery', ['imaging']],
    ['Kinesitherapy was started on day two.', 'Kinesitherapy', ['Physiotherapy', 'Physical therapy']],
    ['The surgeon achieved a biopsy of the liver.', 'achieved', ['performed', 'carried out']],
    ['The realization of an ultrasound is advised.', 'realization', ['performance', 'carrying out']],
    ['New trials are actually under way in Europe.', 'actually', ['currently', 'at present']]
  ]

  it.each(flagged)('flags %s', async (text, actual, expected) => {
    const findings = await ruleFindings(id, text)
    expect(findings.map((finding) => [finding.actual, finding.expected])).toEqual([[actual, expected]])
  })

  const clean = [
    'He eventually agreed.',
    'The bodies were eventually found in the river.',
    'They will eventually be necessary, the engineers said.',
    'What actually happened remains unclear.',
    'Actually, the data were incomplete.',
    'The vaccine was actually available, but nobody asked for it.',
    'The actual cost was twice the estimate.',
    'The eventual winner was Spain.',
    'The rock formation is millions of years old.',
    'Plaque formation starts early in life.',
    'That was a sensible choice.',
    'It is sensible to wait for the results.',
    'The clinical manifestations included fever and rash.',
    'Midwives assist at births every day.',
    'She realized that the data were wrong.',
    'It is important to rest.',
    'The most important number is the dose.',
    'Quality control is essential.',
    'The children were in the control group.',
    'The news is good.',
    'Her library has five thousand books.',
    'The planning process took a year.',
    'We went to a family reunion.',
    'Whitespace is ignored when computing the difference.',
    'Patients with a favourable evolution were discharged.',
    'He arrived punctually at nine.',
    'The company disposed of its toxic waste.',
    'A hazard ratio of 1.2 was found.',
    'The troops showed great courage in battle.',
    'Some people are susceptible to infection.',
    'The plan is tentative and may change.',
    'Git checks that the file is actually available.',
    'It then reports the actually used search pattern.',
    'The actual version could not be imported.',
    'Mental imagery helps athletes.',
    'The structure of the protein was solved.',
    'Her affection for the children was obvious.',
    'I recall the day we met.',
    // rappeler/recall is kept as a reference-only entry (see its comment in the data file).
    'In this review we recall the essential steps of the procedure.',
    'The team achieved its goals.',
    'She came to the realization that she was wrong.',
    'A local instance of the server is running.',
    'The plugin cannot support the requested locale.'
  ]

  it.each(clean)('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('finds a false friend split across a line break', async () => {
    const findings = await ruleFindings(id, 'The board\nassisted   at\nthe ceremony.')
    expect(summary(findings)).toEqual([['2:1', 'assisted   at', ['attended']]])
  })

  it('capitalises the suggestion at the start of a sentence', async () => {
    const findings = await ruleFindings(id, 'Eventual side effects must be reported.')
    expect(findings.map((finding) => finding.expected)).toEqual([['Possible', 'Potential', 'Any']])
  })
})

describe('false-friend data', () => {
  it('holds at least 80 entries', () => {
    expect(falseFriends.length).toBeGreaterThanOrEqual(80)
  })

  it.each(falseFriends.map((entry) => [entry.english, entry] as const))('%s has every field and a source', (_, entry) => {
    expect(entry.french.trim()).not.toBe('')
    expect(entry.english.trim()).not.toBe('')
    expect(entry.meaning.trim()).not.toBe('')
    expect(['high', 'medium', 'low']).toContain(entry.confidence)
    expect(entry.source.length).toBeGreaterThan(0)
    for (const source of entry.source) expect(source.trim()).not.toBe('')
    const forms = Object.entries(entry.forms)
    expect(forms.length).toBeGreaterThan(0)
    for (const [form, expected] of forms) {
      expect(form).toBe(form.toLowerCase())
      expect(compilePattern(form).length).toBeGreaterThan(0)
      expect(expected.length).toBeGreaterThan(0)
      for (const value of expected) expect(value.trim()).not.toBe('')
    }
    const cues = [...(entry.context === 'none' ? [] : entry.context), ...(entry.exceptions ?? [])]
    if (entry.context !== 'none') expect(entry.context.length).toBeGreaterThan(0)
    for (const cue of cues) {
      expect(cue.why.trim()).not.toBe('')
      for (const pattern of [...(cue.before ?? []), ...(cue.after ?? [])]) {
        expect(pattern.trim()).not.toBe('')
      }
    }
  })

  it('reports only entries with a context and a confidence above low', () => {
    const reported = falseFriends.filter(reportable)
    expect(reported.length).toBeGreaterThanOrEqual(60)
    expect(reported.every((entry) => entry.context !== 'none' && entry.confidence !== 'low')).toBe(true)
    expect(falseFriends.filter((entry) => !reportable(entry)).map((entry) => entry.english)).toContain('sympathetic')
  })

  it('lists each French word once', () => {
    const french = falseFriends.map((entry) => entry.french)
    expect(new Set(french).size).toBe(french.length)
  })
})
