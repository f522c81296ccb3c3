import {describe, expect, it} from 'vitest'
import type {CheckProblem} from '../../src/check/problems.js'
import {annotation, escapeData, escapeProperty, githubAnnotations} from '../../src/report/github-annotations.js'
import {runCli, scratchDir} from '../helpers.js'

const at = (line: number, column: number, offset: number | null = null) => ({line, column, offset})

describe('check --format github', () => {
  it('escapes %, CR and LF in the message, and also : and , in property values, as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('dir,with:odd%name\n')).toBe('dir%2Cwith%3Aodd%25name%0A')
  })

  it('one workflow command per problem: error, warning and notice, with the span and the rule id as title', () => {
    const problems: CheckProblem[] = [
      {kind: 'unresolved-finding', severity: 'error', message: 'Unexpected `a`,\nexpected `b` (100%)', path: 'source-text/a,b.txt', place: {start: at(1, 15, 14), end: at(2, 3, 40)}, ruleId: 'repeated-word'},
      {kind: 'proposed-correction', severity: 'warning', message: 'entry `x`: proposed', path: 'corrections/a.yml', place: {start: at(6, 13), end: at(6, 21)}, ruleId: 'postedit/proposed-correction', correctionId: 'x'},
      {kind: 'unresolved-finding', severity: 'info', message: 'Unexpected `the`', path: 'source-text/a.txt', place: {start: at(2, 1), end: at(2, 4)}, ruleId: 'lowercase-sentence-start'},
      {kind: 'cleaned-missing', severity: 'error', message: 'missing: run `postedit apply`', path: 'cleaned/a.txt', ruleId: 'postedit/cleaned-missing'}
    ]
    expect(githubAnnotations(problems)).toBe(
      [
        '::error file=source-text/a%2Cb.txt,line=1,col=15,endLine=2,endColumn=3,title=repeated-word::Unexpected `a`,%0Aexpected `b` (100%25)',
        '::warning file=corrections/a.yml,line=6,col=13,endLine=6,endColumn=21,title=postedit/proposed-correction::entry `x`: proposed',
        '::notice file=source-text/a.txt,line=2,col=1,endLine=2,endColumn=4,title=lowercase-sentence-start::Unexpected `the`',
        '::error file=cleaned/a.txt,title=postedit/cleaned-missing::missing: run `postedit apply`',
        ''
      ].join('\n')
    )
    expect(annotation(problems[0]!)).not.toContain('\n')
  })

  it('from the command, sorted by file then position; nothing when all is well', async () => {
    const cwd = scratchDir({'source-text/b.txt': 'A fine text.\nthe end.\n', 'source-text/a.txt': 'It is used to combat combat aircraft.\n'})
    expect(await runCli(['check', '--format', 'github'], cwd)).toEqual({
      code: 1,
      stdout:
        '::error file=source-text/a.txt,line=1,col=15,endLine=1,endColumn=28,title=repeated-word::Unexpected repeated `combat`, remove one occurrence\n' +
        '::warning file=source-text/b.txt,line=2,col=1,endLine=2,endColumn=4,title=lowercase-sentence-start::Unexpected lowercase `the` at the start of a sentence, expected `The`\n',
      stderr: ''
    })
    expect(await runCli(['check', '--format', 'github'], scratchDir({'source-text/a.txt': 'Fine.\n'}))).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('a file name holding CR, LF, `::`, `,` and `%` stays inside its own file= property', async () => {
    const cwd = scratchDir({'source-text/a\r\n::error file=x::forged%0A,b:c.txt': 'They met in in Paris.\n'})
    const line =
      '::error file=source-text/a%0D%0A%3A%3Aerror file=x%3A%3Aforged%250A%2Cb%3Ac.txt,line=1,col=10,endLine=1,endColumn=15,title=repeated-word::Unexpected repeated `in`, remove one occurrence\n'
    expect(await runCli(['check', '--format', 'github'], cwd)).toEqual({code: 1, stdout: line, stderr: ''})
    expect(await runCli(['lint', '--format', 'github'], cwd)).toEqual({code: 1, stdout: line, stderr: ''})
  })
})
