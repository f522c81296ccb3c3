import {describe, expect, it} from 'vitest'
import {fails, sortProblems, type CheckProblem} from '../../src/check/problems.js'
import {summarize, summaryLine} from '../../src/check/summary.js'

const at = (line: number, column: number) => ({line, column, offset: null})

function problem(path: string, line: number | undefined, extra: Partial<CheckProblem> = {}): CheckProblem {
  return {
    kind: 'unresolved-finding',
    severity: 'error',
    message: 'm',
    path,
    ...(line === undefined ? {} : {place: {start: at(line, 1), end: at(line, 2)}}),
    ruleId: 'r',
    ...extra
  }
}

describe('which problems fail', () => {
  it('errors always, warnings only with --frail, info never', () => {
    expect([fails({severity: 'error'}, false), fails({severity: 'warning'}, false), fails({severity: 'info'}, false)]).toEqual([true, false, false])
    expect([fails({severity: 'error'}, true), fails({severity: 'warning'}, true), fails({severity: 'info'}, true)]).toEqual([true, true, false])
  })
})

describe('sortProblems', () => {
  it('by path (code units, not locale), then a whole-file problem first, then line and column, then kind', () => {
    const sorted = sortProblems([
      problem('source-text/b.txt', 1),
      problem('cleaned/a.txt', 3),
      problem('Z.txt', 1),
      problem('cleaned/a.txt', undefined, {kind: 'cleaned-outdated'}),
      problem('cleaned/a.txt', 3, {kind: 'stale'}),
      problem('cleaned/a.txt', 2)
    ])
    expect(sorted.map((p) => `${p.path}:${p.place?.start.line ?? '-'}:${p.kind}`)).toEqual([
      'Z.txt:1:unresolved-finding',
      'cleaned/a.txt:-:cleaned-outdated',
      'cleaned/a.txt:2:unresolved-finding',
      'cleaned/a.txt:3:stale',
      'cleaned/a.txt:3:unresolved-finding',
      'source-text/b.txt:1:unresolved-finding'
    ])
  })
})

describe('summary', () => {
  it('counts documents that fail, problems by severity and kind, and names only the kinds present', () => {
    const documents = [
      {document: 'a.txt', corrections: 'corrections/a.yml', cleaned: 'cleaned/a.txt', score: null, problems: [problem('a.txt', 1), problem('a.txt', 2), problem('corrections/a.yml', 4, {kind: 'stale'})]},
      {document: 'b.txt', corrections: 'corrections/b.yml', cleaned: 'cleaned/b.txt', score: null, problems: [problem('corrections/b.yml', 6, {kind: 'proposed-correction', severity: 'warning'})]},
      {document: 'c.txt', corrections: null, cleaned: null, score: null, problems: []}
    ]
    const summary = summarize(documents, false)
    expect(summary.failed).toBe(1)
    expect(summary.severities).toEqual({error: 3, warning: 1, info: 0})
    expect(summary.kinds['unresolved-finding']).toBe(2)
    expect(summaryLine(summary)).toBe('check: 3 documents, 1 failed: 1 stale correction, 2 unresolved findings, 1 proposed correction')
    expect(summaryLine(summarize(documents, true))).toBe('check: 3 documents, 2 failed: 1 stale correction, 2 unresolved findings, 1 proposed correction')
    expect(summaryLine(summarize([documents[2]!], false))).toBe('check: 1 document, 0 failed')
  })
})
