import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {correctionsFilesFor, plainDocumentName} from '../../src/corrections/named-documents.js'
import {runCli, scratchDir} from '../helpers.js'

const rest = 'published: 2024-03-01\ncorrections: []\n'

describe('plainDocumentName', () => {
  it('reads a plain, double-quoted or single-quoted document, with a comment or a BOM', () => {
    expect(plainDocumentName(`document: source-text/a.txt\n${rest}`)).toBe('source-text/a.txt')
    expect(plainDocumentName(`# notes\ndocument: "source-text/a b.txt"  # the article\n${rest}`)).toBe('source-text/a b.txt')
    expect(plainDocumentName(`\uFEFFdocument: 'source-text/l''été.txt'\n${rest}`)).toBe("source-text/l'été.txt")
    expect(plainDocumentName(`${rest}document:   ./texts/a.txt\t\n`)).toBe('./texts/a.txt')
    expect(plainDocumentName(`---\ndocument: source-text/a.txt\n${rest}`)).toBe('source-text/a.txt')
  })

  it('gives up where YAML reads more than the line shows', () => {
    const unsure = [
      `{document: a.txt, published: 2024-03-01, corrections: []}`,
      `document: &doc a.txt\n${rest}`,
      `document: !!str a.txt\n${rest}`,
      `document: |\n  a.txt\n${rest}`,
      `document: >\n  a.txt\n${rest}`,
      `document: source-text/\n  a.txt\n${rest}`,
      `document: a.txt\ndocument: b.txt\n${rest}`,
      `document: a: b\n${rest}`,
      `document: "a\\tb.txt"\n${rest}`,
      `document: ~\n${rest}`,
      `document: 2024\n${rest}`,
      `document: true\n${rest}`,
      `document:\n  a.txt\n${rest}`,
      `  document: a.txt\n${rest}`,
      `{\ndocument: a.txt,\npublished: 2024-03-01,\ncorrections: []\n}\n`,
      `%YAML 1.1\n---\ndocument: on\n${rest}`,
      `document: a.txt\n${rest}---\ndocument: b.txt\n`,
      `document: a.txt\n${rest}...\n`,
      `document: a,b.txt\n${rest}`,
      rest
    ]
    for (const text of unsure) expect(plainDocumentName(text), text).toBeUndefined()
  })

  it('reads a line of 200,000 blanks as YAML does (a value pattern once retried every run of them)', () => {
    const blanks = ' \t'.repeat(100_000)
    expect(plainDocumentName(`document: a${blanks}b\n${rest}`)).toBe(`a${blanks}b`)
    expect(plainDocumentName(`document: a${blanks}#b\n${rest}`)).toBe('a')
    expect(plainDocumentName(`document: "a"${blanks}x\n${rest}`)).toBeUndefined()
  })

  it('never names another document than the YAML parser reads', () => {
    const values = ['a.txt', 'source-text/a.txt', 'a b.txt', "l'été.txt", 'a#b.txt', 'a #b.txt', 'x: y', 'a.txt:', '-a.txt', '[a].txt', '1e3', '0x1F', 'null', '.5', 'a,b.txt', '"a".txt', 'é.txt', '~a.txt']
    const writings = (value: string) => [value, `"${value.replace(/["\\]/g, '\\$&')}"`, `'${value.replace(/'/g, "''")}'`]
    const tails = ['', '  # comment', '\t#c', ' ']
    let read = 0
    for (const value of values) {
      for (const written of writings(value)) {
        for (const tail of tails) {
          const text = `document: ${written}${tail}\n${rest}`
          const named = plainDocumentName(text)
          if (named === undefined) continue
          read++
          let parsed: unknown
          try {
            parsed = parseDocument(text).get('document')
          } catch {
            parsed = undefined
          }
          expect(named, text).toBe(parsed)
        }
      }
    }
    // Most writings are read plainly; the check above is not vacuous.
    expect(read).toBeGreaterThan(150)
  })
})

describe('correctionsFilesFor', () => {
  it('keeps the corrections that name a text or its cleaned copy, and those it cannot read plainly', async () => {
    const cwd = scratchDir({
      'corrections/a.yml': `document: source-text/a.txt\n${rest}`,
      'corrections/b.yml': `document: source-text/b.txt\n${rest}`,
      'corrections/c.yaml': `{document: source-text/c.txt, published: 2024-03-01, corrections: []}\n`,
      'corrections/d.yml': `document: "source-text/d.txt"\n${rest}`,
      'corrections/notes.txt': 'not a corrections file',
      'source-text/a.txt': 'A.',
      'source-text/b.txt': 'B.'
    })
    const absolute = (file: string) => path.join(cwd, file)
    expect(await correctionsFilesFor([absolute('source-text/a.txt')], cwd)).toEqual(['corrections/a.yml', 'corrections/c.yaml'])
    expect(await correctionsFilesFor([absolute('cleaned/d.txt'), 'source-text/b.txt'], cwd)).toEqual(['corrections/b.yml', 'corrections/c.yaml', 'corrections/d.yml'])
    expect(await correctionsFilesFor([absolute('other.txt')], cwd)).toEqual(['corrections/c.yaml'])
  })
})

describe('lint reads only the corrections of the texts it lints', () => {
  it('dates and filters a text by its own corrections, and is not stopped by a broken file that names another', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': 'They met in in Paris.\n',
      'source-text/b.txt': 'They met in in Lyon.\n',
      'corrections/a.yml':
        'document: source-text/a.txt\npublished: 2024-03-01\ncorrections:\n  - id: keep\n    exact: in in\n    replacement: in\n    status: rejected\n    reviewer: desk\n    reviewed: 2024-03-02\n',
      'corrections/b.yml': 'document: source-text/b.txt\ncorrections:\n  - id: [broken\n'
    })
    const a = await runCli(['lint', 'source-text/a.txt', '--format', 'json'], cwd)
    expect({code: a.code, stderr: a.stderr}).toEqual({code: 0, stderr: ''})
    expect((JSON.parse(a.stdout) as {messages: unknown[]}[])[0]!.messages).toEqual([])
    const b = await runCli(['lint', 'source-text/b.txt'], cwd)
    expect(b.code).toBe(2)
    expect(b.stderr).toBe(
      'postedit: corrections/b.yml:3:15: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the syntax there\n'
    )
  })
})
