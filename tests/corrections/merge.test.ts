import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CorrectionsError} from '../../src/corrections/errors.js'
import {parseCorrections} from '../../src/corrections/load.js'
import {mergeIntoCorrectionsFile, renderEntries, sameChange} from '../../src/corrections/merge.js'
import type {Correction} from '../../src/corrections/types.js'
import {scratchDir} from '../helpers.js'

const commented = `# Corrections for the drone article.
document: source-text/a.txt   # relative to the repo
corrections:
  # Checked against the French original.
  - id: lavrov
    exact: "Lavrov's office"   # the quote
    replacement: the office of Lavrov
    status: approved
    reviewer: ana
    reviewed: 2026-11-20
    # agreed with the desk

  - id: fell
    exact: fell in
    replacement: fell into
    status: proposed
    # see the style guide
  # more to come
# end of file
`

const recorded: Correction = {
  id: 'rec-3-seen',
  exact: 'seen',
  prefix: 'was ',
  replacement: 'spotted',
  status: 'proposed',
  note: 'recorded from edited/a.txt'
}

const recordedText = `  - id: rec-3-seen
    exact: seen
    prefix: "was "
    replacement: spotted
    status: proposed
    note: recorded from edited/a.txt
`

describe('mergeIntoCorrectionsFile', () => {
  it('appends after the last entry, keeping every other byte, comments included', async () => {
    const cwd = scratchDir({'corrections/a.yml': commented})
    const result = await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    const cut = commented.indexOf('  # more to come')
    const expected = commented.slice(0, cut) + recordedText + commented.slice(cut)
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(expected)
    expect(result).toMatchObject({displayPath: 'corrections/a.yml', added: [recorded], skipped: [], created: false, text: expected})
    expect(parseCorrections(expected, 'a.yml').data.corrections.map((entry) => entry.id)).toEqual(['lavrov', 'fell', 'rec-3-seen'])
  })

  it('skips an entry identical to one in the file, whatever its id', async () => {
    const cwd = scratchDir({'corrections/a.yml': commented})
    const same: Correction = {id: 'rec-9-fell-in', exact: 'fell in', replacement: 'fell into', status: 'proposed'}
    const result = await mergeIntoCorrectionsFile('corrections/a.yml', [same, recorded], {cwd, document: 'source-text/a.txt'})
    expect(result.added.map((entry) => entry.id)).toEqual(['rec-3-seen'])
    expect(result.skipped).toEqual([same])
  })

  it('writes nothing when every entry is already there', async () => {
    const cwd = scratchDir({'corrections/a.yml': commented})
    const same: Correction = {id: 'other', exact: 'fell in', replacement: 'fell into', status: 'proposed'}
    const result = await mergeIntoCorrectionsFile('corrections/a.yml', [same], {cwd, document: 'source-text/a.txt'})
    expect(result.added).toEqual([])
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(commented)
  })

  it('tells apart entries that differ only in context', () => {
    expect(sameChange({...recorded, id: 'x'}, recorded)).toBe(true)
    expect(sameChange({...recorded, prefix: 'is '}, recorded)).toBe(false)
    expect(sameChange({...recorded, prefix: undefined}, {...recorded, prefix: ''})).toBe(true)
    expect(sameChange({...recorded, suffix: '.'}, recorded)).toBe(false)
    expect(sameChange({...recorded, replacement: 'seen'}, recorded)).toBe(false)
  })

  it('creates a missing file, and its folder, naming the document relative to the cwd', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'It was seen.\n'})
    const result = await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: path.join(cwd, 'source-text/a.txt')})
    expect(result.created).toBe(true)
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(`document: source-text/a.txt\ncorrections:\n${recordedText}`)
  })

  it('fills an empty `corrections: []`, keeping its comment and what follows', async () => {
    const cwd = scratchDir({'corrections/a.yml': 'document: source-text/a.txt\ncorrections: []  # none yet\npublished: 2026-11-20\n'})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(
      `document: source-text/a.txt\ncorrections:  # none yet\n${recordedText}published: 2026-11-20\n`
    )
  })

  it('follows the indentation of the existing list', async () => {
    const text = 'document: source-text/a.txt\ncorrections:\n- id: a\n  exact: b\n  replacement: c\n  status: proposed\n'
    const cwd = scratchDir({'corrections/a.yml': text})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(
      text + recordedText.split('\n').map((line) => line.slice(2)).join('\n')
    )
  })

  it('adds a line break to a file that lacks a final one', async () => {
    const text = 'document: source-text/a.txt\ncorrections:\n  - id: a\n    exact: b\n    replacement: c\n    status: proposed'
    const cwd = scratchDir({'corrections/a.yml': text})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(`${text}\n${recordedText}`)
  })

  it('still adds to a flow-style list, through the Document API', async () => {
    const cwd = scratchDir({'corrections/a.yml': 'document: source-text/a.txt\ncorrections: [{id: a, exact: b, replacement: c, status: proposed}]\n'})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    const {data} = parseCorrections(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8'), 'a.yml')
    expect(data.corrections).toEqual([{id: 'a', exact: 'b', replacement: 'c', status: 'proposed'}, recorded])
  })

  it('quotes text with line breaks or edge spaces, and it reads back the same', () => {
    const entry: Correction = {id: 'x', exact: 'end.\n\nNext', prefix: ' ', suffix: ' word ', replacement: 'end. Next', status: 'proposed'}
    const text = renderEntries([entry])
    expect(text).toBe('- id: x\n  exact: "end.\\n\\nNext"\n  prefix: " "\n  suffix: " word "\n  replacement: end. Next\n  status: proposed\n')
    expect(parseCorrections(`document: a.txt\ncorrections:\n${text}`, 'a.yml').data.corrections).toEqual([entry])
  })

  it('keeps a byte order mark', async () => {
    const cwd = scratchDir({'corrections/a.yml': '\uFEFFdocument: source-text/a.txt\ncorrections: []\n'})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(`\uFEFFdocument: source-text/a.txt\ncorrections:\n${recordedText}`)
  })

  it('writes nothing on a dry run', async () => {
    const cwd = scratchDir({'corrections/a.yml': commented})
    const result = await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt', dryRun: true})
    expect(result.appended).toBe(recordedText.split('\n').map((line) => line.slice(2)).join('\n'))
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(commented)
    expect(existsSync(path.join(cwd, 'corrections/b.yml'))).toBe(false)
  })

  it('leaves no temporary file behind', async () => {
    const cwd = scratchDir({'corrections/a.yml': commented})
    await mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    expect(readdirSync(path.join(cwd, 'corrections'))).toEqual(['a.yml'])
  })

  it('refuses a file for another document, naming file:line:col, and leaves it alone', async () => {
    const text = '# b\ndocument: source-text/other.txt\ncorrections: []\n'
    const cwd = scratchDir({'corrections/a.yml': text})
    const merging = mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})
    await expect(merging).rejects.toThrow(CorrectionsError)
    await expect(merging).rejects.toThrow(
      'corrections/a.yml:2:11: this corrections file is for `source-text/other.txt`, not `source-text/a.txt`; name another file with --corrections'
    )
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(text)
  })

  it('refuses invalid YAML, naming file:line:col, and leaves it alone', async () => {
    const text = 'document: source-text/a.txt\ncorrections:\n  - id: x\n    exact: [unclosed\n'
    const cwd = scratchDir({'corrections/a.yml': text})
    await expect(mergeIntoCorrectionsFile('corrections/a.yml', [recorded], {cwd, document: 'source-text/a.txt'})).rejects.toThrow(
      /^corrections\/a\.yml:4:20: invalid YAML: /
    )
    expect(readFileSync(path.join(cwd, 'corrections/a.yml'), 'utf8')).toBe(text)
  })
})
