import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'

const source = 'The minister said : « we will respond » .\nThey met in in Paris and it was eventually decided.The talks ended.\n'

const proposed = `  - id: french-spacing-at-1-18
    exact: " "
    suffix: ":"
    start: 17
    replacement: ""
    status: proposed
    rule: french-spacing
    category: Linguistic conventions/Punctuation
    severity: minor
    note: Unexpected space before \`:\`, English puts none
  - id: french-guillemets-at-1-21
    exact: "« "
    start: 20
    replacement: “
    status: proposed
    rule: french-guillemets
    category: Linguistic conventions/Punctuation
    severity: major
    note: Unexpected French guillemet \`«\` followed by a space, expected \`“\`
  - id: french-guillemets-at-1-38
    exact: " »"
    start: 37
    replacement: ”
    status: proposed
    rule: french-guillemets
    category: Linguistic conventions/Punctuation
    severity: major
    note: Unexpected French guillemet \`»\` preceded by a space, expected \`”\`
  - id: mistyped-punctuation-at-1-40
    exact: " "
    prefix: »
    start: 39
    replacement: ""
    status: proposed
    rule: mistyped-punctuation
    category: Linguistic conventions/Punctuation
    severity: minor
    note: Unexpected space before the full stop \`.\`, English puts none
  - id: repeated-word-in-in
    exact: in in
    start: 51
    replacement: in
    status: proposed
    rule: repeated-word
    category: Linguistic conventions/Grammar
    severity: major
    note: Unexpected repeated \`in\`, remove one occurrence
  - id: fused-sentence-decided-the
    exact: decided.The
    start: 85
    replacement: decided. The
    status: proposed
    rule: fused-sentence
    category: Linguistic conventions/Punctuation
    severity: major
    note: "Unexpected \`decided.The\`: two sentences run together at a full stop, expected \`decided. The\`"
`

const read = (cwd: string, file = 'corrections/a.yml') => readFileSync(path.join(cwd, file), 'utf8')

describe('postedit propose', () => {
  it('adds a proposed entry for each finding with one safe fix, to corrections/<name>.yml', async () => {
    const cwd = scratchDir({'source-text/a.txt': source})
    const result = await runCli(['propose'], cwd)
    expect(result).toEqual({code: 0, stdout: 'corrections/a.yml: 6 proposed entries added\n', stderr: ''})
    expect(read(cwd)).toBe(`document: source-text/a.txt\ncorrections:\n${proposed}`)
  })

  it('adds nothing on a second run, nor once the entries are reviewed; approved, they clean the text', async () => {
    const cwd = scratchDir({'source-text/a.txt': source})
    await runCli(['propose'], cwd)
    expect(await runCli(['propose'], cwd)).toEqual({code: 0, stdout: 'corrections/a.yml: 0 proposed entries added (6 already present)\n', stderr: ''})
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
    const before = read(cwd)
    expect((await runCli(['propose'], cwd)).stdout).toBe('corrections/a.yml: 0 proposed entries added (6 already present)\n')
    expect(read(cwd)).toBe(before)
    expect((await runCli(['apply'], cwd)).stdout).toBe('cleaned/a.txt: 6 corrections applied\n')
    expect(read(cwd, 'cleaned/a.txt')).toBe('The minister said: “we will respond”.\nThey met in Paris and it was eventually decided. The talks ended.\n')
  })

  it('a folder walk passes over cleaned/, the output; a text named like another document is told what to do', async () => {
    const cwd = scratchDir({'source-text/a.txt': source})
    await runCli(['propose'], cwd)
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
    await runCli(['apply'], cwd)
    const before = read(cwd)
    expect(await runCli(['propose', '.'], cwd)).toEqual({code: 0, stdout: 'corrections/a.yml: 0 proposed entries added (6 already present)\n', stderr: ''})
    expect(read(cwd)).toBe(before)
    writeFileSync(path.join(cwd, 'a.txt'), source)
    expect(await runCli(['propose', 'a.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: corrections/a.yml:1:11: this corrections file is for `source-text/a.txt`, not `a.txt`; propose writes a new text\'s entries to corrections/<its name>.yml, and this one corrects another text: give the text another file name\n'
    })
  })

  it('two new texts of one file name: the first starts corrections/<name>.yml, the second is told', async () => {
    // Both were planned into corrections/a.yml; writing the second stopped with an internal error.
    const cwd = scratchDir({'source-text/x/a.txt': 'They met in in Paris.\n', 'source-text/y/a.txt': 'It was eventually seen.\n'})
    const told =
      "postedit: corrections/a.yml: this run starts it for `source-text/x/a.txt`, so not for `source-text/y/a.txt`; propose writes a new text's entries to corrections/<its name>.yml: give the text another file name\n"
    expect(await runCli(['propose', '--dry-run'], cwd)).toMatchObject({code: 2, stderr: told})
    expect(existsSync(path.join(cwd, 'corrections'))).toBe(false)
    expect(await runCli(['propose'], cwd)).toEqual({code: 2, stdout: 'corrections/a.yml: 1 proposed entry added\n', stderr: told})
    expect(read(cwd)).toMatch(/^document: source-text\/x\/a\.txt\ncorrections:\n  - id: repeated-word-in-in\n/)
  })

  it('a rejected finding is not proposed again', async () => {
    const cwd = scratchDir({'source-text/a.txt': source})
    await runCli(['propose'], cwd)
    await runCli(['review', 'reject', 'repeated-word-in-in', '--reviewer', 'desk'], cwd)
    expect((await runCli(['propose'], cwd)).stdout).toBe('corrections/a.yml: 0 proposed entries added (5 already present)\n')
  })

  it("keeps an existing file's comments and entries, and leaves out fixes that overlap an entry", async () => {
    const existing = `# Desk notes: keep this.
document: source-text/a.txt
corrections:
  - id: met-twice   # a wider rewrite
    exact: met in in Paris
    replacement: met in Paris
    status: approved
    reviewer: desk
    reviewed: 2026-11-30
`
    const cwd = scratchDir({'source-text/a.txt': source, 'corrections/a.yml': existing})
    const result = await runCli(['propose'], cwd)
    expect(result.stdout).toBe('corrections/a.yml: 5 proposed entries added (1 overlapping an entry)\n')
    const text = read(cwd)
    expect(text.startsWith(existing)).toBe(true)
    expect(text.slice(existing.length)).toBe(proposed.replace(/ {2}- id: repeated-word-in-in\n(?: {4}.*\n)+/, ''))
  })

  it('counts findings without a safe fix, which stay for a person', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'They met in in Paris. It was eventually seen.\n'})
    expect((await runCli(['propose'], cwd)).stdout).toBe('corrections/a.yml: 1 proposed entry added (1 finding without a safe fix)\n')
  })

  it('--dry-run prints the entries and writes nothing; a corrections file names its source', async () => {
    const cwd = scratchDir({'source-text/a.txt': source, 'corrections/a.yml': 'document: source-text/a.txt\ncorrections: []\n'})
    const result = await runCli(['propose', 'corrections/a.yml', '--dry-run'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: proposed.replace(/^ {2}/gm, '') + '# corrections/a.yml: 6 proposed entries would be added; dry run, nothing written\n',
      stderr: ''
    })
    expect(read(cwd)).toBe('document: source-text/a.txt\ncorrections: []\n')
  })

  it('input problems: exit 2, one line, nothing written', async () => {
    const cwd = scratchDir({'source-text/a.txt': source, 'corrections/b.yml': 'document: source-text/a.txt\ncorrections: [\n'})
    const missing = await runCli(['propose', 'source-text/none.txt'], cwd)
    expect(missing).toEqual({code: 2, stdout: '', stderr: 'postedit: no such file or folder: `source-text/none.txt`\n'})
    const broken = await runCli(['propose', 'corrections/b.yml'], cwd)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^postedit: corrections\/b\.yml:\d+:\d+: invalid YAML: .*\n$/)
    expect(existsSync(path.join(cwd, 'corrections/a.yml'))).toBe(false)
  })
})
