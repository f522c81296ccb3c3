import {readdirSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it, vi} from 'vitest'
import {systemErrorLine} from '../../src/fs/system-error.js'
import {emitReport} from '../../src/report/output.js'
import {scratchDir} from '../helpers.js'

// A full disk cannot be made in a test: the file opens, and its first write fails as a write
// on a full disk does, with no path.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args)
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', syscall: 'write', errno: -28})
      }
      return handle
    }
  }
})

describe('emitReport to --output', () => {
  it('a write that fails names the report file, and leaves no temporary file', async () => {
    const cwd = scratchDir()
    const io = {cwd, stdout: new PassThrough(), stderr: new PassThrough(), color: false}
    const error = await emitReport(io, '[]', 'reports/lint.json').catch((caught: unknown) => caught)
    expect(systemErrorLine(error as NodeJS.ErrnoException, cwd)).toBe('reports/lint.json: the disk is full (ENOSPC on write); free some space and rerun')
    expect(readdirSync(path.join(cwd, 'reports'))).toEqual([])
  })
})
