import {describe, expect, it} from 'vitest'
import {parseSettings} from '../../src/lint/project-settings.js'
import {runCli, scratchDir} from '../helpers.js'

const text = 'The minister said so. the strikes would continue.\n'

describe('rule options are checked against what each rule declares', () => {
  it('a wrong type names .posteditrc, its line and column, the key and the expected type', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, '.posteditrc': '{\n  "rules": {\n    "lowercase-sentence-start": ["error", {"names": 5}]\n  }\n}\n'})
    expect(await runCli(['lint'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:3:44: invalid configuration: rule `lowercase-sentence-start`: option `names` must be a list of text, such as `["vfile"]`, not 5\n'
    })
  })

  it('an unknown option key is an error, not silently ignored', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, '.posteditrc': '{"rules": {"lowercase-sentence-start": ["error", {"name": ["x"]}]}}\n'})
    expect(await runCli(['lint'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:1:51: invalid configuration: rule `lowercase-sentence-start`: unknown option `name`; known options: `names`\n'
    })
  })

  it('a rule that takes no options says so', () => {
    expect(() => parseSettings('{"rules": {"fused-sentence": ["error", {"x": 1}]}}', '.posteditrc')).toThrow(
      '.posteditrc:1:41: invalid configuration: rule `fused-sentence`: unknown option `x`; it takes no options'
    )
  })

  it('weekday-date takes a calendar day as YYYY-MM-DD for its date, nothing else', () => {
    for (const date of ['xyz', '2023-02-30', '2023-2-1']) {
      expect(() => parseSettings(`{"rules": {"weekday-date": ["warning", {"date": "${date}"}]}}`, '.posteditrc'), date).toThrow(
        `.posteditrc:1:41: invalid configuration: rule \`weekday-date\`: option \`date\`: expected a calendar date as YYYY-MM-DD, such as \`2023-01-20\`, not "${date}"`
      )
    }
    expect(() => parseSettings('{"rules": {"weekday-date": ["warning", {"date": "2024-02-29"}]}}', '.posteditrc')).not.toThrow()
  })

  it('a config that does not parse is reported at its own line and column, not the text file', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': 'document: source-text/a.txt\ncorrections: []\n', '.posteditrc': '{\n  "rules": {,}\n}\n'})
    const result = await runCli(['apply'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: \.posteditrc:2:13: invalid configuration: .*; fix the syntax there\n$/)
  })

  it('valid options still work', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'vfile is fine. the end.\n', '.posteditrc': '{"rules": {"lowercase-sentence-start": ["error", {"names": ["vfile"]}]}}\n'})
    const result = await runCli(['lint', '--format', 'json'], cwd)
    expect(JSON.parse(result.stdout)[0].messages.map((m: {actual: string}) => m.actual)).toEqual(['the'])
  })
})

describe('lint and a config that does not parse', () => {
  it('names the config file, line and column, not the text file', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'Text here.\n', '.posteditrc': '{\n  "rules": {,}\n}\n'})
    const result = await runCli(['lint'], cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^postedit: \.posteditrc:2:13: invalid configuration: .*; fix the syntax there\n$/)
  })

  it('a value nested thousands deep, or very long, is refused and quoted cut to a line', () => {
    // JSON.stringify of the value for the message ran out of call stack: "internal error".
    const deep = '['.repeat(10000) + ']'.repeat(10000)
    // Placed where the parser's stack ran out, which depends on the stack left to it: the column varies.
    expect(() => parseSettings(`{"rules": {"term": ["warning", {"entries": ${deep}}]}}`, '.posteditrc')).toThrow(
      /^\.posteditrc:1:\d+: invalid configuration: lists or maps nested too deep; a config nests a few levels$/
    )
    // The parser quotes the faulty line after its message: words there are no stack overflow.
    expect(() => parseSettings('rules:\n  calque: [off, call stack: ]]\n', '.posteditrc.yml')).toThrow(
      '.posteditrc.yml:2:30: invalid configuration: Unexpected flow-seq-end token in YAML stream: "]"; fix the syntax there'
    )
    expect(() => parseSettings(`{"termbases": "${'x'.repeat(200)}"}`, '.posteditrc')).toThrow(
      `\`termbases\` must be a list of file paths, such as \`["terms/newsroom.tbx"]\`, not "${'x'.repeat(78)}…`
    )
  })
})
