import {cpSync, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyCorrections} from '../../src/corrections/apply.js'
import {parseCorrections} from '../../src/corrections/load.js'
import type {Correction} from '../../src/corrections/types.js'
import {copySeedTo, repoRoot, runCli, scratchDir} from '../helpers.js'

const source = 'Others were eventually seen.\nIt fell in a field.\n'
const edited = 'Others were possibly seen.\nIt fell into a field.\n'

const entriesYaml = `  - id: rec-1-eventually
    exact: eventually
    start: 12
    replacement: possibly
    status: proposed
    note: recorded from edited/a.txt
  - id: rec-2-in
    exact: in
    start: 37
    replacement: into
    status: proposed
    note: recorded from edited/a.txt
`

function read(cwd: string, file: string): string {
  return readFileSync(path.join(cwd, file), 'utf8')
}

function project(files: Record<string, string> = {}): string {
  return scratchDir({'source-text/a.txt': source, 'edited/a.txt': edited, ...files})
}

describe('postedit record', () => {
  it('writes proposed entries to corrections/<name>.yml and leaves SOURCE and EDITED alone', async () => {
    const cwd = project()
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    expect(result).toEqual({code: 0, stdout: 'corrections/a.yml: 2 proposed entries recorded\n', stderr: ''})
    expect(read(cwd, 'corrections/a.yml')).toBe(`document: source-text/a.txt\ncorrections:\n${entriesYaml}`)
    expect(read(cwd, 'source-text/a.txt')).toBe(source)
    expect(read(cwd, 'edited/a.txt')).toBe(edited)
  })

  it('a replacement holding a line of one space reads back as written, new file or old', async () => {
    // yaml folded the double-quoted text and wrote that line as a backslash: apply then gave `\`.
    const text = 'Line one is here.\n\nEnd.\n'
    const copy = 'Line one is here.\n\nThey met in Paris on Monday and said nothing more about it at all.\n \nEnd.\n'
    for (const corrections of [undefined, 'document: source-text/a.txt\ncorrections: []\n']) {
      const cwd = scratchDir({'source-text/a.txt': text, 'ed.txt': copy, ...(corrections ? {'corrections/a.yml': corrections} : {})})
      expect((await runCli(['record', 'source-text/a.txt', 'ed.txt'], cwd)).code).toBe(0)
      expect(read(cwd, 'corrections/a.yml')).toContain('    replacement: "They met in Paris on Monday and said nothing more about it at all.\\n \\nEnd."\n')
      await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
      expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: 'cleaned/a.txt: 1 correction applied\n', stderr: ''})
      expect(read(cwd, 'cleaned/a.txt')).toBe(copy)
    }
  })

  it('counts entries already present and does not add them twice', async () => {
    const cwd = project()
    await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    writeFileSync(path.join(cwd, 'edited/a.txt'), 'Others were possibly seen.\nIt fell into a meadow.\n')
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    expect(result).toEqual({code: 0, stdout: 'corrections/a.yml: 1 proposed entry recorded (2 already present)\n', stderr: ''})
    const {data} = parseCorrections(read(cwd, 'corrections/a.yml'), 'a.yml')
    expect(data.corrections.map((entry) => [entry.id, entry.exact, entry.replacement])).toEqual([
      ['rec-1-eventually', 'eventually', 'possibly'],
      ['rec-2-in', 'in', 'into'],
      ['rec-2-field', 'field', 'meadow']
    ])
  })

  it('a second pass on a copy edited further updates the entries it supersedes, and approved they give the copy', async () => {
    const cwd = project()
    await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd, {now: () => new Date(2026, 11, 1)})
    // The editor goes on from the cleaned text: the approved changes are already there.
    await runCli(['apply'], cwd)
    writeFileSync(path.join(cwd, 'edited/a.txt'), read(cwd, 'cleaned/a.txt'))
    expect((await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).stdout).toBe(
      'edited/a.txt is what the approved entries of corrections/a.yml give: nothing to record\n'
    )
    const further = 'Others were possibly observed.\nIt fell into a meadow.\n'
    writeFileSync(path.join(cwd, 'edited/a.txt'), further)
    const approved = read(cwd, 'corrections/a.yml')
    // Only the new edits are recorded; the approved entries stay as reviewed.
    expect(await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).toEqual({
      code: 0,
      stdout: 'corrections/a.yml: 2 proposed entries recorded\n',
      stderr: ''
    })
    expect(read(cwd, 'corrections/a.yml')).toBe(
      approved +
        '  - id: rec-1-seen\n    exact: seen\n    start: 23\n    replacement: observed\n    status: proposed\n    note: recorded from edited/a.txt\n' +
        '  - id: rec-2-field\n    exact: field\n    start: 42\n    replacement: meadow\n    status: proposed\n    note: recorded from edited/a.txt\n'
    )
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
    expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: 'cleaned/a.txt: 4 corrections applied\n', stderr: ''})
    expect(read(cwd, 'cleaned/a.txt')).toBe(further)
  })

  it('an edit inside what an approved entry wrote updates that entry, back to proposed', async () => {
    const cwd = project()
    await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd, {now: () => new Date(2026, 11, 1)})
    await runCli(['apply'], cwd)
    const further = 'Others were probably seen.\nIt fell into a field.\n'
    writeFileSync(path.join(cwd, 'edited/a.txt'), further)
    expect(await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).toEqual({
      code: 0,
      stdout: 'corrections/a.yml: 0 proposed entries recorded, 1 updated (rec-1-eventually: was approved, proposed again)\n',
      stderr: ''
    })
    await runCli(['review', 'approve', '--all', '--reviewer', 'desk'], cwd)
    expect((await runCli(['apply'], cwd)).code).toBe(0)
    expect(read(cwd, 'cleaned/a.txt')).toBe(further)
  })

  it('gives new entries ids that the file does not use yet', async () => {
    const existing = 'document: source-text/a.txt\ncorrections:\n  - id: rec-1-eventually\n    exact: Others\n    replacement: Some\n    status: proposed\n'
    const cwd = project({'corrections/a.yml': existing})
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    expect(result.stdout).toBe('corrections/a.yml: 2 proposed entries recorded\n')
    expect(read(cwd, 'corrections/a.yml')).toBe(existing + entriesYaml.replace('rec-1-eventually', 'rec-1-eventually-2'))
  })

  it('--dry-run prints the entries it would add and writes nothing', async () => {
    const cwd = project()
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt', '--dry-run'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      entriesYaml.replace(/^ {2}/gm, '') + '# corrections/a.yml: 2 proposed entries would be recorded; dry run, nothing written\n'
    )
    expect(existsSync(path.join(cwd, 'corrections'))).toBe(false)
  })

  it('--corrections names another file', async () => {
    const cwd = project()
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt', '--corrections', 'review/a-fixes.yml'], cwd)
    expect(result.stdout).toBe('review/a-fixes.yml: 2 proposed entries recorded\n')
    expect(read(cwd, 'review/a-fixes.yml')).toBe(`document: source-text/a.txt\ncorrections:\n${entriesYaml}`)
    expect(existsSync(path.join(cwd, 'corrections'))).toBe(false)
  })

  it('says so and writes nothing when the copy does not differ', async () => {
    const cwd = project({'edited/a.txt': source})
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)
    expect(result).toEqual({code: 0, stdout: 'source-text/a.txt and edited/a.txt do not differ: nothing to record\n', stderr: ''})
    expect(existsSync(path.join(cwd, 'corrections'))).toBe(false)
  })

  it('says so when the copy differs only in its line breaks', async () => {
    const cwd = project({'edited/a.txt': source.replace(/\n/g, '\r\n')})
    expect(await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).toEqual({
      code: 0,
      stdout: "source-text/a.txt and edited/a.txt differ only in their line breaks (CRLF and LF), which are an editor's, not corrections: nothing to record\n",
      stderr: ''
    })
    expect(existsSync(path.join(cwd, 'corrections'))).toBe(false)
  })

  it('says so when the copy differs only in its Unicode normalisation, and records only real edits in one saved in NFD', async () => {
    const accented = 'The café was eventually closed.\n'
    const cwd = project({'source-text/a.txt': accented, 'edited/a.txt': accented.normalize('NFD').replace(/\n/g, '\r\n')})
    expect(await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).toEqual({
      code: 0,
      stdout:
        "source-text/a.txt and edited/a.txt differ only in their line breaks (CRLF and LF) and Unicode normalisation (NFC and NFD), which are an editor's, not corrections: nothing to record\n",
      stderr: ''
    })
    writeFileSync(path.join(cwd, 'edited/a.txt'), accented.normalize('NFD'))
    expect((await runCli(['record', 'source-text/a.txt', 'edited/a.txt'], cwd)).stdout).toBe(
      "source-text/a.txt and edited/a.txt differ only in their Unicode normalisation (NFC and NFD), which is an editor's, not a correction: nothing to record\n"
    )
    writeFileSync(path.join(cwd, 'edited/a.txt'), accented.replace('eventually', 'later').normalize('NFD'))
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt', '--dry-run'], cwd)
    expect(result.stdout).toMatch(/^- id: rec-1-eventually\n[^]*# corrections\/a\.yml: 1 proposed entry would be recorded; dry run, nothing written\n$/)
  })

  it('ignores a copy saved with other line breaks', async () => {
    const cwd = project({'edited/a.txt': 'Others were possibly seen.\r\nIt fell in a field.\r\n'})
    const result = await runCli(['record', 'source-text/a.txt', 'edited/a.txt', '--dry-run'], cwd)
    expect(result.stdout).toMatch(/^- id: rec-1-eventually\n[^]*# corrections\/a\.yml: 1 proposed entry would be recorded; dry run, nothing written\n$/)
  })

  it('records a hand edit of the seed article so that applying it gives the edit back', async () => {
    const cwd = scratchDir()
    copySeedTo(cwd)
    const seed = read(cwd, 'source-text/moscow-air-defense.txt')
    const fixed = seed
      .replace('Others were eventually seen', 'Others were later seen')
      .replace('at a distance of 500 kilometers. from the front line', '500 kilometers from the front line')
      .replace('A news that', 'News that')
    writeFileSync(path.join(cwd, 'fixed.txt'), fixed)
    const result = await runCli(['record', 'source-text/moscow-air-defense.txt', 'fixed.txt'], cwd)
    expect(result.stdout).toBe('corrections/moscow-air-defense.yml: 4 proposed entries recorded\n')
    const {data} = parseCorrections(read(cwd, 'corrections/moscow-air-defense.yml'), 'x.yml')
    expect(data.corrections.map(({id, prefix, exact, suffix, replacement}) => ({id, prefix, exact, suffix, replacement}))).toEqual([
      {id: 'rec-7-at-a-distance-of', prefix: undefined, exact: 'at a distance of ', suffix: undefined, replacement: ''},
      {id: 'rec-7-punctuation', prefix: undefined, exact: '.', suffix: ' from', replacement: ''},
      {id: 'rec-7-a-news', prefix: undefined, exact: 'A news', suffix: undefined, replacement: 'News'},
      {id: 'rec-9-eventually', prefix: undefined, exact: 'eventually', suffix: undefined, replacement: 'later'}
    ])
    const approved = data.corrections.map((entry): Correction => ({...entry, status: 'approved', reviewer: 'ana', reviewed: '2026-11-25'}))
    expect(applyCorrections(seed, approved).text).toBe(fixed)
  })

  it('recorded from the cleaned text, adds only what was edited on top of the approved entries', async () => {
    const cwd = scratchDir()
    for (const dir of ['source-text', 'corrections', 'cleaned']) cpSync(path.join(repoRoot, dir), path.join(cwd, dir), {recursive: true})
    const before = read(cwd, 'corrections/moscow-air-defense.yml')
    // Untouched, the cleaned text is what the entries give: nothing to record, nothing changed.
    expect(await runCli(['record', 'source-text/moscow-air-defense.txt', 'cleaned/moscow-air-defense.txt'], cwd)).toEqual({
      code: 0,
      stdout: 'cleaned/moscow-air-defense.txt is what the approved entries of corrections/moscow-air-defense.yml give: nothing to record\n',
      stderr: ''
    })
    expect(read(cwd, 'corrections/moscow-air-defense.yml')).toBe(before)
    // Edited further: the headline (no entry wrote it) gets a new entry; an edit inside what an
    // entry wrote updates that entry alone, back to proposed. The other 69 stay approved.
    const cleaned = read(cwd, 'cleaned/moscow-air-defense.txt')
    const edited = cleaned
      .replace('Russia is installing air defense systems in Moscow', 'Russia installs air defense systems in Moscow')
      .replace('Russia is bracing for attack', 'Russia is bracing for an attack')
    expect(edited.split('\n').filter((line, index) => line !== cleaned.split('\n')[index])).toHaveLength(2)
    writeFileSync(path.join(cwd, 'edited.txt'), edited)
    const result = await runCli(['record', 'source-text/moscow-air-defense.txt', 'edited.txt'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: 'corrections/moscow-air-defense.yml: 1 proposed entry recorded, 1 updated (lead-reversed-sense: was approved, proposed again)\n',
      stderr: ''
    })
    const after = read(cwd, 'corrections/moscow-air-defense.yml')
    const {data} = parseCorrections(after, 'x.yml')
    expect(data.corrections.filter((entry) => entry.status === 'approved')).toHaveLength(69)
    const approved = data.corrections.map((entry): Correction => ({...entry, status: 'approved', reviewer: 'ana', reviewed: '2026-11-25'}))
    expect(applyCorrections(read(cwd, 'source-text/moscow-air-defense.txt'), approved).text).toBe(edited)
  })

  describe('errors: exit 2, one line, nothing written', () => {
    async function fails(argv: string[], message: string, files: Record<string, string> = {}) {
      const cwd = project(files)
      const before = readdirSync(cwd, {recursive: true}).map(String).sort()
      const contents = before.map((file) => (existsSync(path.join(cwd, file, '.')) ? '' : read(cwd, file)))
      const result = await runCli(argv, cwd)
      expect(result).toEqual({code: 2, stdout: '', stderr: `postedit: ${message}\n`})
      const after = readdirSync(cwd, {recursive: true}).map(String).sort()
      expect(after).toEqual(before)
      expect(after.map((file) => (existsSync(path.join(cwd, file, '.')) ? '' : read(cwd, file)))).toEqual(contents)
    }

    it('names a missing SOURCE', () => fails(['record', 'source-text/b.txt', 'edited/a.txt'], 'SOURCE `source-text/b.txt` does not exist'))

    it('names a missing EDITED', () => fails(['record', 'source-text/a.txt', 'edited/b.txt'], 'EDITED `edited/b.txt` does not exist'))

    it('names a folder given as SOURCE', () => fails(['record', 'source-text', 'edited/a.txt'], 'SOURCE `source-text` is a folder, not a text file'))

    it('wants exactly two paths', async () => {
      const usage = 'record takes SOURCE and EDITED, as in `postedit record source-text/x.txt edited/x.txt`'
      await fails(['record', 'source-text/a.txt'], usage)
      await fails(['record', 'source-text/a.txt', 'edited/a.txt', 'more.txt'], usage)
    })

    it('refuses a corrections file for another document', () =>
      fails(
        ['record', 'source-text/a.txt', 'edited/a.txt'],
        'corrections/a.yml:1:11: this corrections file is for `source-text/other.txt`, not `source-text/a.txt`; name another file with --corrections',
        {'corrections/a.yml': 'document: source-text/other.txt\ncorrections: []\n'}
      ))

    it('refuses an unparsable corrections file, naming file:line:col', () =>
      fails(
        ['record', 'source-text/a.txt', 'edited/a.txt'],
        'corrections/a.yml:3:16: invalid YAML: Missing closing "quote; fix the syntax there',
        {'corrections/a.yml': 'document: source-text/a.txt\ncorrections:\n  - exact: "open\n'}
      ))

    it('refuses a corrections file that is SOURCE or EDITED', () =>
      fails(
        ['record', 'source-text/a.txt', 'edited/a.txt', '--corrections', 'edited/a.txt'],
        'the corrections file is EDITED `edited/a.txt`; name another with --corrections'
      ))

    it('refuses an insertion into an empty SOURCE', () =>
      fails(['record', 'source-text/a.txt', 'edited/a.txt'], 'SOURCE `source-text/a.txt` is empty: there is no text to anchor corrections to', {
        'source-text/a.txt': ''
      }))
  })
})
