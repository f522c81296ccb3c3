import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {filterSwitched, readSwitch, switchRanges, textComments, type Switch} from '../../src/lint/inline-switches.js'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'
import {ruleUrl} from '../../src/rules/url.js'
import {runCli, scratchDir} from '../helpers.js'

async function lint(filePath: string, value: string) {
  const file = new VFile({path: filePath, value})
  await createProcessor().process(file)
  return (file.messages as Finding[]).map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`)
}

const known = new Set(['calque', 'false-friend', 'repeated-word'])
const at = (start: number, end: number, nextEnd?: number) => ({start, end, nextEnd})

describe('readSwitch', () => {
  it('reads a verb and rule ids, separated by spaces or commas', () => {
    expect(readSwitch({...at(0, 40), text: ' postedit-disable calque, false-friend '}, known)).toEqual({
      switch: {verb: 'disable', ruleIds: ['calque', 'false-friend'], start: 0, end: 40, nextEnd: undefined},
      problems: []
    })
    expect(readSwitch({...at(0, 20, 60), text: 'postedit-ignore'}, known).switch).toEqual({
      verb: 'ignore',
      ruleIds: [],
      start: 0,
      end: 20,
      nextEnd: 60
    })
  })

  it('leaves other comments alone and reports a mistyped verb or an unknown rule', () => {
    expect(readSwitch({...at(0, 20), text: ' a note for the desk '}, known)).toEqual({problems: []})
    expect(readSwitch({...at(0, 30), text: ' postedit-disabel calque '}, known)).toEqual({
      problems: [
        {
          reason: 'Unexpected switch `postedit-disabel`, expected `postedit-disable`, `postedit-enable` or `postedit-ignore`',
          actual: 'postedit-disabel',
          start: 0,
          end: 30
        }
      ]
    })
    expect(readSwitch({...at(0, 30), text: ' postedit disable calque '}, known).problems.map((problem) => problem.reason)).toEqual([
      'Unexpected switch `postedit disable`, expected `postedit-disable`, `postedit-enable` or `postedit-ignore`'
    ])
    expect(readSwitch({...at(0, 30), text: ' posteditor notes '}, known)).toEqual({problems: []})
    expect(readSwitch({...at(0, 30), text: ' postedit run on 3 May '}, known)).toEqual({problems: []})
    const read = readSwitch({...at(5, 45), text: ' postedit-disable calque fals-friend '}, known)
    expect(read.switch?.ruleIds).toEqual(['calque'])
    expect(read.problems.map((problem) => problem.reason)).toEqual([
      'Unexpected unknown rule `fals-friend` in `postedit-disable`, expected a rule id (`postedit rules` lists them)'
    ])
    // Naming only unknown rules must not switch every rule off.
    expect(readSwitch({...at(0, 30), text: ' postedit-disable fals-friend '}, known).switch).toBeUndefined()
  })
})

describe('switchRanges and filterSwitched', () => {
  const sw = (verb: Switch['verb'], ruleIds: string[], start: number, nextEnd?: number): Switch => ({
    verb,
    ruleIds,
    start,
    end: start + 10,
    nextEnd
  })

  it('turns disable/enable pairs, open disables and ignores into ranges', () => {
    const ranges = switchRanges(
      [sw('disable', ['calque'], 10), sw('enable', ['calque'], 50), sw('disable', [], 100), sw('ignore', ['repeated-word'], 70, 90)],
      200
    )
    expect(ranges).toEqual([
      {ruleId: undefined, start: 10, end: 20},
      {ruleId: undefined, start: 50, end: 60},
      {ruleId: 'calque', start: 10, end: 50},
      {ruleId: undefined, start: 70, end: 80},
      {ruleId: 'repeated-word', start: 70, end: 90},
      {ruleId: undefined, start: 100, end: 110},
      {ruleId: undefined, start: 100, end: 200}
    ])
  })

  it('a bare enable ends every disable, named or not', () => {
    expect(switchRanges([sw('disable', ['calque'], 0), sw('disable', [], 20), sw('enable', [], 40)], 100)).toEqual([
      {ruleId: undefined, start: 0, end: 10},
      {ruleId: undefined, start: 20, end: 30},
      {ruleId: undefined, start: 40, end: 50},
      {ruleId: 'calque', start: 0, end: 40},
      {ruleId: undefined, start: 20, end: 40}
    ])
  })

  it('drops the findings of the switched rules that start in a range, and nothing else', () => {
    const finding = (ruleId: string, offset: number, source = 'postedit') =>
      ({ruleId, source, place: {start: {line: 1, column: 1, offset}, end: {line: 1, column: 2, offset: offset + 1}}}) as Finding
    const messages = [
      finding('calque', 5),
      finding('calque', 15),
      finding('false-friend', 15),
      finding('calque', 30),
      finding('calque', 15, 'other-tool'),
      finding('postedit-switch', 15)
    ]
    const kept = filterSwitched(messages, [{ruleId: 'calque', start: 10, end: 30}])
    expect(kept).toEqual([messages[0], messages[2], messages[3], messages[4], messages[5]])
  })
})

describe('textComments', () => {
  it('finds only lines that hold nothing but a comment, and the block after each', () => {
    const text = 'Intro line.\n<!-- postedit-ignore -->\n\nThe block\ngoes on.\n\nNext block.\nSay <!-- postedit-disable --> inline.\n'
    expect(textComments(text)).toEqual([{start: 12, end: 36, text: ' postedit-ignore ', nextEnd: 56}])
    expect(text.slice(38, 56)).toBe('The block\ngoes on.')
  })

  it('reads CRLF lines the same', () => {
    const text = 'Intro.\r\n<!-- postedit-ignore calque -->\r\n\r\nThe block\r\ngoes on.\r\n\r\nNext.\r\n'
    const [comment] = textComments(text)
    expect(comment).toEqual({start: 8, end: 39, text: ' postedit-ignore calque ', nextEnd: 62})
    expect(text.slice(43, 62)).toBe('The block\r\ngoes on.')
  })
})

describe('inline switches in each format', () => {
  const doubled = 'It is used to combat combat aircraft.'

  it('Markdown: disable, enable and ignore in HTML comments', async () => {
    const text = [
      doubled,
      '<!-- postedit-disable repeated-word -->',
      doubled,
      '<!-- postedit-enable repeated-word -->',
      '',
      doubled,
      '',
      '<!-- postedit-ignore -->',
      doubled,
      '',
      doubled,
      ''
    ].join('\n')
    expect(await lint('a.md', text)).toEqual(['1:15 repeated-word', '6:15 repeated-word', '11:15 repeated-word'])
  })

  it('HTML: a comment switches the next element off, white space between them or not', async () => {
    const text = `<p>${doubled}</p>\n<!-- postedit-ignore repeated-word -->\n<p>${doubled}</p>\n<p>${doubled}</p>\n`
    expect(await lint('a.html', text)).toEqual(['1:18 repeated-word', '4:18 repeated-word'])
  })

  it('plain text: a comment line switches, and is not linted itself; the same words in a sentence do nothing', async () => {
    const text = `${doubled}\n\n<!-- postedit-ignore repeated-word -->\n${doubled}\n\nWrite <!-- postedit-disable --> to silence rules.\n${doubled}\n`
    expect(await lint('a.txt', text)).toEqual(['1:15 repeated-word', '7:15 repeated-word'])
  })

  it('a mistyped switch is a warning naming it, on the comment', async () => {
    const file = new VFile({path: 'a.md', value: `<!-- postedit-disable repeated-wrd -->\n${doubled}\n`})
    await createProcessor().process(file)
    const [switchWarning, ...rest] = [...(file.messages as Finding[])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    expect(rest.map((finding) => finding.ruleId)).toEqual(['repeated-word'])
    expect({...switchWarning!.place, reason: switchWarning!.reason, fatal: switchWarning!.fatal, ruleId: switchWarning!.ruleId}).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 39, offset: 38},
      reason: 'Unexpected unknown rule `repeated-wrd` in `postedit-disable`, expected a rule id (`postedit rules` lists them)',
      fatal: false,
      ruleId: 'postedit-switch'
    })
  })
})

describe('postedit lint with inline switches', () => {
  it('a switched-off error no longer fails the run; a mistyped switch warns, and fails with --frail', async () => {
    const cwd = scratchDir({
      'docs/ok.md': '<!-- postedit-disable repeated-word -->\nIt is used to combat combat aircraft.\n',
      'docs/typo.md': '<!-- postedit-ignore repeatd-word -->\nA clean sentence.\n'
    })
    expect(await runCli(['lint', 'docs/ok.md'], cwd)).toEqual({code: 0, stdout: 'docs/ok.md: no issues found\n', stderr: ''})
    const typo = await runCli(['lint', 'docs/typo.md', '--format', 'json'], cwd)
    expect(typo.code).toBe(0)
    const [file] = JSON.parse(typo.stdout) as Array<{messages: Array<Record<string, unknown>>}>
    expect(file!.messages).toEqual([
      {
        ruleId: 'postedit-switch',
        source: 'postedit',
        reason: 'Unexpected unknown rule `repeatd-word` in `postedit-ignore`, expected a rule id (`postedit rules` lists them)',
        fatal: false,
        severity: 'warning',
        category: null,
        place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 38, offset: 37}},
        actual: 'repeatd-word',
        expected: null,
        url: ruleUrl('inline-switches')
      }
    ])
    expect((await runCli(['lint', 'docs/typo.md', '--frail'], cwd)).code).toBe(1)
  })
})

describe('the docs/rules.md example', () => {
  it('reports only the second `assisted at`', async () => {
    const text =
      '<!-- postedit-ignore false-friend -->\nThe minister assisted at the ceremony, as the quoted source wrote it.\n\nThe minister assisted at the ceremony.\n'
    expect(await lint('example.md', text)).toEqual(['4:14 false-friend'])
  })
})
