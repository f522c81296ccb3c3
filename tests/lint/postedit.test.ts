import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {dropFindingsInsideDeletions, type Finding} from '../../src/lint/postedit.js'
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

describe('dropFindingsInsideDeletions', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz'
  const at = (offset: number) => ({line: 1, column: offset + 1, offset})
  /** A postedit finding over [start, end) with these suggestions. */
  const finding = (file: VFile, name: string, start: number, end: number, expected?: string[]) => {
    const message = file.message(name, {place: {start: at(start), end: at(end)}, source: 'postedit'}) as Finding
    if (expected) message.expected = expected
    return message
  }
  const kept = (build: (file: VFile) => void) => {
    const file = new VFile({value: text})
    build(file)
    dropFindingsInsideDeletions(file)
    return file.messages.map((message) => message.reason)
  }

  it('drops what a deletion strictly holds, points inside it included', () => {
    expect(
      kept((file) => {
        finding(file, 'line', 2, 20, [''])
        finding(file, 'inner', 5, 9, ['x'])
        finding(file, 'inner deletion', 3, 4, [''])
        finding(file, 'inner point', 7, 7, [])
        finding(file, 'outside', 21, 23, ['y'])
      })
    ).toEqual(['line', 'outside'])
  })

  it('keeps the same span, points on its edges, overlaps and findings of other sources', () => {
    expect(
      kept((file) => {
        finding(file, 'line', 2, 20, [''])
        finding(file, 'same span', 2, 20, ['z'])
        finding(file, 'point before', 2, 2)
        finding(file, 'point after', 20, 20)
        finding(file, 'overlap', 18, 22, ['w'])
        const other = file.message('other source', {place: {start: at(5), end: at(6)}, source: 'retext-quotes'})
        other.expected = ['q']
      })
    ).toEqual(['line', 'same span', 'point before', 'point after', 'overlap', 'other source'])
  })

  it('takes a finding with another suggestion, or none, for no deletion', () => {
    expect(
      kept((file) => {
        finding(file, 'replace', 2, 20, ['shorter'])
        finding(file, 'no fix', 0, 26)
        finding(file, 'inner', 5, 9, ['x'])
      })
    ).toEqual(['replace', 'no fix', 'inner'])
  })
})
