import {describe, expect, it} from 'vitest'
import {ruleFindings, summary} from '../helpers.js'

const id = 'mistyped-punctuation'

describe('mistyped-punctuation', () => {
  it('flags a space before a comma or full stop, the space alone', async () => {
    const findings = await ruleFindings(id, 'The mayor , who arrived late , left early .\nThe port\u00A0, closed since May, reopens.')
    expect(summary(findings)).toEqual([
      ['1:10', ' ', ['']],
      ['1:29', ' ', ['']],
      ['1:42', ' ', ['']],
      ['2:9', '\u00A0', ['']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected space before the comma `,`, English puts none',
      'Unexpected space before the comma `,`, English puts none',
      'Unexpected space before the full stop `.`, English puts none',
      'Unexpected no-break space before the comma `,`, English puts none'
    ])
    expect(findings[0]!.category).toBe('Linguistic conventions/Punctuation')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#mistyped-punctuation')
  })

  it('flags the space that MT moved from before a colon into "p.m.", and leaves paths and ranges alone', async () => {
    const findings = await ruleFindings(id, 'At 4:05 p.m .: the ferry left. At 9 a.m .; the bus came.')
    expect(summary(findings)).toEqual([
      ['1:12', ' ', ['']],
      ['1:40', ' ', ['']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected space before the full stop `.`, English puts none')
    expect(summary(await ruleFindings(id, 'Run it from .: the current folder, or use ranges 1 .. 5.'))).toEqual([])
  })

  it('flags doubled commas and full stops, and an ellipsis after etc', async () => {
    const findings = await ruleFindings(id, 'Tolls rose,, drivers said.. Fuel, tyres, etc... cost more; parts etc… too, , he said.')
    expect(summary(findings)).toEqual([
      ['1:11', ',,', [',']],
      ['1:26', '..', ['.', '…']],
      ['1:45', '...', ['.']],
      ['1:69', '…', ['.']],
      ['1:74', ', ,', [',']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected doubled comma `,,`, expected `,`',
      'Unexpected doubled full stop `..`, expected `.` (or an ellipsis `…`)',
      'Unexpected `etc...`, expected `etc.`: the full stop of "etc." ends the list',
      'Unexpected `etc…`, expected `etc.`: the full stop of "etc." ends the list',
      'Unexpected doubled comma `, ,`, expected `,`'
    ])
  })

  it('flags a prime or acute accent for an apostrophe, a space inside one, and a comma with no space after it', async () => {
    const findings = await ruleFindings(id, 'It′s the mayor´s call. Rouen’ s port and Rouen ’s mayor met,then left.')
    expect(summary(findings)).toEqual([
      ['1:3', '′', ['’']],
      ['1:15', '´', ['’']],
      ['1:29', '’ ', ['’']],
      ['1:47', ' ’', ['’']],
      ['1:60', ',', [', ']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected prime `′` as an apostrophe, expected `’`',
      'Unexpected acute accent `´` as an apostrophe, expected `’`',
      'Unexpected space beside the apostrophe `’`, English puts none',
      'Unexpected space beside the apostrophe `’`, English puts none',
      'Unexpected comma `,` with no space after it, expected `, `'
    ])
  })

  it('flags a space before a stop after a straight quote, a guillemet or a currency sign', async () => {
    const findings = await ruleFindings(id, 'The mayor said "no" . It cost 5 € , then more.')
    expect(summary(findings)).toEqual([
      ['1:20', ' ', ['']],
      ['1:34', ' ', ['']]
    ])
  })

  it('flags a semicolon with no space after it, and a colon glued to a reporting verb', async () => {
    const text = 'The talks failed;the unions left. The minister said:the reform stays, and added:“We will win.”'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:17', ';', ['; ']],
      ['1:52', ':', [': ']],
      ['1:80', ':', [': ']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected semicolon `;` with no space after it, expected `; `')
    expect(findings[1]!.reason).toBe('Unexpected colon `:` with no space after it, expected `: `')
    const clean = ['Read the tl;dr first. Import node:fs and pull image:tag; the ratio was 3:1.', 'Use &amp;nbsp;here and color:red;margin:0 in CSS.']
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags a space just inside round brackets, each side apart', async () => {
    const findings = await ruleFindings(id, 'The levy ( voted in May ) starts soon, said the mayor (\u00A0a Green).')
    expect(summary(findings)).toEqual([
      ['1:11', ' ', ['']],
      ['1:24', ' ', ['']],
      ['1:56', '\u00A0', ['']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected space after the opening bracket `(`, English puts none',
      'Unexpected space before the closing bracket `)`, English puts none',
      'Unexpected no-break space after the opening bracket `(`, English puts none'
    ])
  })

  it('flags thin spaces inside brackets in a block with nothing else to flag', async () => {
    // The block's pre-test once left thin spaces out, so these went unseen without an
    // apostrophe elsewhere in the block to let the patterns run.
    const findings = await ruleFindings(id, 'The talks (\u2009in 2020\u2009) failed.')
    expect(summary(findings)).toEqual([
      ['1:12', '\u2009', ['']],
      ['1:20', '\u2009', ['']]
    ])
  })

  it('flags a curly quotation mark glued to the word outside it', async () => {
    const text = 'The mayor promised a“fair deal”for the port. He said “no”, then “yes.”Then he left.'
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:21', '“', [' “']],
      ['1:31', '”', ['” ']]
    ])
    expect(findings.map((finding) => finding.reason)).toEqual([
      'Unexpected opening quote `“` glued to the word before it, expected a space before it',
      'Unexpected closing quote `”` glued to the word after it, expected a space after it'
    ])
    // `yes.”Then` is fused-sentence's; a wrong-way mark is quote-direction's.
    expect(summary(await ruleFindings('fused-sentence', text))).toEqual([['1:69', '.”', ['.” ']]])
    expect(summary(await ruleFindings(id, 'The so-called “operation“began.'))).toEqual([])
  })

  it('leaves spaced brackets of code and of emoticons alone', async () => {
    const clean = [
      'Call s.prependLeft ( index, content ) or parseInt ( value ) first.',
      'Write if ( a == b ) or ( x; y ) there.',
      'Great news :( and ( ) empty, f( x ) too.',
      'Tick the box [ ] and move on.'
    ]
    for (const text of clean) expect(summary(await ruleFindings(id, text)), text).toEqual([])
  })

  it('leaves ellipses, abbreviations, numbers, paths, code and plural possessives alone', async () => {
    const clean = [
      'He paused... then went on. She waited … and left.',
      'Supplies (food, water, etc.) ran short, e.g., in Lyon; Acme Inc., the U.S. firm, agreed.',
      'Pages 1..10 of ../notes.txt, version .5 of .NET, and 3,000.50 euros.',
      'The players’ scores and the ministers’ views; a 6′ wall.',
      'Use `{a,b}` or DEBUG=app,db to list both.',
      'He said: “No.” Then, “Yes,” she said.'
    ]
    for (const text of clean) expect(summary(await ruleFindings(id, text)), text).toEqual([])
  })
})
