import {mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli, scratchDir} from '../helpers.js'

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests', 'rules', 'fixtures', name), 'utf8')
const text = 'Officials in Peking met envoys from Burma and Kiev.\n'

describe('the termbases setting', () => {
  it('merges the config’s TBX and YAML termbases, resolved from the config’s folder, with the built-in one', async () => {
    const dir = scratchDir({
      'docs/a.txt': text + 'Flights to Alma-Ata resumed.\n',
      'docs/.posteditrc': JSON.stringify({termbases: ['../terms/newsroom.tbx', '../terms/newsroom.yml']}),
      'terms/newsroom.tbx': fixture('newsroom.tbx'),
      'terms/newsroom.yml': fixture('newsroom.yml')
    })
    const result = await runCli(['lint', '--format', 'json', 'docs/a.txt'], dir)
    expect(result.stderr).toBe('')
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; place: {start: {line: number; column: number}}; actual: string; expected: string[]}>}>
    const terms = file!.messages.filter((message) => message.ruleId === 'term')
    expect(terms.map((message) => [`${message.place.start.line}:${message.place.start.column}`, message.actual, message.expected])).toEqual([
      ['1:14', 'Peking', ['Beijing']],
      ['1:37', 'Burma', ['Myanmar']],
      ['1:47', 'Kiev', ['Kyiv']],
      ['2:12', 'Alma-Ata', ['Almaty']]
    ])
  })

  it('refuses a termbase outside the project, also through a symbolic link', async () => {
    const outside = scratchDir({'terms.yml': fixture('newsroom.yml')})
    const dir = scratchDir({'a.txt': text, '.posteditrc': '{\n  "termbases": ["../elsewhere/terms.yml"]\n}\n'})
    const result = await runCli(['lint', 'a.txt'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: \.posteditrc:2:3: invalid configuration: termbase `\.\.\/elsewhere\/terms\.yml` is outside the project folder .+; move it inside the project and give a path relative to the config file\n$/)

    symlinkSync(outside, path.join(dir, 'linked'))
    const linked = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["linked/terms.yml"]}'})
    symlinkSync(outside, path.join(linked, 'linked'))
    const viaLink = await runCli(['lint', 'a.txt'], linked)
    expect(viaLink.code).toBe(2)
    expect(viaLink.stderr).toMatch(/invalid configuration: termbase `linked\/terms\.yml` is outside the project folder/)
  })

  it('stops with the termbase’s own file, line and column when it is broken or missing', async () => {
    const broken = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.tbx"]}', 'terms.tbx': '<tbx>\n<text><body>\n<conceptEntry></langSec>\n</body></text></tbx>\n'})
    expect(await runCli(['lint', 'a.txt'], broken)).toEqual({code: 2, stdout: '', stderr: 'postedit: terms.tbx:3:24: invalid termbase: XML: unexpected close tag\n'})

    const misspelt = fixture('dnipro.tbx').replace('x-precededBy', 'x-preceededBy')
    const condition = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.tbx"]}', 'terms.tbx': misspelt})
    expect(await runCli(['lint', 'a.txt'], condition)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: terms.tbx:20:13: invalid termbase: unknown condition <termNote type="x-preceededBy">, did you mean x-precededBy? (known: x-precededBy, x-notPrecededBy, x-followedBy, x-notFollowedBy, x-notInSentence)\n'
    })

    const missing = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.yml"]}'})
    expect(await runCli(['lint', 'a.txt'], missing)).toEqual({code: 2, stdout: '', stderr: 'postedit: .posteditrc:1:2: invalid configuration: termbase `terms.yml` does not exist; fix the path in `termbases` (it is relative to the config file)\n'})

    const folder = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.yml"]}'})
    mkdirSync(path.join(folder, 'terms.yml'))
    expect(await runCli(['lint', 'a.txt'], folder)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: terms.yml:1:1: invalid termbase: not a regular file; `termbases` names .tbx, .yml or .yaml files\n'
    })

    // Sparse: 64 MiB and a byte, with no disk written; refused by its size, never read.
    const huge = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.yml"]}'})
    writeFileSync(path.join(huge, 'terms.yml'), '')
    truncateSync(path.join(huge, 'terms.yml'), 64 * 1024 * 1024 + 1)
    expect(await runCli(['lint', 'a.txt'], huge)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: terms.yml:1:1: invalid termbase: is 67108865 bytes, more than the limit of 67108864 for a termbase; split it into several files\n'
    })

    // The place is where the YAML parser's stack ran out, which varies with the stack's size.
    const deep = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.yml"]}', 'terms.yml': 'terms: ' + '['.repeat(10000) + '\n'})
    const nested = await runCli(['lint', 'a.txt'], deep)
    expect(nested).toMatchObject({code: 2, stdout: ''})
    expect(nested.stderr).toMatch(/^postedit: terms\.yml:1:\d+: invalid termbase: YAML: lists or maps nested too deep; a termbase nests a few levels\n$/)

    const unknown = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": ["terms.csv"]}', 'terms.csv': 'Kiev,Kyiv\n'})
    expect((await runCli(['lint', 'a.txt'], unknown)).stderr).toBe('postedit: terms.csv:1:1: invalid termbase: unknown termbase format `.csv`, expected a .tbx, .yml or .yaml file\n')
  })

  it('takes terms inline as the rule’s options, and refuses them in another shape', async () => {
    const inline = {rules: {term: ['warning', {entries: [{preferred: 'Almaty', forbidden: ['Alma-Ata']}]}]}}
    const dir = scratchDir({'a.txt': 'From Alma-Ata to Kiev.\n', '.posteditrc': JSON.stringify(inline)})
    const result = await runCli(['lint', '--format', 'json', 'a.txt'], dir)
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string; expected: string[]}>}>
    expect(file!.messages.map((message) => [message.actual, message.expected])).toEqual([['Alma-Ata', ['Almaty']], ['Kiev', ['Kyiv']]])

    const bad = scratchDir({'a.txt': 'Kiev.\n', '.posteditrc': '{"rules": {"term": ["warning", {"entries": 5}]}}'})
    expect(await runCli(['lint', 'a.txt'], bad)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:1:33: invalid configuration: rule `term`: option `entries` must be a list of objects, such as `[{"preferred": "Kyiv", "forbidden": ["Kiev"]}]`, not 5\n'
    })

    // Inline entries are checked as a termbase's are: a condition that would never match as
    // written is refused at the option, with the fix.
    const config = (entry: object) => `{\n  "rules": {\n    "term": ["warning", {\n      "entries": [${JSON.stringify(entry)}]\n    }]\n  }\n}\n`
    const comma = scratchDir({'a.txt': 'Kiev.\n', '.posteditrc': config({preferred: 'Kyiv', forbidden: ['Kiev'], precededBy: ['in, near']})})
    expect(await runCli(['lint', 'a.txt'], comma)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:4:7: invalid configuration: rule `term`: option `entries`: entry 1 (`Kyiv`): `precededBy` `in, near` reads `in,` as one word: write alternatives as `in|at`\n'
    })
    const noForms = scratchDir({'a.txt': 'Kiev.\n', '.posteditrc': config({preferred: 'Kyiv'})})
    expect(await runCli(['lint', 'a.txt'], noForms)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:4:7: invalid configuration: rule `term`: option `entries`: entry 1 (`Kyiv`) needs `forbidden`, the forms to flag (a form or a list)\n'
    })
  })

  it('refuses a termbases value that is not a list of paths', async () => {
    const dir = scratchDir({'a.txt': text, '.posteditrc': '{"termbases": "terms.tbx"}'})
    expect(await runCli(['lint', 'a.txt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:1:2: invalid configuration: `termbases` must be a list of file paths, such as `["terms/newsroom.tbx"]`, not "terms.tbx"\n'
    })
  })
})
