import {writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintFiles, shardOf, threadsFor} from '../../src/lint/run-lint.js'
import {scratchDir} from '../helpers.js'

describe('threadsFor', () => {
  it('uses the threads --jobs asks for, never more than the files, none for one', () => {
    expect(threadsFor(10, 4)).toBe(4)
    expect(threadsFor(3, 8)).toBe(3)
    expect(threadsFor(1, 8)).toBe(0)
    expect(threadsFor(500, 1)).toBe(0)
  })

  it('by default, one per core from 64 files on, and none below', () => {
    expect(threadsFor(63, undefined)).toBe(0)
    const cores = availableParallelism()
    expect(threadsFor(64, undefined)).toBe(cores > 1 ? Math.min(cores, 64) : 0)
  })
})

describe('shardOf', () => {
  it('cuts the list into contiguous shares that concatenate to the whole', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const shares = [1, 2, 3].map((index) => shardOf(files, {index, count: 3}))
    expect(shares).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f', 'g']])
    expect(shardOf(files, {index: 5, count: 9})).toEqual([])
    expect(shardOf(files, undefined)).toEqual(files)
  })
})

describe('the problems that stop lintFiles', () => {
  it('are values: a config at fault placed at its key, a text that is not UTF-8 at its byte, each said once', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': 'A text.\n',
      'source-text/b.txt': 'Another text.\n',
      'docs/.posteditrc': '{\n  "rulez": {}\n}\n',
      'docs/c.txt': 'Fine.\n',
      'docs/d.txt': 'Fine too.\n'
    })
    writeFileSync(path.join(cwd, 'source-text/b.txt'), Buffer.from('Fine.\nCaf\xe9 noir.\n', 'latin1'))
    const {problems} = await lintFiles({cwd, paths: ['source-text', 'docs']})
    expect(problems).toEqual([
      {
        file: 'docs/.posteditrc',
        line: 2,
        column: 3,
        kind: 'invalid-config',
        message: 'invalid configuration: unknown field `rulez`, expected `rules`, `score`, `termbases` or `maxBytes`'
      },
      {
        file: 'source-text/b.txt',
        line: 2,
        column: 4,
        kind: 'unreadable-text',
        message: 'is not valid UTF-8 (byte 0xe9)',
        fix: 'convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`'
      }
    ])
  })
})

describe('a Markdown or HTML text nested too deep to read', () => {
  const deepMarkdown = '> '.repeat(600) + 'Hello world.\n'
  const deepHtml = '<p>Fine.</p>\n' + '<div>'.repeat(600) + 'Hello.' + '</div>'.repeat(600)
  const problem = (file: string, line: number, column: number, format: string, what: string) => ({
    file,
    line,
    column,
    kind: 'unreadable-text',
    message: `${format} ${what} nested more than 512 levels deep`,
    fix: `flatten the nesting: postedit reads ${format} up to 512 levels deep, as browsers nest the elements they build`
  })

  it('is a problem of that file at the first node past 512 levels, and the other files are linted', async () => {
    const cwd = scratchDir({'docs/deep.md': deepMarkdown, 'docs/deep.html': deepHtml, 'docs/fine.md': 'The the end.\n'})
    const {files, problems} = await lintFiles({cwd, paths: ['docs'], jobs: 1})
    expect(problems).toEqual([
      // The 511th <div>: the page's <html> and <body> are two levels above the first.
      problem('docs/deep.html', 2, 2551, 'HTML', 'elements'),
      problem('docs/deep.md', 1, 1025, 'Markdown', 'blockquotes, lists, links or emphasis')
    ])
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([['docs/fine.md', ['repeated-word']]])
  })

  it('is the same problem when a worker thread lints it', async () => {
    const {WorkerPool} = await import('../../src/lint/worker-pool.js')
    const {ReadTextError} = await import('../../src/fs/read-text.js')
    const pool = new WorkerPool(1)
    try {
      const linted = pool.lint({value: deepMarkdown, path: 'docs/deep.md', cwd: process.cwd(), settings: undefined})
      await expect(linted).rejects.toBeInstanceOf(ReadTextError)
      await expect(linted).rejects.toMatchObject({file: 'docs/deep.md', line: 1, column: 1025, reason: 'Markdown blockquotes, lists, links or emphasis nested more than 512 levels deep'})
    } finally {
      await pool.close()
    }
  })

  it('is said in the order of the files, though a worker thread answers after a file read here fails', async () => {
    // a.md goes to a worker and fails there; b.txt fails as it is read, in this thread, first.
    const cwd = scratchDir({'docs/a.md': deepMarkdown, 'docs/c.md': 'Fine.\n'})
    writeFileSync(path.join(cwd, 'docs/b.txt'), Buffer.from([0x41, 0xff, 0x0a]))
    const {problems} = await lintFiles({cwd, paths: ['docs'], jobs: 2})
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}`)).toEqual(['docs/a.md:1:1025', 'docs/b.txt:1:2'])
  })

  it('a line of list markers past 512 levels is refused before the parser, which takes time square in them', async () => {
    // 8,000 `- ` took micromark a minute; a line of markers alone is a thematic break, read.
    const cwd = scratchDir({
      'docs/a.md': '- '.repeat(8000) + 'x.\n',
      'docs/b.md': '- '.repeat(8000) + '*\n',
      'docs/rule.md': '- '.repeat(8000) + '\n\nThe the end.\n'
    })
    const {files, problems} = await lintFiles({cwd, paths: ['docs'], jobs: 1})
    expect(problems).toEqual([
      problem('docs/a.md', 1, 513, 'Markdown', 'blockquotes, lists, links or emphasis'),
      // A mark of another kind at the end makes it a list, not a thematic break: it took 44 s.
      problem('docs/b.md', 1, 513, 'Markdown', 'blockquotes, lists, links or emphasis')
    ])
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([['docs/rule.md', ['repeated-word']]])
  })

  it('is read up to 512 levels', async () => {
    const cwd = scratchDir({'docs/a.md': '> '.repeat(500) + 'The the end.\n'})
    const {files, problems} = await lintFiles({cwd, paths: ['docs'], jobs: 1})
    expect(problems).toEqual([])
    expect(files[0]?.messages.map((message) => message.ruleId)).toEqual(['repeated-word'])
  })
})

describe('a library caller\'s documentDate', () => {
  it('is checked as --date is: a day that does not exist is a TypeError naming the text, not taken in silence', async () => {
    const cwd = scratchDir({'docs/a.txt': 'Fine.\n'})
    await expect(lintFiles({cwd, paths: ['docs'], documentDate: () => '2025-99-01'})).rejects.toThrow(
      new TypeError('documentDate gave "2025-99-01" for docs/a.txt: expected a calendar day written YYYY-MM-DD, such as 2023-01-20')
    )
    const {files} = await lintFiles({cwd, paths: ['docs'], documentDate: () => '2024-02-29'})
    expect(files[0]?.data.documentDate).toBe('2024-02-29')
  })
})
