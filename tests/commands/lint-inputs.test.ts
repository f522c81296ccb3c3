import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from '../helpers.js'

/** What a shell pipes into `postedit lint -`. */
const piped = (text: string | Uint8Array) => ({stdin: Readable.from([Buffer.from(text)])})

const doubled = 'It is used to combat combat aircraft.\n'

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; place: {start: {line: number; column: number}}; severity: string; reason: string}>
}

const brief = (stdout: string) =>
  (JSON.parse(stdout) as JsonFile[]).map((file) => ({
    path: file.path,
    findings: file.messages.map((message) => `${message.place.start.line}:${message.place.start.column} ${message.ruleId} ${message.severity}`)
  }))

describe('postedit lint - (standard input)', () => {
  it('lints standard input as plain text named <stdin>', async () => {
    const cwd = scratchDir()
    const result = await runCli(['lint', '-', '--format', 'json'], cwd, piped(doubled))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(brief(result.stdout)).toEqual([{path: '<stdin>', findings: ['1:15 repeated-word error']}])
  })

  it('--stdin-filename picks the format, the config and the name in the report', async () => {
    const cwd = scratchDir({'notes/.posteditrc': JSON.stringify({rules: {'repeated-word': 'warning'}})})
    const markdown = 'Run `combat combat` here.\n\nIt is used to combat combat aircraft.\n'
    const result = await runCli(['lint', '-', '--stdin-filename', 'notes/today.md', '--format', 'json'], cwd, piped(markdown))
    expect(result.code).toBe(0)
    expect(brief(result.stdout)).toEqual([{path: 'notes/today.md', findings: ['3:15 repeated-word warning']}])

    // The same text as plain text: the code is linted too, and no config applies outside notes/.
    const plain = await runCli(['lint', '-', '--stdin-filename', 'today.txt', '--format', 'json'], cwd, piped(markdown))
    expect(plain.code).toBe(1)
    expect(brief(plain.stdout)).toEqual([{path: 'today.txt', findings: ['1:6 repeated-word error', '3:15 repeated-word error']}])
  })

  it('prints the pretty report under the given name', async () => {
    const cwd = scratchDir()
    const result = await runCli(['lint', '-', '--stdin-filename', 'draft.txt'], cwd, piped('A clean sentence.\n'))
    expect(result).toEqual({code: 0, stdout: 'draft.txt: no issues found\n', stderr: ''})
  })

  it('refuses standard input that is not UTF-8, naming the place and the fix', async () => {
    const cwd = scratchDir()
    const latin1 = Buffer.from('Caf\xe9 au lait.\n', 'latin1')
    expect(await runCli(['lint', '-', '--stdin-filename', 'menu.txt'], cwd, piped(latin1))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: menu.txt:1:4: is not valid UTF-8 (byte 0xe9); convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`\n'
    })
  })

  it('exits 2 on - mixed with paths, --stdin-filename without -, or no standard input', async () => {
    const cwd = scratchDir({'a.txt': doubled})
    expect(await runCli(['lint', '-', 'a.txt'], cwd, piped(doubled))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: `-` reads standard input and lints nothing else: give either `-` or paths\n'
    })
    expect(await runCli(['lint', 'a.txt', '--stdin-filename', 'x.md'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: --stdin-filename needs `-` among the paths, as in `postedit lint - --stdin-filename notes.md`\n'
    })
    expect(await runCli(['lint', '-'], cwd)).toEqual({code: 2, stdout: '', stderr: 'postedit: no standard input to read for `-`\n'})
  })

  it('passes over standard input named as a file .posteditignore excludes, with a warning, as a file named outright', async () => {
    // It was exit 2: an editor integration piping every buffer failed on the ignored ones.
    const cwd = scratchDir({'.posteditignore': 'drafts/\n'})
    const warning = 'postedit: warning: drafts/a.txt: is excluded by .posteditignore, so it is not linted; remove its pattern from .posteditignore to lint it\n'
    expect(await runCli(['lint', '-', '--stdin-filename', 'drafts/a.txt', '--format', 'json'], cwd, piped(doubled))).toEqual({code: 0, stdout: '[]\n', stderr: warning})
    expect(await runCli(['lint', '-', '--stdin-filename', 'drafts/a.txt'], cwd, piped(doubled))).toEqual({code: 0, stdout: '', stderr: warning})
    expect(await runCli(['lint', '-', '--stdin-filename', 'notes/a.txt', '--format', 'json'], cwd, piped(doubled))).toMatchObject({code: 1, stderr: ''})
  })
})

describe('postedit lint on Markdown and HTML files', () => {
  it('scores per 1,000 words of prose: tags, attributes and scripts are not words', async () => {
    const cwd = scratchDir({
      'page.html': '<p class="lead intro">It is used to combat combat aircraft.</p>\n<script>var total = 1 + 2;</script>\n'
    })
    const result = await runCli(['lint', 'page.html', '--format', 'json'], cwd)
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as Array<{path: string; score: unknown}>
    expect(file).toMatchObject({
      path: 'page.html',
      score: {words: 7, findings: {neutral: 0, minor: 0, major: 1, critical: 0}, points: 5, perThousandWords: 714.29}
    })
  })
})
