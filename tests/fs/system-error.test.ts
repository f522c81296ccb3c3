import {mkdirSync, readdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {systemErrorLine} from '../../src/fs/system-error.js'
import {runCli, scratchDir} from '../helpers.js'

const error = (code: string, syscall: string, file?: string) => Object.assign(new Error(`${code}: raw`), {code, syscall, ...(file ? {path: file} : {})})

describe('systemErrorLine', () => {
  it('names the file relative to the cwd, the cause in words and the fix', () => {
    expect(systemErrorLine(error('EEXIST', 'mkdir', '/p/cleaned'), '/p')).toBe('cleaned: a file is in the way (EEXIST on mkdir); remove or rename that file, and rerun')
    expect(systemErrorLine(error('EISDIR', 'rename', '/p/cleaned/a.txt'), '/p')).toBe(
      'cleaned/a.txt: it is a folder, not a file (EISDIR on rename); remove or rename the folder, and rerun'
    )
  })

  it('a write error carries no path: the caller names the file', () => {
    expect(systemErrorLine(error('ENOSPC', 'write'), '/p', 'cleaned/a.txt')).toBe('cleaned/a.txt: the disk is full (ENOSPC on write); free some space and rerun')
  })

  it('a link to a missing folder where a folder is to be made is named as such, not as a file in the way', async () => {
    const cwd = scratchDir({'source-text/a.txt': 'It is used to combat combat aircraft.\n'})
    symlinkSync(path.join(cwd, 'missing'), path.join(cwd, 'pages'))
    expect(systemErrorLine(error('EEXIST', 'mkdir', path.join(cwd, 'pages')), cwd)).toBe(
      'pages: a link to a missing folder is in the way (EEXIST on mkdir); point the link at an existing folder, or remove it, and rerun'
    )
    expect(await runCli(['report', '--out-dir', 'pages', 'source-text/a.txt'], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: pages: a link to a missing folder is in the way (EEXIST on mkdir); point the link at an existing folder, or remove it, and rerun\n'
    })
    // Once the folder it points at exists, the link is a folder like any other.
    mkdirSync(path.join(cwd, 'missing'))
    expect((await runCli(['report', '--out-dir', 'pages', 'source-text/a.txt'], cwd)).code).toBe(0)
    expect(readdirSync(path.join(cwd, 'missing'))).toEqual(['a.report.html'])
  })
})
