import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {applySuggestions, lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'french-guillemets'
const typography = new Set(['french-guillemets', 'quote-direction', 'french-spacing'])

const applyTypographyFixes = (text: string) => applySuggestions(text, typography)

describe('french-guillemets', () => {
  it('flags exactly the two stray guillemets of the seed article', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const findings = (await lintText(seed)).filter((finding) => finding.ruleId === id)
    expect(summary(findings)).toEqual([
      ['23:294', ' »', ['']],
      ['29:325', ' »', ['']]
    ])
    for (const finding of findings) {
      expect(finding.reason).toBe('Unexpected stray French guillemet `»`, remove it')
      expect(finding.fatal).toBe(true)
      expect(finding.category).toBe('Linguistic conventions/Punctuation')
      expect(finding.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#french-guillemets')
      expect(finding.source).toBe('postedit')
    }
  })

  it('leaves clean seed sentences once the stray guillemets are removed', async () => {
    expect(
      await applyTypographyFixes(
        'They are right to prepare so much in advance rather than waiting for the first blows. »'
      )
    ).toBe('They are right to prepare so much in advance rather than waiting for the first blows.')
    expect(
      await applyTypographyFixes(
        'Perhaps Russia fears being targeted in this way by the country it invaded last February. special operation » dreamed of successfully completing it in three days?'
      )
    ).toBe(
      'Perhaps Russia fears being targeted in this way by the country it invaded last February. special operation dreamed of successfully completing it in three days?'
    )
  })

  it('turns a pair into curly quotes, each mark taking the space inside it', async () => {
    const findings = await ruleFindings(id, 'He said « Bonjour » and left.')
    expect(summary(findings)).toEqual([
      ['1:9', '« ', ['“']],
      ['1:18', ' »', ['”']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected French guillemet `«` followed by a space, expected `“`',
      'Unexpected French guillemet `»` preceded by a space, expected `”`'
    ])
    expect(findings[0]?.place).toEqual({
      start: {line: 1, column: 9, offset: 8},
      end: {line: 1, column: 11, offset: 10}
    })
    expect(await applyTypographyFixes('He said « Bonjour » and left.')).toBe('He said “Bonjour” and left.')
  })

  it('names the no-break spaces French sets inside guillemets, and handles tight ones', async () => {
    const findings = await ruleFindings(id, 'A «\u00A0special operation\u202F» and «war».')
    expect(summary(findings)).toEqual([
      ['1:3', '«\u00A0', ['“']],
      ['1:22', '\u202F»', ['”']],
      ['1:29', '«', ['“']],
      ['1:33', '»', ['”']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected French guillemet `«` followed by a no-break space, expected `“`',
      'Unexpected French guillemet `»` preceded by a narrow no-break space, expected `”`',
      'Unexpected French guillemet `«`, expected `“`',
      'Unexpected French guillemet `»`, expected `”`'
    ])
    expect(await applyTypographyFixes('A «\u00A0special operation\u202F» and «war».')).toBe(
      'A “special operation” and “war”.'
    )
  })

  it('turns nested and single guillemets into single quotes', async () => {
    const text = 'He wrote « the « operation » failed » and ‹ no › more.'
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:10', '« ', ['“']],
      ['1:16', '« ', ['‘']],
      ['1:27', ' »', ['’']],
      ['1:36', ' »', ['”']],
      ['1:43', '‹ ', ['‘']],
      ['1:47', ' ›', ['’']]
    ])
    expect(await applyTypographyFixes(text)).toBe('He wrote “the ‘operation’ failed” and ‘no’ more.')
  })

  it('deletes a stray opening guillemet with the space after it', async () => {
    const findings = await ruleFindings(id, 'He said « we will win and left.')
    expect(summary(findings)).toEqual([['1:9', '« ', ['']]])
    expect(findings[0]?.reason).toBe('Unexpected stray French guillemet `«`, remove it')
    expect(await applyTypographyFixes('He said « we will win and left.')).toBe('He said we will win and left.')
  })

  it('deletes a stray guillemet with no space before it, or at the start of a line', async () => {
    expect(summary(await ruleFindings(id, 'It failed.» Then it rained.'))).toEqual([['1:11', '»', ['']]])
    expect(await applyTypographyFixes('It failed.» Then it rained.')).toBe('It failed. Then it rained.')
    expect(summary(await ruleFindings(id, '» Then it rained.'))).toEqual([['1:1', '» ', ['']]])
  })

  it('pairs guillemets per paragraph, across a single line break but not a blank line', async () => {
    expect(summary(await ruleFindings(id, 'He said « we will\nwin » and left.'))).toEqual([
      ['1:9', '« ', ['“']],
      ['2:4', ' »', ['”']]
    ])
    expect(summary(await ruleFindings(id, 'He said « we will\n\nwin » and left.'))).toEqual([
      ['1:9', '« ', ['']],
      ['3:4', ' »', ['']]
    ])
  })

  it('reports positions on the right line of a multi-line input', async () => {
    const findings = await ruleFindings(id, 'First line.\nSecond line.\nThe so-called « special operation » began.')
    expect(summary(findings)).toEqual([
      ['3:15', '« ', ['“']],
      ['3:34', ' »', ['”']]
    ])
    expect(findings[0]?.place).toEqual({
      start: {line: 3, column: 15, offset: 39},
      end: {line: 3, column: 17, offset: 41}
    })
  })

  it('is silent when turned off', async () => {
    const text = 'He said « Bonjour » and left. »'
    expect((await lintText(text)).some((finding) => finding.ruleId === id)).toBe(true)
    const off = await lintText(text, {rules: {[id]: 'off'}})
    expect(off.filter((finding) => finding.ruleId === id)).toEqual([])
  })

  it.each([
    '“Like this,” he said.',
    'She said ‘no’ and left.',
    'Straight "quotes" are fine too.',
    'We meet at 10:30 in Moscow.',
    'Note: this is an example.',
    'Why? Nobody knows.',
    'See https://example.com/search?q=moscow&lang=en for more.',
    'Home › World › Europe',
    '‹ Previous page',
    'Ukraine’s allies gather this Friday, and it’s cold.',
    'The ratio is 3:2 << 4:1 in this table.'
  ])('leaves alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
  it('flags a French dialogue dash opening speech, on the dash, with no fix', async () => {
    const text = ['– We will rebuild the bridge, the mayor said.', '— Not before spring, replies Anne Morel.', '– When? he asked.'].join('\n')
    const findings = await ruleFindings(id, text)
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.actual, f.expected])).toEqual([
      ['1:1', '–', undefined],
      ['2:1', '—', undefined]
    ])
    expect(findings[0]!.reason).toBe('Unexpected French dialogue dash `–` opening speech, expected quotation marks around it')
  })

  it.each([
    '– Bridges, roads and ports\n– Schools, said to be next',
    '— Mark Twain, Life on the Mississippi',
    'The mayor – he said, at last – agreed.',
    '“We will rebuild the bridge,” the mayor said.'
  ])('leaves dashes alone that open no speech: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })

  it('turns guillemets typed as doubled angle brackets into English quotes, with their inner spaces', async () => {
    const findings = await ruleFindings(id, 'The union called it a <<shameful decision>> and asked for << a real dialogue >> again.')
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.actual, f.expected])).toEqual([
      ['1:23', '<<', ['“']],
      ['1:42', '>>', ['”']],
      ['1:59', '<< ', ['“']],
      ['1:77', ' >>', ['”']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected `<<` typed for a French guillemet, expected `“`')
    expect(findings[1]!.reason).toBe('Unexpected `>>` typed for a French guillemet, expected `”`')
  })

  it.each([
    'Shift it with x << 2 >> 1 or print with cout << name >> rest; then a << b >> c.',
    'Run cat <<EOF and stop at the end EOF >> log.txt.',
    'He typed <<Stop>> and left.',
    'Use <<(f(x) + g(y))>> here.'
  ])('leaves doubled angle brackets of code alone: %s', async (text) => {
    expect(await ruleFindings(id, text)).toEqual([])
  })
})
