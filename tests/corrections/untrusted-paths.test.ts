import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers.js'
import {article, correctionsYaml, entries, fingerprint, project, read, tree} from './fixtures.js'

/** One approved entry that anchors in anything holding an `a`, so only the path is at fault. */
const grab = (document: string) =>
  `document: ${document}\ncorrections:\n  - id: grab\n    exact: "a"\n    replacement: "b"\n    status: approved\n    reviewer: x\n    reviewed: 2026-01-01\n`

/** Runs a command and asserts nothing outside cleaned/ changed. */
async function untouched(cwd: string, argv: string[]) {
  const before = fingerprint(cwd)
  const result = await runCli(argv, cwd)
  expect(fingerprint(cwd)).toEqual(before)
  return result
}

describe('a corrections file names only files inside the project', () => {
  for (const document of ['/proc/self/environ', '../../../etc/passwd']) {
    it(`refuses \`document: ${document}\`: apply writes nothing, diff prints nothing`, async () => {
      const cwd = project({'corrections/article.yml': grab(document)})
      const line = `postedit: corrections/article.yml:1:11: \`document\` ${document} is outside the project folder (symlinks followed); name a file in the project, such as source-text/<name>.txt\n`
      expect(await untouched(cwd, ['apply'])).toEqual({code: 2, stdout: '', stderr: line})
      expect(await untouched(cwd, ['diff'])).toEqual({code: 2, stdout: '', stderr: line})
      expect(tree(cwd)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
    })
  }

  it('refuses `document: .git/config` and other files that are no text: the CI token stays out of cleaned/', async () => {
    // Inside the project, .git/config holds the token actions/checkout writes; apply copied it into cleaned/config.
    const cwd = project({'corrections/article.yml': grab('.git/config'), '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n', 'notes.cfg': 'a note\n'})
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` .git/config lies in .git/, which holds no text to correct; name a text file, such as source-text/<name>.txt\n'
    })
    writeFileSync(path.join(cwd, 'corrections/article.yml'), grab('notes.cfg'))
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` notes.cfg is not a text postedit reads (.txt, .md, .markdown, .html, .htm); name a text file, such as source-text/<name>.txt\n'
    })
  })

  it('a file whose name starts with two dots lies in the project; a link to it from outside is still refused', async () => {
    // `..x.txt` was taken for a path out of the project ("startsWith('..')").
    const cwd = project({'corrections/article.yml': grab('..notes.txt'), '..notes.txt': 'a note\n'})
    expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: 'cleaned/..notes.txt: 1 correction applied\n', stderr: ''})
  })

  it('a corrections file that is a link out of the project, a FIFO or a folder fails check and apply', async () => {
    // They were passed over: check said 0 failed with a cleaned text nobody had checked.
    const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
    writeFileSync(path.join(outside, 'a.yml'), grab('source-text/article.txt'))
    const cwd = project({'cleaned/article.txt': 'junk\n'})
    execFileSync('rm', [path.join(cwd, 'corrections/article.yml')])
    symlinkSync(path.join(outside, 'a.yml'), path.join(cwd, 'corrections/article.yml'))
    execFileSync('mkfifo', [path.join(cwd, 'corrections/pipe.yml')])
    mkdirSync(path.join(cwd, 'corrections/folder.yml'))
    const check = await untouched(cwd, ['check'])
    expect(check.code).toBe(2)
    expect(check.stdout.split('\n').filter((line) => line.includes('[postedit/invalid-corrections]'))).toEqual([
      '  corrections/article.yml  error  the corrections file is outside the project folder (symlinks followed); keep corrections files under corrections/  [postedit/invalid-corrections]',
      '  corrections/folder.yml  error  not a regular file (a folder); postedit reads only regular text files  [postedit/invalid-corrections]',
      '  corrections/pipe.yml  error  not a regular file (a FIFO); postedit reads only regular text files  [postedit/invalid-corrections]'
    ])
    expect((await untouched(cwd, ['apply'])).code).toBe(2)
    // review read the outside file, echoed its values and wrote them into corrections/.
    const listed = await untouched(cwd, ['review', 'list'])
    expect(listed.code).toBe(2)
    expect(listed.stderr.split('\n')[0]).toBe('postedit: corrections/article.yml: the corrections file is outside the project folder (symlinks followed); keep corrections files under corrections/')
    expect(listed.stdout).not.toContain('grab')
    expect((await untouched(cwd, ['review', 'approve', '--all', '--reviewer', 'desk'])).code).toBe(2)
  })

  it('refuses a source that is a symlink out of the project', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
    writeFileSync(path.join(outside, 'secret.txt'), 'a secret\n')
    const cwd = project({'corrections/article.yml': grab('source-text/secret.txt')})
    symlinkSync(path.join(outside, 'secret.txt'), path.join(cwd, 'source-text/secret.txt'))
    const result = await untouched(cwd, ['apply'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` source-text/secret.txt is outside the project folder (symlinks followed); name a file in the project, such as source-text/<name>.txt\n'
    })
  })

  it('refuses a committed cleaned/ link pointing elsewhere: nothing is written through it', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
    const cwd = project()
    symlinkSync(outside, path.join(cwd, 'cleaned'))
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: cleaned/ is a link out of the project folder, so cleaned/article.txt would be written elsewhere; replace the link with a real cleaned/ folder\n'
    })
    expect(tree(outside)).toEqual([])
  })

  it('refuses a cleaned/ link to another folder of the project, and says where it leads', async () => {
    const cwd = project()
    symlinkSync(path.join(cwd, 'source-text'), path.join(cwd, 'cleaned'))
    const before = tree(cwd)
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: cleaned/ is a link to source-text/, so cleaned/article.txt would be written elsewhere; replace the link with a real cleaned/ folder\n'
    })
    expect(tree(cwd)).toEqual(before)
  })

  it('refuses a source that is a link into cleaned/: the source is never overwritten', async () => {
    const cwd = project({'cleaned/article.txt': article})
    execFileSync('rm', [path.join(cwd, 'source-text/article.txt')])
    symlinkSync('../cleaned/article.txt', path.join(cwd, 'source-text/article.txt'))
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` source-text/article.txt is a link into cleaned/, which postedit writes; postedit never writes the source, so replace the link with the file itself\n'
    })
    expect(read(cwd, 'cleaned/article.txt')).toBe(article)
  })

  it('refuses a corrections file named outside the project', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
    writeFileSync(path.join(outside, 'x.yml'), grab('source-text/article.txt'))
    const cwd = project()
    const relative = path.relative(cwd, path.join(outside, 'x.yml'))
    const result = await untouched(cwd, ['apply', relative])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `postedit: ${relative}: the corrections file is outside the project folder (symlinks followed); keep corrections files under corrections/\n`
    })
  })
})

describe('only regular files are read, and no more than the limit', () => {
  it('`document: /dev/zero` is refused before reading (outside the project)', async () => {
    const cwd = project({'corrections/article.yml': grab('/dev/zero')})
    const result = await untouched(cwd, ['apply'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`document` /dev/zero is outside the project folder')
  })

  it('a document that is a folder is placed at the field that names it', async () => {
    const cwd = project({'corrections/article.yml': grab('source-text')})
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` names source-text, which is not a regular file (a folder); postedit reads only regular text files\n'
    })
  })

  it('a FIFO in source-text/ does not hang: it is not a regular file', async () => {
    const cwd = project({'corrections/article.yml': grab('source-text/pipe.txt')})
    execFileSync('mkfifo', [path.join(cwd, 'source-text/pipe.txt')])
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:1:11: `document` names source-text/pipe.txt, which is not a regular file (a FIFO); postedit reads only regular text files\n'
    })
  })

  it('a source above `maxBytes` in .posteditrc is refused, naming the key', async () => {
    const long = article + 'More text.\n'.repeat(100)
    const cwd = project({'.posteditrc': '{"maxBytes": 1000}\n', 'source-text/article.txt': long})
    const result = await untouched(cwd, ['apply'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `postedit: source-text/article.txt: is ${Buffer.byteLength(long)} bytes, more than the limit of 1000; split it, or raise the limit with \`maxBytes\` in .posteditrc\n`
    })
  })

  it('a corrections file above the limit is refused too', async () => {
    // The source fits under the limit (lint reads it under the same limit); the corrections file does not.
    const limit = Buffer.byteLength(article)
    const cwd = project({'.posteditrc': `{"maxBytes": ${limit}}\n`})
    const size = Buffer.byteLength(readFileSync(path.join(cwd, 'corrections/article.yml')))
    expect(size).toBeGreaterThan(limit)
    const result = await untouched(cwd, ['check'])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain(`  corrections/article.yml  error  is ${size} bytes, more than the limit of ${limit}; split it, or raise the limit with \`maxBytes\` in .posteditrc`)
  })

  it('a `maxBytes` in package.json holds for apply as it does for lint', async () => {
    const long = article + 'More text.\n'.repeat(100)
    const cwd = project({'package.json': '{"name": "news", "postedit": {"maxBytes": 1000}}\n', 'source-text/article.txt': long})
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `postedit: source-text/article.txt: is ${Buffer.byteLength(long)} bytes, more than the limit of 1000; split it, or raise the limit with \`maxBytes\` in .posteditrc\n`
    })
    const lint = await runCli(['lint', 'source-text/article.txt'], cwd)
    expect(lint.code).toBe(2)
    expect(lint.stderr).toContain('more than the limit of 1000')
  })

  it('a bad `maxBytes` in package.json, or a package.json that is not JSON, is a config error at its place', async () => {
    const bad = project({'package.json': '{\n  "name": "news",\n  "postedit": {\n    "maxBytes": -1\n  }\n}\n'})
    expect(await untouched(bad, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: package.json:4:5: invalid configuration: `maxBytes` must be a whole number of bytes above 0, such as `33554432` (32 MiB), not -1\n'
    })
    const broken = project({'package.json': '{\n  "name": "news",\n}\n'})
    expect(await untouched(broken, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: package.json:3:1: invalid configuration: cannot parse package.json as JSON: Expected double-quoted property name; fix the syntax there\n'
    })
  })

  it('a config that is too large, a link to a device or a folder is refused by lint, check and run alike, not read or passed over', async () => {
    const cases: Array<[string, (cwd: string) => void, string]> = [
      [
        'too large',
        (cwd) => writeFileSync(path.join(cwd, '.posteditrc'), `rules: {}\n${'# note\n'.repeat(200_000)}`),
        'postedit: .posteditrc:1:1: invalid configuration: is 1400010 bytes, more than the limit of 1048576; a config holds settings, not text: shorten it\n'
      ],
      [
        'a link to /dev/zero',
        (cwd) => symlinkSync('/dev/zero', path.join(cwd, '.posteditrc')),
        'postedit: .posteditrc:1:1: invalid configuration: not a regular file (a device); postedit reads only regular text files\n'
      ],
      [
        // Its keys were echoed in the error: "unknown rule `SECRET_abc123`".
        'a link out of the project',
        (cwd) => {
          const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
          writeFileSync(path.join(outside, 'shared.json'), '{"rules": {"SECRET_abc123": "off"}}')
          symlinkSync(path.join(outside, 'shared.json'), path.join(cwd, '.posteditrc'))
        },
        'postedit: .posteditrc:1:1: invalid configuration: is a symbolic link out of the project folder; replace the link with the file itself\n'
      ],
      [
        'a folder',
        (cwd) => mkdirSync(path.join(cwd, '.posteditrc.json')),
        'postedit: .posteditrc.json:1:1: invalid configuration: not a regular file (a folder); postedit reads only regular text files\n'
      ]
    ]
    for (const [name, make, stderr] of cases) {
      const cwd = project()
      make(cwd)
      for (const command of [['lint', 'source-text'], ['check'], ['run']]) {
        expect(await untouched(cwd, command), `${name}: ${command[0]}`).toEqual({code: 2, stdout: '', stderr})
      }
    }
  })

  it('a .posteditignore that is a link to a device, a folder or too large stops lint rather than being passed over', async () => {
    const cases: Array<[(cwd: string) => void, string]> = [
      [(cwd) => symlinkSync('/dev/zero', path.join(cwd, 'source-text/.posteditignore')), 'postedit: source-text/.posteditignore: not a regular file (a device); postedit reads only regular text files\n'],
      [(cwd) => mkdirSync(path.join(cwd, '.posteditignore')), 'postedit: .posteditignore: not a regular file (a folder); postedit reads only regular text files\n'],
      [
        (cwd) => {
          const outside = mkdtempSync(path.join(tmpdir(), 'postedit-outside-'))
          writeFileSync(path.join(outside, 'ignore'), 'source-text/\n')
          symlinkSync(path.join(outside, 'ignore'), path.join(cwd, '.posteditignore'))
        },
        'postedit: .posteditignore: is a symbolic link out of the project folder; replace the link with the file itself\n'
      ],
      [
        (cwd) => writeFileSync(path.join(cwd, '.posteditignore'), '#\n'.repeat(600_000)),
        'postedit: .posteditignore: is 1200000 bytes, more than the limit of 1048576; it holds patterns, not text: shorten it\n'
      ]
    ]
    for (const [make, stderr] of cases) {
      const cwd = project()
      make(cwd)
      expect(await untouched(cwd, ['lint', 'source-text'])).toEqual({code: 2, stdout: '', stderr})
    }
    // One that reads is obeyed: the only text excluded, lint says there is nothing to lint.
    const obeyed = project({'.posteditignore': 'source-text/\n'})
    expect(await untouched(obeyed, ['lint', 'source-text'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: no .txt, .md or .html files to lint in `source-text`; name text files or folders that hold them (.posteditignore may exclude them)\n'
    })
  })

  it('a bad `maxBytes` is a config error at its line and column', async () => {
    const cwd = project({'.posteditrc': '{\n  "maxBytes": "lots"\n}\n'})
    expect(await untouched(cwd, ['apply'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: .posteditrc:2:3: invalid configuration: `maxBytes` must be a whole number of bytes above 0, such as `33554432` (32 MiB), not "lots"\n'
    })
  })
})

describe('the cleaned file is a file postedit may replace', () => {
  it('cleaned/a.txt being a folder stops that document only; later documents are applied', async () => {
    const cwd = project({
      'source-text/other.txt': 'Other text.\n',
      'corrections/other.yml': 'document: source-text/other.txt\ncorrections: []\n'
    })
    mkdirSync(path.join(cwd, 'cleaned/article.txt'), {recursive: true})
    const result = await untouched(cwd, ['apply'])
    expect(result).toEqual({
      code: 2,
      stdout: 'cleaned/other.txt: 0 corrections applied\n',
      stderr: 'postedit: corrections/article.yml:1:11: cleaned/article.txt is a folder, where postedit writes the cleaned text of source-text/article.txt; remove it, and rerun\n'
    })
    expect(read(cwd, 'cleaned/other.txt')).toBe('Other text.\n')
  })
})

describe('corrections YAML from a pull request', () => {
  it('an alias bomb is one line at the first alias, exit 2, no stack', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      ''
    ].join('\n')
    const cwd = project({'corrections/article.yml': bomb})
    const line = 'too many YAML aliases (more than 100 expansions); write the values out instead of `*alias` references'
    for (const command of ['apply', 'diff']) {
      expect(await untouched(cwd, [command])).toEqual({code: 2, stdout: '', stderr: `postedit: corrections/article.yml:2:8: ${line}\n`})
    }
    const check = await untouched(cwd, ['check'])
    expect(check.code).toBe(2)
    expect(check.stdout).toContain(`  corrections/article.yml:2:8  error  ${line}`)
    expect(check.stdout + check.stderr).not.toMatch(/ReferenceError|\n\s+at /)
  })

  it('lists nested past the parser\'s stack are one problem saying so, not a stack overflow', async () => {
    const cwd = project({'corrections/article.yml': `document: source-text/article.txt\nentries: ${'['.repeat(20_000)}\n`})
    // Where the parser's stack ran out depends on the stack's size: the column is not pinned.
    const line = /^postedit: corrections\/article\.yml:2:\d+: invalid YAML: lists or maps nested too deep; a corrections file nests a few levels; write the entries as a list of maps, as the README shows\n$/
    for (const command of ['apply', 'diff']) {
      const result = await untouched(cwd, [command])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(line)
    }
    const check = await untouched(cwd, ['check'])
    expect(check.code).toBe(2)
    expect(check.stdout).toMatch(/corrections\/article\.yml:2:\d+ {2}error {2}invalid YAML: lists or maps nested too deep/)
    expect(check.stdout + check.stderr).not.toMatch(/call stack|Flow sequence/)
  })

  it('an id holding a line break is refused, so it cannot forge lines in diff output', async () => {
    const cwd = project({'corrections/article.yml': correctionsYaml(entries.combat.replace('id: combat-combat', 'id: "x\\n+++ forged"'))})
    const result = await untouched(cwd, ['diff'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: corrections/article.yml:4:9: entry 1: `id` must be one line without control characters, not "x\\n+++ forged"; write the id as one word such as `lavrov-office`\n'
    })
  })

  it('a mapping where text belongs gets advice that is not "[object Object]"', async () => {
    const cwd = project({'corrections/article.yml': correctionsYaml(entries.combat.replace('replacement: combat', 'replacement: {combat: aircraft}'))})
    const result = await untouched(cwd, ['apply'])
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('[object Object]')
    expect(result.stderr).toContain('`replacement` must be text, not a mapping; quote it, as in `replacement: "…"`')
  })
})

describe('raw Node errors become one line naming the file and the fix', () => {
  it('`cleaned` being a file: mkdir fails with EEXIST, said in words', async () => {
    const cwd = project({cleaned: 'not a folder\n'})
    const result = await untouched(cwd, ['apply'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: cleaned: a file is in the way (EEXIST on mkdir); remove or rename that file, and rerun\n'
    })
  })
})
