import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers.js'
import {age, allEntries, article, articleDiff, cleanedArticle, correctionsYaml, entries, project, read, snapshot, tree} from '../corrections/fixtures.js'

const applied = 'cleaned/article.txt: 2 corrections applied (1 proposed, 1 rejected not applied)\n'

/** A project whose cleaned file was written earlier (and aged), to prove a failed run keeps it. */
async function appliedProject(files: Record<string, string> = {}): Promise<string> {
  const cwd = project(files)
  expect((await runCli(['apply'], cwd)).code).toBe(0)
  age(cwd, 'cleaned/article.txt')
  return cwd
}

function withCorrections(cwd: string, text: string): void {
  writeFileSync(path.join(cwd, 'corrections/article.yml'), text)
}

describe('postedit apply', () => {
  it('writes cleaned/<source name> from the approved entries and never touches the source', async () => {
    const cwd = project()
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({code: 0, stdout: applied, stderr: ''})
    expect(read(cwd, 'cleaned/article.txt')).toBe(cleanedArticle)
    expect(read(cwd, 'source-text/article.txt')).toBe(article)
    expect(read(cwd, 'corrections/article.yml')).toBe(allEntries)
    // The temporary file was renamed over the target: nothing else is left behind.
    expect(tree(cwd)).toEqual(['cleaned/article.txt', 'corrections/article.yml', 'source-text/article.txt'])
  })

  it('is idempotent: a second run leaves the cleaned file alone, bytes and mtime', async () => {
    const cwd = await appliedProject()
    const before = snapshot(cwd, 'cleaned/article.txt')
    expect(await runCli(['apply'], cwd)).toEqual({code: 0, stdout: applied, stderr: ''})
    expect(snapshot(cwd, 'cleaned/article.txt')).toEqual(before)
  })

  it('takes a corrections file or the source path it names, relative to the cwd', async () => {
    const cwd = project({'source-text/other.txt': 'Clean text.\n', 'corrections/other.yml': 'document: source-text/other.txt\ncorrections: []\n'})
    expect(await runCli(['apply', 'source-text/article.txt'], cwd)).toEqual({code: 0, stdout: applied, stderr: ''})
    expect(existsSync(path.join(cwd, 'cleaned/other.txt'))).toBe(false)
    expect(await runCli(['apply', 'corrections/other.yml'], cwd)).toEqual({
      code: 0,
      stdout: 'cleaned/other.txt: 0 corrections applied\n',
      stderr: ''
    })
    expect(read(cwd, 'cleaned/other.txt')).toBe('Clean text.\n')
    // From a subfolder, paths are relative to it.
    const sub = await runCli(['apply', '../corrections/article.yml'], path.join(cwd, 'source-text'))
    expect(sub.code).toBe(2)
    expect(sub.stderr).toBe(
      `postedit: ../corrections/article.yml:1:11: \`document\` names source-text/article.txt, which does not exist; fix the path (it is relative to ${path.join(cwd, 'source-text')})\n`
    )
  })

  it('keeps CRLF line breaks, a BOM and an NFD source as they are', async () => {
    const crlf = '\uFEFF' + article.replace(/\n/g, '\r\n').normalize('NFD').replace('Air defense', 'Défense aérienne')
    const cwd = project({
      'source-text/article.txt': crlf,
      'corrections/article.yml': correctionsYaml(
        entries.lavrov,
        `  - id: title
    exact: "Défense aérienne on the roofs\\n"
    replacement: "Air defense\\non the roofs\\n"
    status: approved
    reviewer: desk
    reviewed: 2026-11-20
`.normalize('NFC')
      )
    })
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({code: 0, stdout: 'cleaned/article.txt: 2 corrections applied\n', stderr: ''})
    const expected = '\uFEFF' + article.replace('Air defense on the roofs\n', 'Air defense\non the roofs\n')
      .replace('Minister of Defense of Russia', "Russia's foreign minister")
      .replace(/\n/g, '\r\n')
    expect(read(cwd, 'cleaned/article.txt')).toBe(expected)
    expect(read(cwd, 'source-text/article.txt')).toBe(crlf)
  })

  it('keeps the source NFD outside the edits, and writes edits in NFD too', async () => {
    const nfd = 'Le président a parlé.\n'.normalize('NFD')
    const cwd = project({
      'source-text/article.txt': nfd,
      'corrections/article.yml': correctionsYaml(`  - id: verb
    exact: a parlé
    replacement: a déclaré
    status: approved
    reviewer: desk
    reviewed: 2026-11-20
`.normalize('NFC'))
    })
    expect((await runCli(['apply'], cwd)).code).toBe(0)
    const cleaned = read(cwd, 'cleaned/article.txt')
    expect(cleaned).toBe('Le président a déclaré.\n'.normalize('NFD'))
    expect(cleaned).not.toBe(cleaned.normalize('NFC'))
  })

  describe('errors: exit 2, one line per entry, and the earlier cleaned file kept as it was', () => {
    async function failing(text: string, argv: string[] = ['apply']) {
      const cwd = await appliedProject()
      withCorrections(cwd, text)
      const before = snapshot(cwd, 'cleaned/article.txt')
      const files = tree(cwd)
      const result = await runCli(argv, cwd)
      expect(snapshot(cwd, 'cleaned/article.txt')).toEqual(before)
      expect(tree(cwd)).toEqual(files)
      expect(read(cwd, 'source-text/article.txt')).toBe(article)
      return result
    }

    it('stale: the quote is gone', async () => {
      const result = await failing(correctionsYaml(entries.combat.replace('exact: combat combat', 'exact: Sergei Shoigu')))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:5:12: entry `combat-combat`: `exact` "Sergei Shoigu" is not in source-text/article.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry\n'
      })
    })

    it('stale with a close match: says where, and that --fuzzy would apply it', async () => {
      const result = await failing(correctionsYaml(entries.lavrov.replace('Minister of Defense', 'Minister of Defence')))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:5:12: entry `lavrov-office`: `exact` "Minister of Defence of Russia" with its prefix/suffix is not in source-text/article.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry; found a 97% match at line 5 ("Minister of Defense of Russia"); rerun with --fuzzy to apply it\n'
      })
    })

    it('ambiguous: how many places, and the shortest context that picks each', async () => {
      const result = await failing(correctionsYaml(entries.combat.replace('exact: combat combat', 'exact: the')))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:5:12: entry `combat-combat`: `exact` "the" matches 3 places in source-text/article.txt (at 1:16, 5:14 and 5:86); to pick one, set prefix "n " (for 1:16), prefix "o " (for 5:14) or prefix "d " (for 5:86)\n'
      })
    })

    it('conflict: overlapping approved entries, naming both', async () => {
      const overlapping = entries.indeed
        .replace('id: indeed', 'id: combat-aircraft')
        .replace('exact: "Indeed, "', 'exact: combat aircraft')
        .replace('replacement: ""', 'replacement: fighter jets')
        .replace('status: proposed', 'status: approved\n    reviewer: desk\n    reviewed: 2026-11-22')
      const result = await failing(correctionsYaml(entries.combat, overlapping))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:12:12: entry `combat-aircraft`: overlaps entry `combat-combat` at line 3 of source-text/article.txt; two approved corrections cannot change the same text, so merge them into one entry or reject one\n'
      })
    })

    it('invalid: every schema problem, file:line:column, entry, field and fix', async () => {
      const result = await failing(correctionsYaml(entries.combat.replace('    reviewer: copy desk\n', ''), entries.combat))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:4:5: entry `combat-combat`: `reviewer` is required when status is approved; add who reviewed it\n' +
          'postedit: corrections/article.yml:10:9: entry `combat-combat`: duplicate id, also used at line 4; give each entry its own id\n'
      })
    })

    it('invalid YAML', async () => {
      const result = await failing('document: source-text/article.txt\ncorrections:\n  - id: a\n   exact: b\n')
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'postedit: corrections/article.yml:4:1: invalid YAML: Sequence item without - indicator; fix the syntax there\n'
      })
    })

    it('a source that does not exist', async () => {
      const result = await failing(allEntries.replace('source-text/article.txt', 'source-text/missing.txt'))
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(
        /^postedit: corrections\/article\.yml:1:11: `document` names source-text\/missing\.txt, which does not exist; fix the path \(it is relative to .*\)\n$/
      )
    })

    it('a source inside cleaned/ would be its own output: never written', async () => {
      const result = await failing(allEntries.replace('source-text/article.txt', 'cleaned/article.txt'))
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: corrections/article.yml:1:11: `document` cleaned/article.txt is its own cleaned file; postedit never writes the source, so keep sources outside cleaned/\n'
      })
    })

    it('a source that is not valid UTF-8: decoding would change bytes outside the edits', async () => {
      const cwd = await appliedProject()
      const bytes = Buffer.concat([Buffer.from(article, 'utf8'), Buffer.from([0xe9, 0x0a])])
      writeFileSync(path.join(cwd, 'source-text/article.txt'), bytes)
      const before = snapshot(cwd, 'cleaned/article.txt')
      const result = await runCli(['apply'], cwd)
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'postedit: source-text/article.txt:6:1: is not valid UTF-8 (byte 0xe9); convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`\n'
      })
      expect(snapshot(cwd, 'cleaned/article.txt')).toEqual(before)
    })

    it('--check and --dry-run report the same errors', async () => {
      const stale = correctionsYaml(entries.combat.replace('exact: combat combat', 'exact: Sergei Shoigu'))
      for (const flag of ['--check', '--dry-run']) {
        const result = await failing(stale, ['apply', flag])
        expect(result.code).toBe(2)
        expect(result.stderr).toContain('entry `combat-combat`: `exact` "Sergei Shoigu" is not in source-text/article.txt')
      }
    })
  })

  it('one failing document does not stop the others', async () => {
    const cwd = project({
      'source-text/b.txt': 'It is used to combat combat aircraft.\n',
      'corrections/b.yml': 'document: source-text/b.txt\ncorrections:\n' + entries.combat,
      'corrections/article.yml': correctionsYaml(entries.lavrov.replace('Minister of', 'Ministre de'))
    })
    const result = await runCli(['apply'], cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('cleaned/b.txt: 1 correction applied\n')
    expect(result.stderr).toMatch(/^postedit: corrections\/article\.yml:5:12: entry `lavrov-office`: /)
    expect(read(cwd, 'cleaned/b.txt')).toBe('It is used to combat aircraft.\n')
    expect(existsSync(path.join(cwd, 'cleaned/article.txt'))).toBe(false)
  })

  it('two corrections files for one document: both stopped, nothing written', async () => {
    const cwd = project({'corrections/copy.yml': allEntries})
    const result = await runCli(['apply'], cwd)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: corrections/article.yml:1:11: `document` source-text/article.txt would write cleaned/article.txt, and corrections/copy.yml also corrects it; keep one corrections file per document\n' +
        'postedit: corrections/copy.yml:1:11: `document` source-text/article.txt would write cleaned/article.txt, and corrections/article.yml also corrects it; keep one corrections file per document\n'
    })
    expect(existsSync(path.join(cwd, 'cleaned'))).toBe(false)
    // Naming the text, or either file, meets the same conflict: neither is applied alone.
    for (const named of ['source-text/article.txt', 'corrections/copy.yml', 'corrections/article.yml']) {
      expect(await runCli(['apply', named], cwd), named).toEqual(result)
      expect(existsSync(path.join(cwd, 'cleaned')), named).toBe(false)
    }
    // So does a text of another folder with the same name, whose cleaned text would be the same file.
    const other = project({'drafts/article.txt': 'A draft.\n', 'corrections/draft.yml': 'document: drafts/article.txt\ncorrections: []\n'})
    const drafted = await runCli(['apply', 'corrections/draft.yml'], other)
    expect(drafted.code).toBe(2)
    expect(drafted.stderr).toContain('postedit: corrections/draft.yml:1:11: `document` drafts/article.txt would write cleaned/article.txt')
    expect(existsSync(path.join(other, 'cleaned'))).toBe(false)
  })

  it('names the arguments it cannot resolve', async () => {
    const cwd = project()
    expect(await runCli(['apply', 'corrections/none.yml'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: no such corrections file: `corrections/none.yml`\n'
    })
    expect(await runCli(['apply', 'source-text/none.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: no corrections file has `document: source-text/none.txt`; write corrections/none.yml or name the corrections file\n'
    })
    const empty = await runCli(['apply'], path.join(cwd, 'source-text'))
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/^postedit: no `corrections\/` folder in .*; write corrections\/<name>\.yml first, or name one\n$/)
    expect(tree(cwd)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
  })

  describe('--check', () => {
    it('exit 0 when every cleaned file is up to date, writing nothing', async () => {
      const cwd = await appliedProject()
      const before = snapshot(cwd, 'cleaned/article.txt')
      expect(await runCli(['apply', '--check'], cwd)).toEqual({code: 0, stdout: 'cleaned/article.txt: up to date\n', stderr: ''})
      expect(snapshot(cwd, 'cleaned/article.txt')).toEqual(before)
    })

    it('exit 1 naming a cleaned file that is out of date or missing', async () => {
      const cwd = await appliedProject()
      withCorrections(cwd, correctionsYaml(entries.combat))
      const before = snapshot(cwd, 'cleaned/article.txt')
      expect(await runCli(['apply', '--check'], cwd)).toEqual({
        code: 1,
        stdout: 'cleaned/article.txt: out of date; run `postedit apply` to update it\n',
        stderr: ''
      })
      expect(snapshot(cwd, 'cleaned/article.txt')).toEqual(before)

      const fresh = project()
      expect(await runCli(['apply', '--check'], fresh)).toEqual({
        code: 1,
        stdout: 'cleaned/article.txt: missing; run `postedit apply` to write it\n',
        stderr: ''
      })
      expect(tree(fresh)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
    })
  })

  it('--dry-run prints the diff with the ids and writes nothing', async () => {
    const cwd = project()
    const result = await runCli(['apply', '--dry-run'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        ...articleDiff,
        'cleaned/article.txt: 2 corrections applied (1 proposed, 1 rejected not applied) (dry run: nothing written)',
        ''
      ].join('\n'),
      stderr: ''
    })
    expect(tree(cwd)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
  })

  it('--fuzzy applies a moved quote to its best match and says where and how far', async () => {
    const edited = 'A new first paragraph.\n\n' + article.replace('Minister of Defense', 'Minister of Defence')
    const entry = entries.lavrov.replace('    replacement:', '    start: 160\n    replacement:')
    const cwd = project({'source-text/article.txt': edited, 'corrections/article.yml': correctionsYaml(entry)})
    const result = await runCli(['apply', '--fuzzy'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: 'cleaned/article.txt: 1 correction applied\n',
      stderr:
        'postedit: corrections/article.yml:5:12: entry `lavrov-office`: exact text gone; applied to a 97% match at source-text/article.txt:7:37 ("Minister of Defence of Russia" for "Minister of Defense of Russia", 1 edit, moved 24 characters)\n' +
        // For review: what the quote became, and the line as the entry now changes it.
        '  quote: Minister of [-Defense-]{+Defence+} of Russia\n' +
        "  now:   According to the latest statements, [-Minister of Defence of Russia-]{+Russia's foreign minister+} Sergei Lavrov said the strikes would …\n"
    })
    expect(read(cwd, 'cleaned/article.txt')).toBe(edited.replace('Minister of Defence of Russia', "Russia's foreign minister"))
    // Without a recorded `start`, it says the distance is unknown rather than guessing.
    writeFileSync(path.join(cwd, 'corrections/article.yml'), correctionsYaml(entries.lavrov))
    expect((await runCli(['apply', '--fuzzy'], cwd)).stderr.split('\n')[0]).toBe(
      'postedit: corrections/article.yml:5:12: entry `lavrov-office`: exact text gone; applied to a 97% match at source-text/article.txt:7:37 ("Minister of Defence of Russia" for "Minister of Defense of Russia", 1 edit, moved an unknown distance: the entry records no `start`)'
    )
  })

  it('--fuzzy says the context changed, not that the quote is gone, when only the prefix moved', async () => {
    const edited = article.replace('latest statements, Minister of Defense', 'latest remarks, Minister of Defense')
    expect(edited).not.toBe(article)
    const cwd = project({'source-text/article.txt': edited, 'corrections/article.yml': correctionsYaml(entries.lavrov)})
    const result = await runCli(['apply', '--fuzzy'], cwd)
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n')[0]).toMatch(
      /^postedit: corrections\/article\.yml:5:12: entry `lavrov-office`: context changed \(the quote is unchanged\); applied to a \d+% match at source-text\/article\.txt:\d+:\d+ \("Minister of Defense of Russia" for "Minister of Defense of Russia", /
    )
  })

  it('--fuzzy never takes a blank the quote does not end with: the replacement is not glued to the next word', async () => {
    // "assisted " was as few edits from `assisted at` as "assisted to": it gave "attendedto the ceremony".
    const entry = `  - id: attended
    exact: assisted at
    replacement: attended
    status: approved
    reviewer: desk
    reviewed: 2026-11-30
`
    const cwd = project({'source-text/article.txt': 'The minister assisted to the ceremony.\n', 'corrections/article.yml': correctionsYaml(entry)})
    const result = await runCli(['apply', '--fuzzy'], cwd)
    expect(result.code).toBe(0)
    expect(read(cwd, 'cleaned/article.txt')).toBe('The minister attended the ceremony.\n')
    expect(result.stderr.split('\n').slice(1)).toEqual(['  quote: assisted [-at-]{+to+}', '  now:   The minister [-assisted to-]{+attended+} the ceremony.', ''])
  })

  it('--fuzzy never re-anchors inside a word: `oxen` takes "oxes", not the "oxe" of "boxes"', async () => {
    const entry = `  - id: oxen
    exact: oxen
    suffix: " pulled"
    replacement: horses
    status: approved
    reviewer: desk
    reviewed: 2026-11-30
`
    const yaml = correctionsYaml(entry)
    const renamed = project({'source-text/article.txt': 'The oxes pulled the cart.\n', 'corrections/article.yml': yaml})
    const result = await runCli(['apply', '--fuzzy'], renamed)
    expect(result.code).toBe(0)
    expect(read(renamed, 'cleaned/article.txt')).toBe('The horses pulled the cart.\n')
    expect(result.stderr.split('\n').slice(1)).toEqual(['  quote: [-oxen-]{+oxes+}', '  now:   The [-oxes-]{+horses+} pulled the cart.', ''])
    // Only a word that contains a look-alike: stale, and nothing written.
    const boxes = project({'source-text/article.txt': 'The boxes pulled the cart.\n', 'corrections/article.yml': yaml})
    expect(await runCli(['apply', '--fuzzy'], boxes)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: corrections/article.yml:5:12: entry `oxen`: `exact` "oxen" with its prefix/suffix is not in source-text/article.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry\n'
    })
    expect(tree(boxes)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
  })

  it('--help', async () => {
    const result = await runCli(['apply', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: postedit apply [documents...] [options]')
    expect(result.stdout).toContain('--check')
    expect(result.stdout).toContain('--dry-run')
    expect(result.stdout).toContain('--fuzzy')
  })
})
