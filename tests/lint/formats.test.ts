import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {formatOf} from '../../src/lint/formats.js'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor, type ProcessorOptions} from '../../src/lint/processor.js'
import {repoRoot, seedPath} from '../helpers.js'

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests', 'lint', 'fixtures', name), 'utf8')

async function lint(filePath: string, value: string, options?: ProcessorOptions) {
  const file = new VFile({path: filePath, value})
  await createProcessor(undefined, options).process(file)
  return {file, findings: file.messages as Finding[]}
}

/** `[rule, line:column-line:column, actual, expected]`: the whole of a finding that matters here. */
const brief = (findings: Finding[]) =>
  findings.map((finding) => {
    const place = finding.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return [
      finding.ruleId,
      `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`,
      finding.actual,
      finding.expected
    ]
  })

describe('formatOf', () => {
  it('chooses by extension, case-insensitively, and falls back to plain text', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.HTM', 'e.txt', 'f.rst', 'noext', undefined].map(formatOf)).toEqual([
      'markdown',
      'markdown',
      'html',
      'html',
      'text',
      'text',
      'text',
      'text'
    ])
  })
})

describe('Markdown', () => {
  const readme = fixture('readme.md')

  it('flags the prose of a README and nothing in its code, URLs, images, tables or HTML', async () => {
    const {findings} = await lint('README.md', readme)
    expect(brief(findings)).toEqual([
      ['unterminated-paragraph', '29:173-29:180', 'editors', undefined],
      ['false-friend', '6:14-6:25', 'assisted at', ['attended']]
    ])
  })

  it('the same text read as plain text is flagged in its code and URLs: the Markdown reading is what spares them', async () => {
    const {findings} = await lint('README.txt', readme)
    const rules = findings.map((finding) => finding.ruleId)
    expect(rules.filter((rule) => rule === 'repeated-word')).toHaveLength(4)
    expect(rules.filter((rule) => rule === 'encoding-damage')).toHaveLength(5)
    expect(rules.filter((rule) => rule === 'french-guillemets')).toHaveLength(2)
  })

  it('does not judge a heading or a list item as an unterminated paragraph', async () => {
    const item =
      'Counts crossings per checkpoint and per day for every bulletin that the ministry publishes. Merges the bulletins of the same day and writes them out as one file for the desk'
    expect(brief((await lint('a.md', `- ${item}\n- Writes a file\n`)).findings)).toEqual([])
    expect(brief((await lint('a.md', `## ${item}\n`)).findings)).toEqual([])
    expect(brief((await lint('a.md', `${item}\n`)).findings)).toEqual([['unterminated-paragraph', '1:170-1:174', 'desk', undefined]])
  })

  it('keeps positions in the original file across references, escapes, quotes, list indents and CRLF', async () => {
    const text = 'Tom &amp; Jerry \\* said it was used to combat combat aircraft.\r\n\r\n> A quote that goes on\r\n> and was used to combat combat jets.\r\n\r\n1. Item\r\n   with it used to combat combat planes.\r\n'
    const {findings} = await lint('a.md', text)
    expect(brief(findings)).toEqual([
      ['repeated-word', '1:40-1:53', 'combat combat', ['combat']],
      ['repeated-word', '4:19-4:32', 'combat combat', ['combat']],
      ['repeated-word', '7:20-7:33', 'combat combat', ['combat']]
    ])
    for (const finding of findings) {
      const place = finding.place as {start: {offset: number}; end: {offset: number}}
      expect(text.slice(place.start.offset, place.end.offset)).toBe('combat combat')
    }
  })

  it('lints past a bare "www." link, whose nodes remark gives no place, before text it remaps', async () => {
    // GFM makes "www." a link of made-up nodes; the indent of "  %" makes the next paragraph's
    // text differ from its source, so its positions are remapped and met the made-up ones.
    const text = '3 www.\n\nap.\nN\n  % and it was used to combat combat jets.\n'
    const {findings} = await lint('a.md', text)
    expect(brief(findings)).toEqual([['repeated-word', '5:24-5:37', 'combat combat', ['combat']]])
  })

  it('leaves YAML and TOML front matter alone', async () => {
    const yaml = '---\ntitle: talks resume\ntags: [world, combat combat]\n---\n\nIt is used to combat combat aircraft.\n'
    expect(brief((await lint('a.md', yaml)).findings)).toEqual([['repeated-word', '6:15-6:28', 'combat combat', ['combat']]])
    const toml = '+++\ntitle = "combat combat"\n+++\n\nFine.\n'
    expect(brief((await lint('a.md', toml)).findings)).toEqual([])
  })

  it('shows a finding across markup as written, without a fix that would delete the markup', async () => {
    const {findings} = await lint('a.md', 'It is used to combat **combat** aircraft.\n')
    expect(brief(findings)).toEqual([['repeated-word', '1:15-1:30', 'combat **combat', undefined]])
  })

  it('gives the file its text back: the rules read a prose view only while they run', async () => {
    const {file} = await lint('README.md', readme)
    expect(String(file.value)).toBe(readme)
  })
})

describe('HTML', () => {
  const article = fixture('article.html')

  it('flags the prose of an article page and nothing in its tags, attributes, scripts, styles, code or pre', async () => {
    const {findings} = await lint('article.html', article)
    expect(brief(findings)).toEqual([
      ['french-guillemets', '20:27-20:29', '« ', ['“']],
      ['french-guillemets', '20:69-20:71', ' »', ['”']],
      ['unterminated-paragraph', '21:176-21:180', 'city', undefined],
      ['false-friend', '14:53-14:64', 'assisted at', ['attended']]
    ])
  })

  it('the same page as plain text is flagged in its script, style, code and links', async () => {
    const rules = (await lint('article.txt', article)).findings.map((finding) => finding.ruleId)
    expect(rules.filter((rule) => rule === 'repeated-word')).toHaveLength(5)
    expect(rules).toContain('encoding-damage')
    expect(rules).toContain('quote-direction')
  })

  it('reads separate paragraphs as separate text blocks: a quote is not paired across them', async () => {
    const {findings} = await lint('a.html', '<p>He said “we will leave.</p>\n<p>Nobody answered.” Then they left.</p>\n')
    expect(brief(findings).map(([rule, at]) => [rule, at])).toEqual([
      ['quote-direction', '1:12-1:13'],
      ['quote-direction', '2:20-2:21']
    ])
  })

  it('keeps positions in the original file across character references', async () => {
    const {findings} = await lint('a.html', '<p>Tom &amp; Jerry&nbsp;said it was used to combat combat aircraft.</p>\n')
    expect(brief(findings)).toEqual([['repeated-word', '1:45-1:58', 'combat combat', ['combat']]])
  })

  it('keeps lines right after a bare "&" at the end of a line, which parse5 counts twice', async () => {
    // parse5 steps back over the line break after "&" and counts it again: every later line was
    // one too high, and the words placed by line and column missed their offsets.
    const {findings} = await lint('a.html', 'AT&\n<p>It was used to combat combat aircraft.</p>\n')
    expect(brief(findings)).toEqual([['repeated-word', '2:19-2:32', 'combat combat', ['combat']]])
    expect(findings[0]!.place).toMatchObject({start: {offset: 22}, end: {offset: 35}})
    // There a line past the end of the file had no point at all, and page-furniture threw.
    expect(brief((await lint('a.html', '&\n<b>\n~t.\n_\r\n')).findings)).toEqual([])
  })

  it('keeps positions across a lone CR and a CRLF, which HTML reads as one line break', async () => {
    // The CR was skipped as markup: after a lone CR every word fell on the end of the text (an
    // empty span at 2:14), and the word before a CRLF took the CR in ("desk\r").
    expect(brief((await lint('a.html', 'd\rcombat combat')).findings)).toEqual([['repeated-word', '2:1-2:14', 'combat combat', ['combat']]])
    const text =
      'Counts crossings per checkpoint and per day for every bulletin that the ministry publishes.\rIt merges the bulletins of the same day and writes them out as one file for the desk\r\n'
    const {findings} = await lint('a.html', text)
    expect(brief(findings)).toEqual([['unterminated-paragraph', '2:81-2:85', 'desk', undefined]])
    expect(findings[0]!.place).toMatchObject({start: {offset: 172}, end: {offset: 176}})
  })

  it('a finding that ends on a mark written as a reference or an escape covers the whole of it', async () => {
    // The end was placed one character into the reference (`&laquo;&`), so a fix replaced half
    // of `&nbsp;` and left `nbsp;` in the cleaned page.
    const page = '<p>He said &laquo;&nbsp;hello there&nbsp;&raquo; today.</p>\n'
    const {findings} = await lint('a.html', page)
    expect(brief(findings)).toEqual([
      ['french-guillemets', '1:12-1:25', '«\u00a0', ['“']],
      ['french-guillemets', '1:36-1:49', '\u00a0»', ['”']]
    ])
    const spans = findings.map((finding) => {
      const place = finding.place as {start: {offset: number}; end: {offset: number}}
      return page.slice(place.start.offset, place.end.offset)
    })
    expect(spans).toEqual(['&laquo;&nbsp;', '&nbsp;&raquo;'])
    const markdown = 'He said &#x201D;hello&#x201C; today.\n\nHe came here ,&#44; then left.\n\nHe came here ,\\, then left.\n'
    expect(brief((await lint('a.md', markdown)).findings)).toEqual([
      ['quote-direction', '1:9-1:17', '”', ['“']],
      ['quote-direction', '1:22-1:30', '“', ['”']],
      ['mistyped-punctuation', '3:14-3:20', ',,', [',']],
      ['mistyped-punctuation', '5:14-5:17', ',,', [',']]
    ])
  })

  it('keeps positions after character references without a semicolon or with many digits', async () => {
    // Such references were skipped as markup and every later word fell on the end of the text.
    for (const [reference, column] of [['&#999', 7], ['&#x41', 7], ['&copy 2024', 12], ['&notit', 8], ['&#99999999;', 13]] as const) {
      const {findings} = await lint('a.html', `${reference} combat combat`)
      expect(brief(findings)).toEqual([['repeated-word', `1:${column}-1:${column + 13}`, 'combat combat', ['combat']]])
    }
  })

  it('an empty or blank page or Markdown file has nothing to report', async () => {
    for (const [name, value] of [['a.html', ''], ['a.html', '\n  \n'], ['a.md', ''], ['a.md', '\n\n'], ['a.html', '<!-- postedit-disable -->']]) {
      const {file, findings} = await lint(name!, value!)
      expect([name, findings]).toEqual([name, []])
      expect(String(file.value)).toBe(value)
    }
  })

  it('format: html reads any path as HTML', async () => {
    const {findings} = await lint('page.txt', '<p>It is used to <code>combat combat</code> aircraft.</p>', {format: 'html'})
    expect(findings).toEqual([])
  })
})

describe('the seed article in each format', () => {
  const seed = readFileSync(seedPath, 'utf8')
  const key = (finding: Finding) => `${finding.ruleId} ${JSON.stringify(finding.actual)} ${JSON.stringify(finding.expected)}`

  it('as Markdown (it holds no markup) gives the plain text findings at the same places', async () => {
    const text = (await lint('seed.txt', seed)).findings
    const markdown = (await lint('seed.md', seed)).findings
    expect(text).toHaveLength(41)
    expect(brief(markdown)).toEqual(brief(text))
  })

  it('as HTML paragraphs gives the same findings, each pointing at its text in the page', async () => {
    const page = seed
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')
    const text = (await lint('seed.txt', seed)).findings
    const html = (await lint('seed.html', page)).findings
    expect(html.map(key).sort()).toEqual(text.map(key).sort())
    for (const finding of html) {
      const place = finding.place as {start: {offset: number}; end: {offset: number}}
      expect(page.slice(place.start.offset, place.end.offset)).toBe(finding.actual)
    }
  })
})
