import {describe, expect, it} from 'vitest'
import {lintText} from '../helpers.js'

describe('the umbrella plugin', () => {
  it('stamps each finding with postedit source, category, url and the severity as fatal', async () => {
    const [finding] = await lintText('It is used to combat combat aircraft.\n')
    expect(finding).toMatchObject({
      ruleId: 'repeated-word',
      source: 'postedit',
      category: 'Linguistic conventions/Grammar',
      url: 'https://github.com/postedit/postedit/blob/main/docs/rules.md#repeated-word',
      fatal: true
    })
  })

  it('keeps no tree nodes on a finding, so a linted tree can be collected', async () => {
    // A plugin may record the nodes around a finding as its ancestors (retext plugins do).
    const [finding] = await lintText('It is used to combat combat aircraft.\n')
    expect(finding?.ancestors).toBeUndefined()
    expect(finding?.place).toEqual({
      start: {line: 1, column: 15, offset: 14},
      end: {line: 1, column: 28, offset: 27}
    })
  })

  it('maps a configured severity onto fatal (warning: false, info: undefined)', async () => {
    const text = 'It is used to combat combat aircraft.\n'
    const [warning] = await lintText(text, {rules: {'repeated-word': 'warning'}})
    expect(warning?.fatal).toBe(false)
    const [info] = await lintText(text, {rules: {'repeated-word': ['info', {}]}})
    expect(info?.fatal).toBeUndefined()
    expect(await lintText(text, {rules: {'repeated-word': false}})).toEqual([])
  })

  it('reports a span two rules flag with the same fix once, under the first rule', async () => {
    const findings = await lintText('The army left the town at dawn. russian troops came in at noon.\n')
    const atRussian = findings.filter((finding) => finding.actual === 'russian')
    expect(atRussian.map((finding) => [finding.ruleId, finding.expected])).toEqual([
      ['lowercase-sentence-start', ['Russian']]
    ])
  })

  it('rejects an unknown rule id in settings given to the library', async () => {
    await expect(lintText('Fine.', {rules: {nope: 'off'}})).rejects.toThrow(
      'unknown rule `nope` in `rules`; run `postedit rules` to list the ids'
    )
  })
})

describe('findings inside a deletion', () => {
  it('drops a finding that lies inside a line another finding removes whole', async () => {
    const findings = await lintText('If you are not in either of these two cases, please contact us at\n')
    expect(findings.map((finding) => [finding.ruleId, finding.place, finding.expected])).toEqual([
      ['page-furniture', {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 66, offset: 65}}, ['']]
    ])
  })

  it('keeps the finding when the line is not removed', async () => {
    const findings = await lintText('The minister said he would write to us at\n')
    expect(findings.map((finding) => [finding.ruleId, finding.actual])).toEqual([['unterminated-paragraph', 'at']])
  })
})
