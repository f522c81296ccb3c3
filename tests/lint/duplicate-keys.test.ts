import {describe, expect, it} from 'vitest'
import {jsonDuplicateKeys, keyPathText} from '../../src/lint/duplicate-keys.js'
import {parseSettings} from '../../src/lint/project-settings.js'
import {runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'

describe('jsonDuplicateKeys', () => {
  it('finds a key repeated in one object, with its path and both offsets, and nothing across objects', () => {
    const text = '{"rules": {"a": 1, "b": [{"x": 1, "x": 2}, "a"]}, "a": {"a": 1}, "rules": 2}'
    expect(jsonDuplicateKeys(text)).toEqual([
      {path: ['rules', 'b', 0, 'x'], offset: text.indexOf('"x": 2'), firstOffset: text.indexOf('"x": 1')},
      {path: ['rules'], offset: text.lastIndexOf('"rules"'), firstOffset: 1}
    ])
    expect(keyPathText(['rules', 'b', 0, 'x'])).toBe('rules.b[1].x')
  })

  it('reads keys as JSON.parse does: escapes decoded, and a quote or brace inside a string is text', () => {
    expect(jsonDuplicateKeys('{"a": 1, "\\u0061": 2}').map((found) => found.path)).toEqual([['a']])
    expect(jsonDuplicateKeys('{"a\\"": "{", "b": "\\\\", "c": ["}", ","], "d": 1}')).toEqual([])
  })
})

describe('a config that writes a key twice', () => {
  it('is refused at the second key, naming it and the first, in JSON and in YAML', () => {
    const json = '{\n  "rules": {"false-friend": "off"},\n  "rules": {"calque": "off"}\n}\n'
    expect(() => parseSettings(json, '.posteditrc')).toThrow(
      '.posteditrc:3:3: invalid configuration: duplicate key `rules` (first at line 2, column 3); write it once: only the last one would count'
    )
    const yaml = 'rules:\n  false-friend: "off"\n  calque: warning\n  false-friend: error\n'
    expect(() => parseSettings(yaml, '.posteditrc.yml')).toThrow(
      '.posteditrc.yml:4:3: invalid configuration: duplicate key `rules.false-friend` (first at line 2, column 3); write it once: only the last one would count'
    )
    // JSON that is not strict JSON (a trailing comma) is read as YAML, and refused the same way.
    expect(() => parseSettings('{"rules": {"calque": "off", "calque": "error",}}', '.posteditrc')).toThrow(
      '.posteditrc:1:29: invalid configuration: duplicate key `rules.calque` (first at line 1, column 12); write it once: only the last one would count'
    )
    const entries = '{"rules": {"term": ["warning", {"entries": [{"preferred": "Kyiv", "forbidden": ["Kiev"], "preferred": "Kiev"}]}]}}'
    expect(() => parseSettings(entries, '.posteditrc')).toThrow('duplicate key `rules.term[2].entries[1].preferred` (first at line 1, column 46)')
  })

  it('stops lint with exit 2, as other config errors do; package.json only for its postedit field', async () => {
    // Last one won: "rules" written twice ran with the second map alone.
    const cwd = scratchDir({'a.txt': doubled, '.posteditrc': '{\n  "rules": {"repeated-word": "off"},\n  "rules": {"calque": "off"}\n}\n'})
    expect(await runCli(['lint', 'a.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:3:3: invalid configuration: duplicate key `rules` (first at line 2, column 3); write it once: only the last one would count\n'
    })
    const field = '{\n  "name": "x",\n  "postedit": {\n    "rules": {"repeated-word": "off"},\n    "rules": {}\n  }\n}\n'
    const packaged = scratchDir({'a.txt': doubled, 'package.json': field})
    expect(await runCli(['lint', 'a.txt'], packaged)).toMatchObject({
      code: 2,
      stderr: 'postedit: package.json:5:5: invalid configuration: duplicate key `postedit.rules` (first at line 4, column 5); write it once: only the last one would count\n'
    })
    // npm's own keys are npm's business.
    const npm = scratchDir({'a.txt': doubled, 'package.json': '{"name": "x", "name": "y", "postedit": {"rules": {"repeated-word": "off"}}}\n'})
    expect(await runCli(['lint', 'a.txt'], npm)).toMatchObject({code: 0, stderr: ''})
  })
})
