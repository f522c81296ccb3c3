import retextIndefiniteArticle from 'retext-indefinite-article'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ruleFindings} from '../helpers.js'

const summary = (findings: Awaited<ReturnType<typeof ruleFindings>>) =>
  findings.map((finding) => [finding.reason, finding.actual, finding.expected, `${finding.line}:${finding.column}`])

/** What retext-indefinite-article itself says of `text`, in the same shape. */
async function pluginFindings(text: string) {
  const file = new VFile({value: text})
  const processor = unified().use(retextEnglish).use(retextIndefiniteArticle)
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => [message.reason, message.actual, message.expected, `${message.line}:${message.column}`])
}

describe('indefinite-article', () => {
  it('reports the article alone, with the one the next word takes', async () => {
    const findings = await ruleFindings('indefinite-article', 'She followed a absence of two years with\nan union deal. An hotel is fine.\n')
    expect(summary(findings)).toEqual([
      ['Unexpected article `a` before `absence`, expected `an`', 'a', ['an'], '1:14'],
      ['Unexpected article `an` before `union`, expected `a`', 'an', ['a'], '2:1']
    ])
    expect(findings[0]?.place).toEqual({start: {line: 1, column: 14, offset: 13}, end: {line: 1, column: 15, offset: 14}})
  })

  it('keeps the capital of a sentence-initial article and reads figures as said', async () => {
    const text = 'A honest man came. They won a 8-0 victory, a 11-day truce, a 80s hit and an 100-metre race.\n'
    expect(summary(await ruleFindings('indefinite-article', text))).toEqual([
      ['Unexpected article `A` before `honest`, expected `An`', 'A', ['An'], '1:1'],
      ['Unexpected article `a` before `8-0`, expected `an`', 'a', ['an'], '1:29'],
      ['Unexpected article `a` before `11-day`, expected `an`', 'a', ['an'], '1:44'],
      ['Unexpected article `a` before `80s`, expected `an`', 'a', ['an'], '1:60'],
      ['Unexpected article `an` before `100-metre`, expected `a`', 'an', ['a'], '1:74']
    ])
  })

  it('leaves alone letters, names it does not know, sounds the spelling hides and either form', async () => {
    const text =
      'Plan A is ready. Take a and b. A European, a one-off, a euro, a UN envoy and an FBI agent met an heir at a hotel, an hotel, a NATO base and an hour later, a “unique” offer.\n'
    expect(await ruleFindings('indefinite-article', text)).toEqual([])
  })

  it('finds what retext-indefinite-article finds, span for span', async () => {
    const text = [
      'A apple, an pear, a hour, an user, an one-time fee, a x-ray, an euro and a "honest" answer.',
      'He is an ukrainian; she was a umpire. It took an 18th try, a 800 km walk and a 8,000 crowd.',
      'The letter a or b; A and B; a FBI file and a SUV; an Utah firm; a (unusual) case.',
      'Is it a 2 or an 8? An 1,100-seat hall and a 18000 fee.'
    ].join('\n')
    const ours = summary(await ruleFindings('indefinite-article', text + '\n'))
    expect(ours.length).toBeGreaterThan(10)
    expect(ours).toEqual(await pluginFindings(text + '\n'))
  })

  it('spares the good English the plugin flags: letters, names, elided French articles, years, "you-" words', async () => {
    const text = [
      'A is for apple. A and B are friends. A or B, nothing else. If a is greater than b, stop.',
      'South Korea’s Mr An said no. It was an 1815 treaty, and a 1815-page file.',
      'A unilateral decision, a unipolar world, a unisex toilet, a unicorn and a u-turn.',
      'A L’Oréal spokesperson, a L’Express journalist and a N’Djamena hotel.'
    ].join('\n')
    expect(await ruleFindings('indefinite-article', text + '\n')).toEqual([])
    const plugin = await pluginFindings(text + '\n')
    expect(plugin.length).toBeGreaterThan(10)
  })

  it('still flags "un-" words and figures that are not years, and reads past an elided article', async () => {
    const text = 'An unilateral move. A unidentified man. A 1,100-seat hall and a 18th try. An L’Oréal ad. A N’Djamena hotel.\n'
    expect(summary(await ruleFindings('indefinite-article', text))).toEqual([
      ['Unexpected article `An` before `unilateral`, expected `A`', 'An', ['A'], '1:1'],
      ['Unexpected article `A` before `unidentified`, expected `An`', 'A', ['An'], '1:21'],
      ['Unexpected article `a` before `18th`, expected `an`', 'a', ['an'], '1:63']
    ])
  })

  it('reads a figure too long for a number by its leading digits instead of failing', async () => {
    const findings = await ruleFindings('indefinite-article', 'It cost a 80000000000000000000 dollars.\n')
    expect(summary(findings)).toEqual([['Unexpected article `a` before `80000000000000000000`, expected `an`', 'a', ['an'], '1:9']])
  })
})
