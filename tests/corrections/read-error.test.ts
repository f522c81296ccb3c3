import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'

// A read that fails below postedit's own checks, as EMFILE or EACCES do.
vi.mock('../../src/fs/read-text.js', async (original) => {
  const actual = await original<typeof import('../../src/fs/read-text.js')>()
  return {
    ...actual,
    readTextFile: async (file: string) => {
      const code = path.basename(file, '.yml').toUpperCase()
      throw Object.assign(new Error(`${code}: failed, open '${file}'`), {code, syscall: 'open', path: file})
    }
  }
})

const {readCorrectionsText} = await import('../../src/corrections/load.js')
const {CorrectionsError} = await import('../../src/corrections/errors.js')
const {problemLine} = await import('../../src/problems/file-problem.js')

async function problemFor(code: string): Promise<string> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'postedit-read-error-'))
  mkdirSync(path.join(cwd, 'corrections'))
  const file = path.join(cwd, 'corrections', `${code.toLowerCase()}.yml`)
  writeFileSync(file, 'document: a.txt\n')
  try {
    await readCorrectionsText(file, `corrections/${code.toLowerCase()}.yml`, cwd)
  } catch (error) {
    expect(error).toBeInstanceOf(CorrectionsError)
    return (error as InstanceType<typeof CorrectionsError>).items.map(problemLine).join('\n')
  }
  throw new Error('no error')
}

describe('a corrections file that cannot be read', () => {
  it('gets the fix for its error, not always the permissions advice', async () => {
    expect(await problemFor('EMFILE')).toBe(
      'corrections/emfile.yml: cannot read the corrections file: too many open files (EMFILE on open); raise the limit (`ulimit -n`) and rerun'
    )
    expect(await problemFor('EACCES')).toBe(
      'corrections/eacces.yml: cannot read the corrections file: permission denied (EACCES on open); make it writable (or readable) by this user'
    )
  })
})
