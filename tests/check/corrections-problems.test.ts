import {describe, expect, it} from 'vitest'
import {entryPlace, splitProblemLine} from '../../src/check/corrections-problems.js'
import {parseCorrections} from '../../src/corrections/load.js'

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

describe('splitProblemLine', () => {
  it('splits `path:line:column: message`, and a line without a position', () => {
    expect(splitProblemLine('corrections/a.yml:3:5: entry `x`: `reviewer` is required; add: it')).toEqual({
      path: 'corrections/a.yml',
      place: {start: {line: 3, column: 5, offset: null}, end: {line: 3, column: 5, offset: null}},
      message: 'entry `x`: `reviewer` is required; add: it'
    })
    expect(splitProblemLine('corrections/a.yml: cannot read the corrections file (EACCES)')).toEqual({
      path: 'corrections/a.yml',
      message: 'cannot read the corrections file (EACCES)'
    })
  })
})
