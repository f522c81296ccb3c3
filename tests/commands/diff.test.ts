import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {applyPatch} from 'diff'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {correctionsDiff} from '../../src/corrections/diff.js'
import {runCli} from '../helpers.js'
import {articleDiff, correctionsYaml, entries, project, tree} from '../corrections/fixtures.js'

const approved = (id: string, exact: string, replacement: string) => `  - id: ${id}
    exact: ${JSON.stringify(exact)}
    replacement: ${JSON.stringify(replacement)}
    status: approved
    reviewer: desk
    reviewed: 2026-11-20
`

describe('postedit diff', () => {
  it('prints a unified diff of the source against its cleaned text, each hunk under its ids', async () => {
    const cwd = project()
    const result = await runCli(['diff'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        ...articleDiff,
        ''
      ].join('\n'),
      stderr: ''
    })
    // It computes; it writes nothing.
    expect(tree(cwd)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
    // Naming the source or the corrections file gives the same.
    expect(await runCli(['diff', 'source-text/article.txt'], cwd)).toEqual(result)
    expect(await runCli(['diff', 'corrections/article.yml'], cwd)).toEqual(result)
  })

  it('splits a long paragraph into sentences, keeping one unchanged sentence either side', async () => {
    const paragraph = 'One is here. Two is here. Three is here. Four is wrong. Five is here. Six is here. Seven is here.'
    const cwd = project({
      'source-text/article.txt': `Title\n\n${paragraph}\n`,
      'corrections/article.yml': correctionsYaml(approved('four', 'Four is wrong.', 'Four is right.'), approved('five', 'Five', 'FIVE'))
    })
    const result = await runCli(['diff'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        '--- source-text/article.txt',
        '+++ cleaned/article.txt',
        '# corrections: four, five',
        '@@ -3 +3 @@',
        ' …',
        ' Three is here.',
        '-Four is wrong.',
        '-Five is here.',
        '+Four is right.',
        '+FIVE is here.',
        // Two unchanged sentences are shown whole: eliding one saves nothing.
        ' Six is here.',
        ' Seven is here.',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it('CRLF source, consecutive changed lines: one hunk naming both entries, no stray carriage returns', async () => {
    const cwd = project({
      'source-text/article.txt': 'Line one is here.\r\nLine two is here.\r\nLine three.\r\n',
      'corrections/article.yml': correctionsYaml(approved('one', 'one', '1'), approved('two', 'two', '2'))
    })
    expect(await runCli(['diff'], cwd)).toEqual({
      code: 0,
      stdout: [
        '--- source-text/article.txt',
        '+++ cleaned/article.txt',
        '# corrections: one, two',
        '@@ -1,2 +1,2 @@',
        '-Line one is here.',
        '-Line two is here.',
        '+Line 1 is here.',
        '+Line 2 is here.',
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it('a hunk that joins lines shows its whole lines, not sentences that would hide the join', async () => {
    const cwd = project({
      'source-text/article.txt': 'They met in in Paris.\r\nThe talks ended.\r\n',
      'corrections/article.yml': correctionsYaml(approved('join', 'in in Paris.\r\nThe', 'in Paris. The'))
    })
    expect((await runCli(['diff'], cwd)).stdout).toBe(
      ['--- source-text/article.txt', '+++ cleaned/article.txt', '# corrections: join', '@@ -1,2 +1 @@', '-They met in in Paris.', '-The talks ended.', '+They met in Paris. The talks ended.', ''].join('\n')
    )
  })

  it('a final line break taken out or put in is shown, not a hunk of one unchanged line', async () => {
    const header = (id: string) => ['--- source-text/article.txt', '+++ cleaned/article.txt', `# corrections: ${id}`, '@@ -1 +1 @@']
    const cut = project({'source-text/article.txt': 'They met in Paris.\n', 'corrections/article.yml': correctionsYaml(approved('cut', '\n', ''))})
    expect((await runCli(['apply'], cut)).code).toBe(0)
    expect((await runCli(['diff'], cut)).stdout).toBe([...header('cut'), '-They met in Paris.', '+They met in Paris.', '\\ No newline at end of file', ''].join('\n'))
    expect((await runCli(['diff', '--word'], cut)).stdout).toBe([...header('cut'), 'They met in Paris.[-<newline>-]', ''].join('\n'))
    const put = project({'source-text/article.txt': 'They met in Paris.', 'corrections/article.yml': correctionsYaml(approved('put', 'Paris.', 'Paris.\n'))})
    expect((await runCli(['apply'], put)).code).toBe(0)
    expect((await runCli(['diff'], put)).stdout).toBe([...header('put'), '-They met in Paris.', '\\ No newline at end of file', '+They met in Paris.', ''].join('\n'))
    expect((await runCli(['diff', '--word'], put)).stdout).toBe([...header('put'), 'They met in Paris.{+<newline>+}', ''].join('\n'))
  })

  it('escapes control characters in the file names and lines of the readable diff, not in --patch', () => {
    // A source named with a line break and `+++ forged.txt` forged a header line.
    const names = {source: 'source-text/a\n+++ forged.txt', cleaned: 'cleaned/a\n+++ forged.txt'}
    const source = 'They met \u001b[2Jin in Paris.\n'
    const cleaned = 'They met \u001b[2Jin Paris.\n'
    expect(correctionsDiff(names, source, cleaned, [])).toBe(
      ['--- source-text/a\\n+++ forged.txt', '+++ cleaned/a\\n+++ forged.txt', '# corrections: (none)', '@@ -1 +1 @@', '-They met \\u001b[2Jin in Paris.', '+They met \\u001b[2Jin Paris.', ''].join('\n')
    )
    expect(correctionsDiff(names, source, cleaned, [], {patch: true})).toContain('-They met \u001b[2Jin in Paris.')
  })

  it('--patch prints a plain unified diff that patch applies to give the cleaned text', async () => {
    const source = 'They met in in Paris.\r\nThe talks ended.\r\nThree.\r\nFour.\r\nFive.\r\nSix.\r\nSeven.\r\nEight in in here.'
    const cwd = project({
      'source-text/article.txt': source,
      'corrections/article.yml': correctionsYaml(approved('join', 'in in Paris.\r\nThe', 'in Paris. The'), approved('eight', 'in in here', 'in here'))
    })
    const result = await runCli(['diff', '--patch'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        '--- source-text/article.txt',
        '+++ cleaned/article.txt',
        '@@ -1,8 +1,7 @@',
        '-They met in in Paris.\r',
        '-The talks ended.\r',
        '+They met in Paris. The talks ended.\r',
        ' Three.\r',
        ' Four.\r',
        ' Five.\r',
        ' Six.\r',
        ' Seven.\r',
        '-Eight in in here.',
        '\\ No newline at end of file',
        '+Eight in here.',
        '\\ No newline at end of file',
        ''
      ].join('\n'),
      stderr: ''
    })
    await runCli(['apply'], cwd)
    const cleaned = readFileSync(path.join(cwd, 'cleaned/article.txt'), 'utf8')
    expect(applyPatch(source, result.stdout)).toBe(cleaned)
    // GNU patch too, where the machine has it (a CI image may not).
    if (existsSync('/usr/bin/patch')) {
      writeFileSync(path.join(cwd, 'a.diff'), result.stdout)
      execFileSync('/usr/bin/patch', ['--quiet', '-o', 'out.txt', 'source-text/article.txt', 'a.diff'], {cwd})
      expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe(cleaned)
    }
    expect(await runCli(['diff', '--patch', '--word'], cwd)).toEqual({code: 2, stdout: '', stderr: 'postedit: --word and --patch are two kinds of diff: give one\n'})
  })

  it('--word shows [-removed-]{+added+}, eliding long unchanged runs at word boundaries', async () => {
    const cwd = project()
    const result = await runCli(['diff', '--word'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        '--- source-text/article.txt',
        '+++ cleaned/article.txt',
        '# corrections: combat-combat',
        '@@ -3 +3 @@',
        '… Pantsir-S1 is primarily used to combat [-combat -]aircraft, helicopters and cruise …',
        '# corrections: lavrov-office',
        '@@ -5 +5 @@',
        // Changes separated only by spaces read as one phrase, not word against word.
        "According to the latest statements, [-Minister of Defense of Russia-]{+Russia's foreign minister+} Sergei Lavrov said the strikes would …",
        ''
      ].join('\n'),
      stderr: ''
    })
  })

  it('--word --color colours removed red and added green instead of brackets', async () => {
    const cwd = project({'corrections/article.yml': correctionsYaml(entries.lavrov)})
    const result = await runCli(['diff', '--word', '--color'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[4]).toBe(
      "According to the latest statements, \u001B[31mMinister of Defense of Russia\u001B[39m\u001B[32mRussia's foreign minister\u001B[39m Sergei Lavrov said the strikes would …"
    )
  })

  it('--word shows whitespace-only and punctuation edits, naming spaces one cannot see', async () => {
    const cwd = project({
      'source-text/article.txt': 'He asked : why ?\nThe  end\u00A0!\n',
      'corrections/article.yml': correctionsYaml(
        approved('colon', 'asked :', 'asked:'),
        approved('question', 'why ?', 'why?'),
        approved('double', 'The  ', 'The '),
        approved('nbsp', 'end\u00A0!', 'end!')
      )
    })
    const result = await runCli(['diff', '--word'], cwd)
    expect(result).toEqual({
      code: 0,
      stdout: [
        '--- source-text/article.txt',
        '+++ cleaned/article.txt',
        '# corrections: colon, question, double, nbsp',
        '@@ -1,2 +1,2 @@',
        'He asked[- -]: why[- -]?',
        'The[-  -]{+ +}end[-<nbsp>-]!',
        ''
      ].join('\n'),
      stderr: ''
    })
    const colored = await runCli(['diff', '--word', '--color'], cwd)
    // In colour a removed space would be an invisible red blank: it keeps its brackets.
    expect(colored.stdout.split('\n')[4]).toBe('He asked\u001B[31m[- -]\u001B[39m: why\u001B[31m[- -]\u001B[39m?')
  })

  it('--fuzzy shows each moved entry as a diff for review, on stderr beside the patch', async () => {
    const cwd = project({
      'source-text/article.txt': 'The oxes pulled the cart.\n',
      'corrections/article.yml': correctionsYaml(approved('oxen', 'oxen', 'horses'))
    })
    expect(await runCli(['diff', '--fuzzy', '--word'], cwd)).toEqual({
      code: 0,
      stdout: '--- source-text/article.txt\n+++ cleaned/article.txt\n# corrections: oxen\n@@ -1 +1 @@\nThe [-oxes-]{+horses+} pulled the cart.\n',
      stderr:
        'postedit: corrections/article.yml:5:12: entry `oxen`: exact text gone; applied to a 75% match at source-text/article.txt:1:5 ("oxes" for "oxen", 1 edit, moved an unknown distance: the entry records no `start`)\n' +
        '  quote: [-oxen-]{+oxes+}\n' +
        '  now:   The [-oxes-]{+horses+} pulled the cart.\n'
    })
  })

  it('prints nothing when no approved entry changes the text', async () => {
    const cwd = project({'corrections/article.yml': correctionsYaml(entries.indeed, entries.roofs)})
    expect(await runCli(['diff'], cwd)).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('a stale entry: exit 2 with its line, no diff, nothing written', async () => {
    const cwd = project({'corrections/article.yml': correctionsYaml(entries.combat.replace('exact: combat combat', 'exact: Sergei Shoigu'))})
    expect(await runCli(['diff'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'postedit: corrections/article.yml:5:12: entry `combat-combat`: `exact` "Sergei Shoigu" is not in source-text/article.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry\n'
    })
    expect(tree(cwd)).toEqual(['corrections/article.yml', 'source-text/article.txt'])
  })
})
