import {describe, expect, it} from 'vitest'
import {mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {correctionsProblems, entryPlace} from '../../src/check/corrections-problems.js'
import {correctDocument} from '../../src/corrections/documents.js'
import {parseCorrections} from '../../src/corrections/load.js'
import {scratchDir} from '../helpers.js'

describe('entryPlace', () => {
  it('spans a field’s value in the corrections file, quotes included, with offsets', () => {
    const text = 'document: a.txt\ncorrections:\n  - id: one\n    exact: "combat combat"\n    replacement: combat\n    status: proposed\n'
    const {data, document, lineCounter} = parseCorrections(text, 'corrections/a.yml')
    const loaded = {path: '/x/corrections/a.yml', displayPath: 'corrections/a.yml', sourcePath: '/x/a.txt', data, document, lineCounter}
    const exact = entryPlace(loaded, 0, 'exact')
    expect(exact).toEqual({start: {line: 4, column: 12, offset: 52}, end: {line: 4, column: 27, offset: 67}})
    expect(text.slice(exact.start.offset!, exact.end.offset!)).toBe('"combat combat"')
    const status = entryPlace(loaded, 0, 'status')
    expect(text.slice(status.start.offset!, status.end.offset!)).toBe('proposed')
    // A field the entry lacks: the entry itself.
    expect(entryPlace(loaded, 0, 'reviewer').start).toEqual({line: 3, column: 5, offset: 33})
  })
})

describe('correctionsProblems', () => {
  it('places a problem of a whole file at none, and one inside it at its line and column', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': 'A text.\n',
      'corrections/a: b.yml': 'document: source-text/a.txt\ncorrections:\n  - id: one\n    exact: text\n    replacement: note\n    status: approved\n',
      'corrections/c.yml': 'document: source-text/missing.txt\ncorrections: []\n'
    })
    const [named, missing] = await Promise.all([correctDocument('corrections/a: b.yml', cwd), correctDocument('corrections/c.yml', cwd)])
    expect(correctionsProblems(named!)).toEqual([
      {
        kind: 'invalid-corrections',
        severity: 'error',
        message:
          'entry `one`: `reviewer` and `reviewed` are required when status is approved; run `postedit review approve one` to set both, or add who reviewed it and the date (YYYY-MM-DD)',
        path: 'corrections/a: b.yml',
        place: {start: {line: 3, column: 5, offset: null}, end: {line: 3, column: 5, offset: null}},
        ruleId: 'postedit/invalid-corrections'
      }
    ])
    expect(correctionsProblems(missing!).map((problem) => [problem.path, problem.place?.start.line, problem.message])).toEqual([
      ['corrections/c.yml', 1, `\`document\` names source-text/missing.txt, which does not exist; fix the path (it is relative to ${cwd})`]
    ])
  })

  it('keeps a problem of the whole file whole, even when its file name holds `: `', async () => {
    // A problem line split back apart at its first `: ` named `corrections/x` here.
    const outside = scratchDir({'x.yml': 'document: a.txt\ncorrections: []\n'})
    const cwd = scratchDir({'source-text/a.txt': 'A text.\n'})
    mkdirSync(path.join(cwd, 'corrections'))
    symlinkSync(path.join(outside, 'x.yml'), path.join(cwd, 'corrections/x: y.yml'))
    expect(correctionsProblems(await correctDocument('corrections/x: y.yml', cwd))).toEqual([
      {
        kind: 'invalid-corrections',
        severity: 'error',
        message: 'the corrections file is outside the project folder (symlinks followed); keep corrections files under corrections/',
        path: 'corrections/x: y.yml',
        ruleId: 'postedit/invalid-corrections'
      }
    ])
  })
})
