import {describe, expect, it} from 'vitest'
import {byPlace, problemLine, problemText, readProblem, type Problem} from '../../src/problems/file-problem.js'

const at = (line: number | undefined, column: number | undefined, message: string): Problem => ({
  file: 'corrections/a.yml',
  ...(line === undefined ? {} : {line, column}),
  kind: 'invalid-corrections',
  message
})

describe('a problem rendered as one line', () => {
  it('is `file:line:column: message; fix`, the place dropped for a whole file and the fix when absent', () => {
    expect(problemLine({...at(3, 5, 'entry `x`: `reviewer` is required'), fix: 'add who reviewed it'})).toBe(
      'corrections/a.yml:3:5: entry `x`: `reviewer` is required; add who reviewed it'
    )
    expect(problemLine(at(undefined, undefined, 'cannot read the corrections file (EIO)'))).toBe('corrections/a.yml: cannot read the corrections file (EIO)')
    expect(problemText({message: 'no such file', fix: 'check the path'})).toBe('no such file; check the path')
  })

  it('takes a text file that cannot be read with its place, or without one', () => {
    expect(readProblem({file: 'source-text/a.txt', reason: 'is not valid UTF-8 (byte 0xe9)', fix: 'convert it', line: 2, column: 4}, 'invalid-corrections')).toEqual({
      file: 'source-text/a.txt',
      line: 2,
      column: 4,
      kind: 'invalid-corrections',
      message: 'is not valid UTF-8 (byte 0xe9)',
      fix: 'convert it'
    })
    expect(problemLine(readProblem({file: 'a.txt', reason: 'no such file', fix: 'check the path'}, 'invalid-corrections'))).toBe('a.txt: no such file; check the path')
  })
})

describe('byPlace', () => {
  it('keeps each line once, the whole file first, then by line and column, ties in the order found', () => {
    const problems = [at(4, 1, 'd'), at(2, 9, 'b'), at(2, 9, 'c'), at(undefined, undefined, 'a'), at(2, 9, 'b'), at(2, 10, 'e')]
    expect(byPlace(problems).map((problem) => problem.message)).toEqual(['a', 'b', 'c', 'e', 'd'])
  })
})
