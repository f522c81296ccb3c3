import {existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers.js'
import {project} from '../corrections/fixtures.js'

/** A corrections file for another document, broken past repair (invalid YAML). */
const brokenOther = {'source-text/b.txt': 'Other text.\n', 'corrections/b.yml': 'document: source-text/b.txt\ncorrections: [\n'}

describe('one broken corrections file stops only its own document', () => {
  it('`lint a.txt` is not affected by a broken corrections/b.yml', async () => {
    const cwd = project(brokenOther)
    const result = await runCli(['lint', 'source-text/article.txt', '--format', 'json', '--quiet'], cwd)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    // The rejected entry of article.yml still drops its finding: `roofs` is not reported.
    expect(result.stdout).not.toContain('roofs')
  })

  it('`lint b.txt` reports its own broken corrections file, exit 2', async () => {
    const cwd = project(brokenOther)
    const result = await runCli(['lint', 'source-text/b.txt'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: corrections\/b\.yml:2:14: invalid YAML: .*; fix the syntax there\n$/)
  })

  it('`lint` of both still reports the other text, on stdout, with exit 2', async () => {
    const cwd = project(brokenOther)
    const result = await runCli(['lint', '--format', 'json', '--quiet'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: corrections\/b\.yml:2:14: invalid YAML: .*; fix the syntax there\n$/)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{actual: string}>}>
    expect(report.map((file) => file.path)).toEqual(['source-text/article.txt'])
    // article.yml still applies: its rejected entry's finding (`roofs`) is dropped.
    expect(result.stdout).not.toContain('roofs')
    // Into an --output file, nothing: an exit-2 run leaves an earlier report as it was.
    const written = await runCli(['lint', '--format', 'json', '--output', 'report.json'], cwd)
    expect(written.code).toBe(2)
    expect(written.stdout).toBe('')
    expect(existsSync(path.join(cwd, 'report.json'))).toBe(false)
  })

  it('naming the text of a broken corrections file reports what is wrong with the file, not that there is none', async () => {
    const cwd = project(brokenOther)
    for (const args of [['apply', 'source-text/b.txt'], ['diff', 'source-text/b.txt']]) {
      const result = await runCli(args, cwd)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/^postedit: corrections\/b\.yml:2:14: invalid YAML: .*; fix the syntax there\n$/)
    }
  })

  it('propose and review go on with the other documents and exit 2 for the broken one', async () => {
    const cwd = project(brokenOther)
    const yamlError = /^postedit: corrections\/b\.yml:2:14: invalid YAML: .*; fix the syntax there\n$/
    const proposed = await runCli(['propose'], cwd)
    expect(proposed.code).toBe(2)
    expect(proposed.stderr).toMatch(yamlError)
    expect(proposed.stdout).toMatch(/^corrections\/article\.yml: \d+ proposed entr(y|ies) added/)
    const listed = await runCli(['review', 'list'], cwd)
    expect(listed.code).toBe(2)
    expect(listed.stderr).toMatch(yamlError)
    expect(listed.stdout).toContain('corrections/article.yml: ')
    // The count says what it is of: the broken file may hold proposed entries too.
    expect(listed.stdout).toMatch(/\n\d+ proposed entr(y|ies) in the corrections files that load \(1 file could not be read: see above\); `postedit review approve ID`/)
    const approved = await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
    expect(approved.code).toBe(2)
    expect(approved.stdout).toMatch(/^corrections\/article\.yml: \d+ entr(y|ies) approved by desk/)
    // With none left to list, it was "no entry is proposed", which the broken file may belie.
    expect((await runCli(['review', 'list'], cwd)).stdout).toBe('no entry is proposed in the corrections files that load (1 file could not be read: see above)\n')
  })

  it('apply writes the other documents and exits 2 for the broken one', async () => {
    const cwd = project(brokenOther)
    const result = await runCli(['apply'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('cleaned/article.txt: 2 corrections applied (1 proposed, 1 rejected not applied)\n')
    expect(result.stderr).toMatch(/^postedit: corrections\/b\.yml:2:14: invalid YAML: .*\n$/)
  })

  it('check reports the broken file and still judges the other document', async () => {
    const cwd = project(brokenOther)
    const result = await runCli(['check', '--format', 'github'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('file=corrections/b.yml,line=2,col=14')
    expect(result.stdout).toContain('file=cleaned/article.txt')
  })
})
