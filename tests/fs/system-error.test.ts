import {describe, expect, it} from 'vitest'
import {systemErrorLine} from '../../src/fs/system-error.js'

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
})
