import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CorrectionsError} from '../../src/corrections/errors.js'
import {mergeEntries, openCorrectionsTarget, writeCorrections} from '../../src/corrections/merge.js'
import {recordCorrections} from '../../src/corrections/record.js'
import {runCli, scratchDir} from '../helpers.js'
import {fingerprint} from '../corrections/fixtures.js'

const text = 'The minister said the strikes would continue.\n'

async function untouched(cwd: string, argv: string[]) {
  const before = fingerprint(cwd)
  const result = await runCli(argv, cwd)
  expect(fingerprint(cwd)).toEqual(before)
  return result
}

describe('record on untrusted input', () => {
  it('refuses a UTF-16 source (with a byte-order mark) at 1:1, writing nothing', async () => {
    const cwd = scratchDir({'edited/a.txt': text, 'source-text/a.txt': ''})
    writeFileSync(path.join(cwd, 'source-text/a.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(await untouched(cwd, ['record', 'source-text/a.txt', 'edited/a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: source-text/a.txt:1:1: is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8, for example with `iconv -f UTF-16 -t UTF-8`\n'
    })
  })

  it('refuses UTF-16 without a byte-order mark and binary files at the first NUL byte', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'edited/a.txt': ''})
    writeFileSync(path.join(cwd, 'edited/a.txt'), Buffer.from('The minister\n', 'utf16le'))
    expect(await untouched(cwd, ['record', 'source-text/a.txt', 'edited/a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: edited/a.txt:1:2: holds a NUL byte: it is binary, or UTF-16 without a byte-order mark; lint only UTF-8 text files\n'
    })
  })

  it('refuses a SOURCE outside the project and an EDITED link out of it; an EDITED named outside is read', async () => {
    const cwd = scratchDir({'source-text/a.txt': text})
    const outside = scratchDir({'edited.txt': text.replace('said', 'stated')})
    expect(await untouched(cwd, ['record', path.join(outside, 'edited.txt'), 'source-text/a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `postedit: SOURCE \`${path.relative(cwd, path.join(outside, 'edited.txt'))}\` is outside the project folder (symlinks followed); name a file in the project\n`
    })
    // A link checked out with the project must not copy a file from outside into the corrections.
    symlinkSync(path.join(outside, 'edited.txt'), path.join(cwd, 'edited.txt'))
    expect(await untouched(cwd, ['record', 'source-text/a.txt', 'edited.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: EDITED `edited.txt` is a link out of the project folder; name the file it leads to by its own path\n'
    })
    // Named by its own path, the user's copy (in ~/Downloads, say) is read, as lint reads it.
    expect(await runCli(['record', 'source-text/a.txt', path.join(outside, 'edited.txt')], cwd)).toMatchObject({code: 0, stdout: 'corrections/a.yml: 1 proposed entry recorded\n'})
  })

  it('in NFD text, never records a lone combining mark as `exact`', () => {
    const source = 'Le café est ouvert. Le thé aussi.\n'.normalize('NFD')
    const edited = 'Le cafè est ouvert. Le thé aussi.\n'.normalize('NFD')
    const [entry, ...more] = recordCorrections(source, edited)
    expect(more).toEqual([])
    expect([entry?.exact, entry?.replacement, entry?.prefix]).toEqual(['e\u0301', 'e\u0300', 'caf'])
  })

  it('refuses to write when the corrections file changed since it was read, keeping the other change', async () => {
    const cwd = scratchDir({'source-text/a.txt': text, 'corrections/a.yml': ''})
    const file = path.join(cwd, 'corrections/a.yml')
    writeFileSync(file, 'document: source-text/a.txt\ncorrections: []\n')
    const target = await openCorrectionsTarget('corrections/a.yml', 'source-text/a.txt', cwd)
    const result = mergeEntries(target, recordCorrections(text, text.replace('said', 'stated')))
    // Another run writes its entry meanwhile.
    const theirs = 'document: source-text/a.txt\ncorrections:\n  - id: theirs\n    exact: minister\n    replacement: Minister\n    status: proposed\n'
    writeFileSync(file, theirs)
    const error = await writeCorrections(result).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CorrectionsError)
    expect((error as CorrectionsError).problems).toEqual([
      'corrections/a.yml: changed since postedit read it (another run or an editor wrote it); nothing written, so rerun the command to add to the new version'
    ])
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    expect(fingerprint(cwd)['corrections']).toBe('dir')
    expect(Object.keys(fingerprint(cwd)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
