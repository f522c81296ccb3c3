import {cpSync, existsSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {escapeHtml, highlight} from '../../src/report/html-report.js'
import {toJsonMessage} from '../../src/report/json-report.js'
import {copySeedTo, lintText, repoRoot, runCli, scratchDir} from '../helpers.js'
import {fingerprint} from '../corrections/fixtures.js'

const doubled = 'It is used to combat combat aircraft.\n'
const corrections = (document: string, status = 'approved') =>
  `document: ${document}\ncorrections:\n  - id: combat-combat\n    exact: combat combat\n    replacement: combat\n    status: ${status}\n    reviewer: desk\n    reviewed: 2026-11-20\n`

describe('highlight', () => {
  it('wraps each finding in marks, nested where findings overlap, each with one tab stop', async () => {
    const text = 'They met in in Paris. <b>\n'
    const findings = (await lintText(text)).map(toJsonMessage)
    expect(findings.map((finding) => finding.ruleId)).toEqual(['repeated-word'])
    const html = highlight(text, findings)
    expect(html).toBe(
      'They met <mark id="f-0" class="finding sev-error cat-linguistic-conventions" data-finding="0" data-rule="repeated-word" data-severity="error" data-category="Linguistic conventions/Grammar" ' +
        `data-tip="${escapeHtml(`error · repeated-word · Linguistic conventions/Grammar\n${findings[0]!.reason}\nSuggestion: "in"`)}" tabindex="0" aria-describedby="tip">in in</mark> Paris. &#60;b&#62;\n`
    )
  })

  it('gives overlapping findings a mark each, and an empty finding an empty mark', () => {
    const at = (offset: number) => ({line: 1, column: offset + 1, offset})
    const finding = (ruleId: string, start: number, end: number) => ({
      ruleId, source: 'postedit', reason: ruleId, fatal: false, severity: 'warning' as const, category: 'Style/x',
      place: {start: at(start), end: at(end)}, actual: null, expected: null, url: null
    })
    const html = highlight('abcdef', [finding('a', 1, 4), finding('b', 2, 5), finding('c', 6, 6)])
    const plain = html.replace(/ (class|data-category|data-severity|data-tip|aria-describedby)="[^"]*"/g, '')
    expect(plain).toBe(
      'a<mark id="f-0" data-finding="0" data-rule="a" tabindex="0">b</mark>' +
        '<mark data-finding="0" data-rule="a"><mark id="f-1" data-finding="1" data-rule="b" tabindex="0">cd</mark></mark>' +
        '<mark data-finding="1" data-rule="b">e</mark>f<mark id="f-2" data-finding="2" data-rule="c" tabindex="0"></mark>'
    )
  })
})

describe('postedit report', () => {
  it('writes cleaned/<name>.report.html per document, self-contained, its text escaped', async () => {
    const hostile = 'A line with <script>alert("x")</script> & a <img src="http://example.test/x.png"> in in it.\n'
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'corrections/a.yml': corrections('source-text/a.txt'),
      'source-text/hostile.txt': hostile
    })
    expect(await runCli(['report'], cwd)).toEqual({
      code: 0,
      stdout: 'source-text/a.txt: report written to cleaned/a.report.html\nsource-text/hostile.txt: report written to cleaned/hostile.report.html\n',
      stderr: ''
    })
    const page = readFileSync(path.join(cwd, 'cleaned/hostile.report.html'), 'utf8')
    // The text shows literally: no element of it survives as markup.
    expect(page).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; a &#60;img src=&#34;http://example.test/x.png&#34;&#62;')
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toMatch(/<img|<link|<iframe|@import|url\(/i)
    // Nothing that loads: no src, no href to another site but the rule links.
    expect(page).not.toMatch(/<[a-z]+[^>]*\ssrc=/i)
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1])
    expect(hrefs.filter((href) => !href!.startsWith('#') && !href!.startsWith('https://github.com/postedit/postedit/blob/main/docs/rules.md#'))).toEqual([])
    expect(page).toContain(`<meta name="viewport" content="width=device-width, initial-scale=1">`)

    const a = readFileSync(path.join(cwd, 'cleaned/a.report.html'), 'utf8')
    expect(a).toContain('<ins class="edit" data-correction="combat-combat" title="combat-combat">combat</ins> aircraft.')
    expect(a).toContain('<td class="ctx">…It is used to <del>combat combat</del> aircraft.\n…</td>')
    expect(a).toContain('<td class="ctx">…It is used to <ins>combat</ins> aircraft.\n…</td>')
    expect(a).toContain('It is used to combat <del>combat </del>aircraft.')
    expect(a).toContain('<strong class="score-value">714.29</strong>')
    expect(a).toContain('After the approved corrections</span> <strong class="score-value">0.00</strong>')
    expect(a).toContain('<select id="rule-filter"><option value="">all rules</option><option value="repeated-word">repeated-word</option></select>')
    // Written atomically, and the cleaned text itself is apply's business: not written here.
    expect(readdirSync(path.join(cwd, 'cleaned')).sort()).toEqual(['a.report.html', 'hostile.report.html'])
  })

  it('--out-dir and named documents', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, 'corrections/a.yml': corrections('source-text/a.txt'), 'notes/b.txt': 'Fine.\n'})
    expect(await runCli(['report', '--out-dir', 'out/html', 'source-text/a.txt', 'notes/b.txt'], cwd)).toEqual({
      code: 0,
      stdout: 'notes/b.txt: report written to out/html/b.report.html\nsource-text/a.txt: report written to out/html/a.report.html\n',
      stderr: ''
    })
    expect(existsSync(path.join(cwd, 'cleaned'))).toBe(false)
    expect(readFileSync(path.join(cwd, 'out/html/b.report.html'), 'utf8')).toContain('No corrections file names this document yet')
    // An empty --out-dir is no folder: nothing is written into the project's root.
    expect(await runCli(['report', '--out-dir', '', 'source-text/a.txt'], cwd)).toEqual({code: 2, stdout: '', stderr: 'postedit: --out-dir needs a folder, as in `--out-dir reports`\n'})
    expect(existsSync(path.join(cwd, 'a.report.html'))).toBe(false)
  })

  it('a folder: its texts, with their corrections when they have some', async () => {
    const cwd = scratchDir({'texts/a.txt': doubled, 'corrections/a.yml': corrections('texts/a.txt'), 'texts/b.txt': 'Fine.\n'})
    expect(await runCli(['report', 'texts'], cwd)).toEqual({
      code: 0,
      stdout: 'texts/a.txt: report written to cleaned/a.report.html\ntexts/b.txt: report written to cleaned/b.report.html\n',
      stderr: ''
    })
    expect(readFileSync(path.join(cwd, 'cleaned/a.report.html'), 'utf8')).toContain('data-correction="combat-combat"')
  })

  it('a stale correction: exit 2 with its line, no page for that document, the others written', async () => {
    const cwd = scratchDir({
      'source-text/a.txt': 'Nothing doubled here.\n',
      'corrections/a.yml': corrections('source-text/a.txt'),
      'source-text/b.txt': doubled
    })
    const result = await runCli(['report'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: corrections\/a\.yml:4:12: entry `combat-combat`: `exact` "combat combat" is not in source-text\/a\.txt/)
    expect(result.stdout).toBe('source-text/b.txt: report written to cleaned/b.report.html\n')
    expect(existsSync(path.join(cwd, 'cleaned/a.report.html'))).toBe(false)
  })

  it('two texts of one file name, or a page that is a cleaned text: refused, nothing overwritten', async () => {
    // Pages are named after the file name alone: the second page silently replaced the first.
    const cwd = scratchDir({'source-text/x/a.txt': doubled, 'source-text/y/a.txt': 'Fine.\n', 'source-text/b.txt': 'Fine.\n', 'source-text/b.md': 'Fine.\n'})
    expect(await runCli(['report'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "postedit: source-text/b.md: its report would be cleaned/b.report.html, and so would source-text/b.txt's; give the texts different file names, or report one at a time; nothing written for it\n" +
        "postedit: source-text/b.txt: its report would be cleaned/b.report.html, and so would source-text/b.md's; give the texts different file names, or report one at a time; nothing written for it\n" +
        "postedit: source-text/x/a.txt: its report would be cleaned/a.report.html, and so would source-text/y/a.txt's; give the texts different file names, or report one at a time; nothing written for it\n" +
        "postedit: source-text/y/a.txt: its report would be cleaned/a.report.html, and so would source-text/x/a.txt's; give the texts different file names, or report one at a time; nothing written for it\n"
    })
    expect(existsSync(path.join(cwd, 'cleaned'))).toBe(false)
    expect(await runCli(['report', 'source-text/x/a.txt'], cwd)).toMatchObject({code: 0, stdout: 'source-text/x/a.txt: report written to cleaned/a.report.html\n'})

    // apply cleans source-text/c.report.html into cleaned/c.report.html: c.txt's page must not replace it.
    const html = scratchDir({
      'source-text/c.report.html': '<p>It is used to combat combat aircraft.</p>\n',
      'corrections/c.yml': corrections('source-text/c.report.html'),
      'source-text/c.txt': 'Fine.\n'
    })
    expect((await runCli(['apply'], html)).code).toBe(0)
    const cleaned = readFileSync(path.join(html, 'cleaned/c.report.html'), 'utf8')
    const result = await runCli(['report', 'source-text/c.txt'], html)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: source-text/c.txt: its report would be cleaned/c.report.html, which is the cleaned text of source-text/c.report.html; name another folder with --out-dir; nothing written for it\n'
    })
    expect(readFileSync(path.join(html, 'cleaned/c.report.html'), 'utf8')).toBe(cleaned)
  })

  it('--out-dir through a link into source-text/, corrections/ or cleaned/: refused, no text replaced', async () => {
    // A page is renamed over <name>.report.html: here an HTML source and a cleaned text this run does not read.
    const cwd = scratchDir({
      'source-text/a.txt': doubled,
      'source-text/c.report.html': '<p>It is used to combat combat aircraft.</p>\n',
      'corrections/c.yml': corrections('source-text/c.report.html'),
      'notes/c.txt': 'Fine.\n'
    })
    expect((await runCli(['apply'], cwd)).code).toBe(0)
    const before = fingerprint(cwd)
    const cleaned = readFileSync(path.join(cwd, 'cleaned/c.report.html'), 'utf8')
    const elsewhere = 'name a folder outside source-text/, corrections/ and cleaned/'
    const refused = (given: string, how: string, fix = `${elsewhere} (or leave out --out-dir for cleaned/), as in \`--out-dir postedit-reports\``) => ({
      code: 2,
      stdout: '',
      stderr: `postedit: --out-dir \`${given}\` ${how}, where a page could replace a text postedit reads or writes; ${fix}\n`
    })
    symlinkSync('source-text', path.join(cwd, 'reports'))
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'reports'], cwd)).toEqual(refused('reports', 'leads through a symbolic link to source-text/'))
    // A link further up the path, to a folder not there yet.
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'reports/new'], cwd)).toEqual(refused('reports/new', 'leads through a symbolic link to source-text/new, in source-text/'))
    symlinkSync('cleaned', path.join(cwd, 'pages'))
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'pages'], cwd)).toEqual(refused('pages', 'leads through a symbolic link to cleaned/'))
    symlinkSync('../corrections', path.join(cwd, 'notes/kept'))
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'notes/kept'], cwd)).toEqual(refused('notes/kept', 'leads through a symbolic link to corrections/'))
    // Named as itself, source-text/ is refused as well; cleaned/ is where pages go.
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'source-text'], cwd)).toEqual(refused('source-text', 'is source-text/'))
    symlinkSync('../source-text', path.join(cwd, 'cleaned/linked'))
    expect(await runCli(['report', 'notes/c.txt', '--out-dir', 'cleaned/linked'], cwd)).toEqual(
      refused('cleaned/linked', 'leads through a symbolic link to source-text/', `replace the link with a real folder, or ${elsewhere} with --out-dir`)
    )
    expect(fingerprint(cwd)).toEqual({...before, reports: '-> source-text', pages: '-> cleaned', 'notes/kept': '-> ../corrections'})
    expect(readFileSync(path.join(cwd, 'cleaned/c.report.html'), 'utf8')).toBe(cleaned)
  })

  it('a page that would land on a text of this run through a linked --out-dir is refused', async () => {
    const cwd = scratchDir({'docs/b.txt': doubled, 'docs/b.report.html': '<p>Fine.</p>\n'})
    symlinkSync('docs', path.join(cwd, 'out'))
    expect(await runCli(['report', 'docs/b.txt', 'docs/b.report.html', '--out-dir', 'out'], cwd)).toEqual({
      code: 2,
      stdout: 'docs/b.report.html: report written to out/b.report.report.html\n',
      stderr: 'postedit: docs/b.txt: its report would be out/b.report.html, which is a text this run reads; name another folder with --out-dir; nothing written for it\n'
    })
    expect(readFileSync(path.join(cwd, 'docs/b.report.html'), 'utf8')).toBe('<p>Fine.</p>\n')
  })

  it('a page that would land on the source of a document not in this run is refused', async () => {
    const cwd = scratchDir({
      'articles/a.txt': doubled,
      'articles/a.report.html': '<p>Page b.</p>\n',
      'corrections/a.yml': 'document: articles/a.txt\ncorrections: []\n',
      'corrections/b.yml': 'document: articles/a.report.html\ncorrections: []\n'
    })
    expect(await runCli(['report', 'corrections/a.yml', '--out-dir', 'articles'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: articles/a.txt: its report would be articles/a.report.html, which is the source of a document under review; name another folder with --out-dir; nothing written for it\n'
    })
    expect(readFileSync(path.join(cwd, 'articles/a.report.html'), 'utf8')).toBe('<p>Page b.</p>\n')
  })

  it('the seed: one page, every finding in the table', async () => {
    const cwd = scratchDir()
    copySeedTo(cwd)
    cpSync(path.join(repoRoot, 'corrections/moscow-air-defense.yml'), path.join(cwd, 'corrections/moscow-air-defense.yml'))
    expect((await runCli(['report'], cwd)).code).toBe(0)
    const page = readFileSync(path.join(cwd, 'cleaned/moscow-air-defense.report.html'), 'utf8')
    const lint = JSON.parse((await runCli(['lint', '--format', 'json'], cwd)).stdout)
    expect(page.match(/<tr data-finding=/g)).toHaveLength(lint[0].messages.length)
    expect(page.match(/<mark id="f-\d+"/g)).toHaveLength(lint[0].messages.length)
  })

  it('--help', async () => {
    const result = await runCli(['report', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: postedit report \[documents\.\.\.\] \[options\]\n/)
  })
})
