import {cpSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copySeedTo, repoRoot, runCli, scratchDir} from '../helpers.js'
import {read, tree} from '../corrections/fixtures.js'

const doubled = 'It is used to combat combat aircraft.\n'
const fixed = 'It is used to combat aircraft.\n'

function entry(status: 'approved' | 'proposed' | 'rejected', extra = ''): string {
  const review = status === 'proposed' ? '' : '    reviewer: desk\n    reviewed: 2026-11-20\n'
  return `  - id: combat-combat\n    exact: combat combat\n    replacement: combat\n    status: ${status}\n${review}${extra}`
}

function corrections(document: string, ...items: string[]): string {
  return `document: ${document}\ncorrections:\n${items.join('')}`
}

/** The summary lines, without the lint report above them. */
function summaries(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^(source-text|cleaned)\/.*: /.test(line))
}

describe('postedit run', () => {
  it('lints, applies, and sums up each document: findings, corrections, what is unresolved', async () => {
    const cwd = scratchDir({
      'source-text/approved.txt': doubled,
      'corrections/approved.yml': corrections('source-text/approved.txt', entry('approved')),
      'source-text/proposed.txt': doubled,
      'corrections/proposed.yml': corrections('source-text/proposed.txt', entry('proposed')),
      'source-text/rejected.txt': doubled,
      'corrections/rejected.yml': corrections('source-text/rejected.txt', entry('rejected', '    rule: repeated-word\n')),
      'source-text/none.txt': doubled
    })
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(summaries(result.stdout)).toEqual([
      'source-text/approved.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); 1 correction applied to cleaned/approved.txt; unresolved: 0 findings, 0 proposed corrections',
      'source-text/none.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); no corrections file; unresolved: 1 finding',
      'source-text/proposed.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); 0 corrections applied to cleaned/proposed.txt; unresolved: 1 finding, 1 proposed correction',
      // The reviewer rejected the finding: it is not reported any more.
      'source-text/rejected.txt: 0 findings (0 error, 0 warning, 0 info), MQM penalty 0.00 per 1,000 words (0 points, 7 words); 0 corrections applied to cleaned/rejected.txt; unresolved: 0 findings, 0 proposed corrections'
    ])
    expect(read(cwd, 'cleaned/approved.txt')).toBe(fixed)
    expect(read(cwd, 'cleaned/proposed.txt')).toBe(doubled)
    expect(read(cwd, 'cleaned/rejected.txt')).toBe(doubled)
    expect(existsSync(path.join(cwd, 'cleaned/none.txt'))).toBe(false)
    expect(read(cwd, 'source-text/approved.txt')).toBe(doubled)
  })

  it('on a scratch copy of the repo: the seed and its reviewed corrections give the committed cleaned text', async () => {
    const cwd = scratchDir()
    copySeedTo(cwd)
    cpSync(path.join(repoRoot, 'corrections/moscow-air-defense.yml'), path.join(cwd, 'corrections/moscow-air-defense.yml'))
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const [line, ...rest] = summaries(result.stdout)
    expect(rest).toEqual([])
    // Finding counts belong to the rules (tested there); the corrections part is exact, and
    // every finding on the seed is acted on by a reviewed entry.
    expect(line).toMatch(
      /^source-text\/moscow-air-defense\.txt: \d+ findings \(\d+ error, \d+ warning, \d+ info\), MQM penalty \d+\.\d\d per 1,000 words \(\d+ points, 868 words\); 70 corrections applied to cleaned\/moscow-air-defense\.txt; unresolved: 0 findings, 0 proposed corrections$/
    )
    expect(read(cwd, 'cleaned/moscow-air-defense.txt')).toBe(read(repoRoot, 'cleaned/moscow-air-defense.txt'))
    expect(tree(cwd)).toEqual([
      'cleaned/moscow-air-defense.txt',
      'corrections/moscow-air-defense.yml',
      'source-text/moscow-air-defense.txt'
    ])
  })

  it('a stale correction: exit 2, its line, nothing written for that document, the others done', async () => {
    const cwd = scratchDir({
      'source-text/good.txt': doubled,
      'corrections/good.yml': corrections('source-text/good.txt', entry('approved')),
      'source-text/stale.txt': fixed,
      'corrections/stale.yml': corrections('source-text/stale.txt', entry('approved'))
    })
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'postedit: corrections/stale.yml:4:12: entry `combat-combat`: `exact` "combat combat" is not in source-text/stale.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry\n'
    )
    expect(summaries(result.stdout)).toEqual([
      'source-text/good.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); 1 correction applied to cleaned/good.txt; unresolved: 0 findings, 0 proposed corrections',
      'source-text/stale.txt: 0 findings (0 error, 0 warning, 0 info), MQM penalty 0.00 per 1,000 words (0 points, 6 words); corrections not applied (see the errors above); unresolved: 0 findings, 0 proposed corrections'
    ])
    expect(read(cwd, 'cleaned/good.txt')).toBe(fixed)
    expect(existsSync(path.join(cwd, 'cleaned/stale.txt'))).toBe(false)
  })

  it('an invalid corrections file: exit 2, its problem line, the lint report still printed', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'corrections/a.yml': corrections('source-text/a.txt', entry('approved').replace('    reviewer: desk\n', ''))
    })
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'postedit: corrections/a.yml:3:5: entry `combat-combat`: `reviewer` is required when status is approved; add who reviewed it\n'
    )
    expect(result.stdout).toContain('repeated-word')
    expect(summaries(result.stdout)).toEqual([
      'source-text/a.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); corrections/a.yml invalid (see the errors above), nothing applied; unresolved: 1 finding'
    ])
    expect(tree(cwd)).toEqual(['corrections/a.yml', 'source-text/a.txt'])

    // Too broken to name its document: it still answers for the text of its name.
    const unreadable = scratchDir({'source-text/a.txt': doubled, 'corrections/a.yml': 'document: [\n'})
    const broken = await runCli(['run'], unreadable)
    expect(broken.code).toBe(2)
    expect(summaries(broken.stdout)).toEqual([
      'source-text/a.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); corrections/a.yml invalid (see the errors above), nothing applied; unresolved: 1 finding'
    ])
  })

  it('without a corrections folder it only lints', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(0)
    expect(summaries(result.stdout)).toEqual(['source-text/a.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); no corrections file; unresolved: 1 finding'])
    expect(tree(cwd)).toEqual(['source-text/a.txt'])
  })

  it('lints and sums up a document under review even where .posteditignore excludes its text', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'corrections/a.yml': corrections('source-text/a.txt', entry('approved')),
      'source-text/b.txt': doubled,
      '.posteditignore': 'source-text/\n'
    })
    const result = await runCli(['run'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    // b.txt, under no review, stays excluded.
    expect(summaries(result.stdout)).toEqual([
      'source-text/a.txt: 1 finding (1 error, 0 warning, 0 info), MQM penalty 714.29 per 1,000 words (5 points, 7 words); 1 correction applied to cleaned/a.txt; unresolved: 0 findings, 0 proposed corrections'
    ])
    expect(read(cwd, 'cleaned/a.txt')).toBe(fixed)

    // Named, the folder is walked the same way; the text, written any way, or a glob that matches it.
    for (const given of ['source-text', './source-text/a.txt', 'source-text/*.txt', 'source-text/a.*']) {
      const named = await runCli(['run', given], cwd)
      expect([given, named.code, named.stderr]).toEqual([given, 0, ''])
      expect(summaries(named.stdout)).toEqual(summaries(result.stdout))
    }
  })
})
