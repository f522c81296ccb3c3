import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {afterEach, describe, expect, it} from 'vitest'
import {saveReviewed} from '../../src/commands/review.js'
import {runCli, scratchDir} from '../helpers.js'

const source = 'They met in in Paris.\nIt was eventually seen on the roofs.\n'

const header = `# Corrections for the Paris piece.
document: source-text/a.txt
corrections:
`
const inIn = `  - id: repeated-word-in-in
    exact: in in
    replacement: in
    status: proposed   # from propose
    rule: repeated-word
    note: Unexpected repeated \`in\`, remove one occurrence
`
const eventually = `  - id: false-friend-eventually
    exact: eventually
    replacement: possibly
    status: proposed
    rule: false-friend
`
const roofs = `  # The desk checked this one.
  - id: roofs
    exact: roofs
    replacement: rooftops
    status: rejected
    reviewer: copy desk
    reviewed: 2026-11-20
`

const clock = {now: () => new Date(2026, 11, 1, 9, 30)}

function project(yaml = header + inIn + eventually + roofs): string {
  return scratchDir({'source-text/a.txt': source, 'corrections/a.yml': yaml})
}

const read = (cwd: string) => readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')

const decided = (block: string, status: string, reviewer = 'Ana Silva') =>
  block.replace('status: proposed', `status: ${status}`).replace(/\n$/, `\n    reviewer: ${reviewer}\n    reviewed: 2026-12-01\n`)

describe('postedit review approve / reject', () => {
  it('approves entries by id, setting reviewer and date and keeping every other byte', async () => {
    const cwd = project()
    const result = await runCli(['review', 'approve', 'repeated-word-in-in', '--reviewer', 'Ana Silva'], cwd, clock)
    expect(result).toEqual({
      code: 0,
      stdout: 'corrections/a.yml: 1 entry approved by Ana Silva on 2026-12-01 (repeated-word-in-in)\n',
      stderr: ''
    })
    expect(read(cwd)).toBe(header + decided(inIn, 'approved') + eventually + roofs)
    // The file is valid and the approved entry applies.
    expect((await runCli(['apply'], cwd)).stdout).toBe('cleaned/a.txt: 1 correction applied (1 proposed, 1 rejected not applied)\n')
  })

  it('rejects every proposed entry of a rule, and --all approves the rest', async () => {
    const cwd = project()
    expect((await runCli(['review', 'reject', '--rule', 'false-friend', '--reviewer', 'Ana Silva'], cwd, clock)).stdout).toBe(
      'corrections/a.yml: 1 entry rejected by Ana Silva on 2026-12-01 (false-friend-eventually)\n'
    )
    // --all leaves decided entries (the rejected ones) alone.
    expect((await runCli(['review', 'approve', '--all', '--reviewer', 'Ana Silva'], cwd, clock)).stdout).toBe(
      'corrections/a.yml: 1 entry approved by Ana Silva on 2026-12-01 (repeated-word-in-in)\n'
    )
    expect(read(cwd)).toBe(header + decided(inIn, 'approved') + decided(eventually, 'rejected') + roofs)
    expect(await runCli(['review', 'approve', '--all', '--reviewer', 'Ana Silva'], cwd, clock)).toEqual({
      code: 0,
      stdout: 'nothing to approve: no entry is proposed\n',
      stderr: ''
    })
  })

  it('--all fixes entries approved by hand without a reviewer: one error line each before, none after', async () => {
    const byHand = (block: string) => block.replace('status: proposed', 'status: approved')
    const cwd = project(header + byHand(inIn) + byHand(eventually))
    const before = await runCli(['apply'], cwd)
    expect(before.code).toBe(2)
    expect(before.stderr).toBe(
      'postedit: corrections/a.yml:4:5: entry `repeated-word-in-in`: `reviewer` and `reviewed` are required when status is approved; run `postedit review approve repeated-word-in-in` to set both, or add who reviewed it and the date (YYYY-MM-DD)\n' +
        'postedit: corrections/a.yml:10:5: entry `false-friend-eventually`: `reviewer` and `reviewed` are required when status is approved; run `postedit review approve false-friend-eventually` to set both, or add who reviewed it and the date (YYYY-MM-DD)\n'
    )
    expect((await runCli(['review', 'approve', '--all', '--reviewer', 'Ana Silva'], cwd, clock)).stdout).toBe(
      'corrections/a.yml: 2 entries approved by Ana Silva on 2026-12-01 (repeated-word-in-in, false-friend-eventually)\n'
    )
    expect(read(cwd)).toBe(header + decided(byHand(inIn), 'approved') + decided(byHand(eventually), 'approved'))
    expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: 'cleaned/a.txt: 2 corrections applied\n', stderr: ''})
  })

  it('a decision taken again keeps the first reviewer; a reversal by id replaces it', async () => {
    const cwd = project()
    expect((await runCli(['review', 'reject', 'roofs', '--reviewer', 'Ana Silva'], cwd, clock)).stdout).toBe(
      'corrections/a.yml: 1 already rejected (roofs)\n'
    )
    expect(read(cwd)).toBe(header + inIn + eventually + roofs)
    expect((await runCli(['review', 'approve', 'roofs', '--reviewer', 'Ana Silva'], cwd, clock)).stdout).toBe(
      'corrections/a.yml: 1 entry approved by Ana Silva on 2026-12-01 (roofs)\n'
    )
    expect(read(cwd)).toBe(
      header + inIn + eventually + roofs.replace('rejected', 'approved').replace('copy desk', 'Ana Silva').replace('2026-11-20', '2026-12-01')
    )
  })

  it('a name YAML would misread is quoted', async () => {
    const cwd = project()
    await runCli(['review', 'approve', 'false-friend-eventually', '--reviewer', 'desk: night shift'], cwd, clock)
    expect(read(cwd)).toBe(header + inIn + decided(eventually, 'approved', '"desk: night shift"') + roofs)
  })

  it('usage problems: exit 2, one line, nothing written', async () => {
    const cwd = project()
    const cases: [string[], string][] = [
      [['review', 'approve'], 'approve what? name entry ids, or use --rule RULE or --all, as in `postedit review approve --all`'],
      [['review', 'approve', 'repeated-word-in'], 'no entry `repeated-word-in` in corrections/a.yml; did you mean `repeated-word-in-in`?'],
      [['review', 'accept', 'roofs'], 'unknown review action `accept`; use `approve`, `reject` or `list` (or none, on a terminal)'],
      [['review', 'approve', 'roofs', '--reviewer', ' '], '--reviewer is empty; give the name of who reviews, as in `--reviewer "Ana Silva"`'],
      [['review', '--all'], '--rule and --all go with `approve` or `reject`'],
      [['review', 'approve', '--rule', 'repeated-words', '--reviewer', 'Ana'], 'no rule `repeated-words`; run `postedit rules` for the ids']
    ]
    for (const [argv, message] of cases) {
      expect(await runCli(argv, cwd, clock)).toEqual({code: 2, stdout: '', stderr: `postedit: ${message}\n`})
    }
    expect(read(cwd)).toBe(header + inIn + eventually + roofs)
  })

  it('an id in two files must be told apart with --corrections', async () => {
    const cwd = project()
    writeFileSync(path.join(cwd, 'source-text/b.txt'), source)
    writeFileSync(path.join(cwd, 'corrections/b.yml'), (header + inIn).replace('a.txt', 'b.txt'))
    expect(await runCli(['review', 'approve', 'repeated-word-in-in', '--reviewer', 'Ana'], cwd, clock)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: entry `repeated-word-in-in` is in corrections/a.yml and corrections/b.yml; name one with --corrections\n'
    })
    const result = await runCli(['review', 'approve', 'repeated-word-in-in', '--reviewer', 'Ana', '--corrections', 'source-text/b.txt'], cwd, clock)
    expect(result.stdout).toBe('corrections/b.yml: 1 entry approved by Ana on 2026-12-01 (repeated-word-in-in)\n')
    expect(read(cwd)).toBe(header + inIn + eventually + roofs)
  })

  it('keeps a byte order mark, and refuses to write a file changed since it was read', async () => {
    const cwd = project('\uFEFF' + header + inIn)
    await runCli(['review', 'approve', '--all', '--reviewer', 'Ana Silva'], cwd, clock)
    expect(read(cwd)).toBe('\uFEFF' + header + decided(inIn, 'approved'))
    const file = {path: path.join(cwd, 'corrections/a.yml'), displayPath: 'corrections/a.yml', bom: '', text: header + inIn}
    await expect(saveReviewed(file as never, 'changed')).rejects.toThrow(
      'corrections/a.yml changed while it was being reviewed; nothing written to it, review again'
    )
    expect(read(cwd)).toBe('\uFEFF' + header + decided(inIn, 'approved'))
  })

  describe('the reviewer', () => {
    const saved = process.env['GIT_CONFIG_GLOBAL']
    afterEach(() => {
      if (saved === undefined) delete process.env['GIT_CONFIG_GLOBAL']
      else process.env['GIT_CONFIG_GLOBAL'] = saved
    })

    it("defaults to git's user.name, and without one asks for --reviewer", async () => {
      const cwd = project()
      process.env['GIT_CONFIG_GLOBAL'] = path.join(cwd, 'no-such-gitconfig')
      execFileSync('git', ['init', '-q'], {cwd})
      expect(await runCli(['review', 'approve', 'roofs'], cwd, clock)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'postedit: no reviewer: pass --reviewer NAME (or set `git config user.name`)\n'
      })
      execFileSync('git', ['config', 'user.name', 'Git User'], {cwd})
      expect((await runCli(['review', 'approve', 'roofs'], cwd, clock)).stdout).toBe(
        'corrections/a.yml: 1 entry approved by Git User on 2026-12-01 (roofs)\n'
      )
    })
  })
})

describe('postedit review list', () => {
  it('lists the proposed entries; without a terminal, no action lists too', async () => {
    const cwd = project()
    const expected = {
      code: 0,
      stdout:
        'corrections/a.yml: repeated-word-in-in (repeated-word): "in in" → "in"\n' +
        'corrections/a.yml: false-friend-eventually (false-friend): "eventually" → "possibly"\n' +
        '2 proposed entries; `postedit review approve ID` or `reject ID` to decide\n',
      stderr: ''
    }
    expect(await runCli(['review', 'list'], cwd)).toEqual(expected)
    expect(await runCli(['review'], cwd)).toEqual(expected)
  })

  it('names the entries decided by hand without a reviewer, which apply refuses', async () => {
    const cwd = project(header + inIn.replace('status: proposed', 'status: approved') + eventually)
    expect(await runCli(['review', 'list'], cwd)).toEqual({
      code: 0,
      stdout:
        'corrections/a.yml: false-friend-eventually (false-friend): "eventually" → "possibly"\n' +
        '1 proposed entry; `postedit review approve ID` or `reject ID` to decide\n' +
        'corrections/a.yml: repeated-word-in-in (approved): decided without a reviewer and date, which apply refuses; `postedit review approve|reject ID` records them\n',
      stderr: ''
    })
  })
})

describe('postedit review --interactive', () => {
  const keys = (text: string) => ({...clock, stdin: Readable.from([text])})

  it('shows each proposed entry in context with a word diff and takes a/r/s/q', async () => {
    const cwd = project()
    const result = await runCli(['review', '--interactive', '--reviewer', 'Ana Silva'], cwd, keys('x\nr\na'))
    expect(result).toEqual({
      code: 0,
      stdout: [
        '[1/2] corrections/a.yml: entry `repeated-word-in-in` (repeated-word)',
        '  source-text/a.txt:1:10',
        '  They met in [-in -]Paris.',
        '  note: Unexpected repeated `in`, remove one occurrence',
        'approve, reject, skip or quit? [a/r/s/q] "x": press a, r, s or q',
        'approve, reject, skip or quit? [a/r/s/q] r',
        '[2/2] corrections/a.yml: entry `false-friend-eventually` (false-friend)',
        '  source-text/a.txt:2:8',
        '  It was [-eventually-]{+possibly+} seen on the roofs.',
        'approve, reject, skip or quit? [a/r/s/q] a',
        '1 approved, 1 rejected, 0 skipped; saved corrections/a.yml',
        ''
      ].join('\n'),
      stderr: ''
    })
    expect(read(cwd)).toBe(header + decided(inIn, 'rejected') + decided(eventually, 'approved') + roofs)
  })

  it('s skips, q quits keeping the decisions taken, and the end of input quits too', async () => {
    const cwd = project()
    const result = await runCli(['review', '-i', '--reviewer', 'Ana Silva'], cwd, keys('sq'))
    expect(result.stdout.split('\n').slice(-2)).toEqual(['0 approved, 0 rejected, 1 skipped, 1 not reviewed; nothing written', ''])
    expect(read(cwd)).toBe(header + inIn + eventually + roofs)
    const ended = await runCli(['review', '-i', '--reviewer', 'Ana Silva'], cwd, keys('a'))
    expect(ended.stdout.split('\n').slice(-3)).toEqual([
      'approve, reject, skip or quit? [a/r/s/q] ',
      '1 approved, 0 rejected, 0 skipped, 1 not reviewed; saved corrections/a.yml',
      ''
    ])
    expect(read(cwd)).toBe(header + decided(inIn, 'approved') + eventually + roofs)
  })

  it('off a terminal, a line is its keys only when each character is one: typed words are refused whole', async () => {
    // "approve" was read key by key: its a approved the first entry, its r rejected the second.
    const cwd = project()
    const result = await runCli(['review', '-i', '--reviewer', 'Ana Silva'], cwd, keys('approve\nyes\na\nsq\n'))
    const prompt = 'approve, reject, skip or quit? [a/r/s/q] '
    expect(result.stdout.split('\n').filter((line) => line.startsWith(prompt))).toEqual([
      `${prompt}"approve": press a, r, s or q`,
      `${prompt}"yes": press a, r, s or q`,
      `${prompt}a`,
      `${prompt}s`
    ])
    expect(result.stdout).toContain('1 approved, 0 rejected, 1 skipped; saved corrections/a.yml')
    expect(read(cwd)).toBe(header + decided(inIn, 'approved') + eventually + roofs)
  })

  it('saves each decision when it is taken, so a session cut short keeps them', async () => {
    // Saved only at the end, the decisions were lost when the session's output closed.
    const cwd = project()
    const stdin = new PassThrough()
    const session = runCli(['review', '-i', '--reviewer', 'Ana Silva'], cwd, {...clock, stdin})
    stdin.write('r\n')
    for (let tries = 0; tries < 500 && read(cwd) === header + inIn + eventually + roofs; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(read(cwd)).toBe(header + decided(inIn, 'rejected') + eventually + roofs)
    stdin.end('a\n')
    expect((await session).stdout).toContain('1 approved, 1 rejected, 0 skipped; saved corrections/a.yml')
    expect(read(cwd)).toBe(header + decided(inIn, 'rejected') + decided(eventually, 'approved') + roofs)
  })

  it('shows an entry that no longer anchors, with why', async () => {
    const cwd = project(header + eventually.replace('exact: eventually', 'exact: ultimately'))
    const result = await runCli(['review', '-i', '--reviewer', 'Ana Silva'], cwd, keys('s'))
    expect(result.stdout.split('\n').slice(1, 3)).toEqual([
      '  `exact` "ultimately" is not in source-text/a.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry',
      '  [-ultimately-]{+possibly+}'
    ])
  })
})
