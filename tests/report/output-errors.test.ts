import {PassThrough} from 'node:stream'
import {describe, expect, it, vi} from 'vitest'
import {systemErrorLine} from '../../src/fs/system-error.js'
import {emitReport} from '../../src/report/output.js'

// A full disk cannot be made in a test: the atomic write fails as a write on one does, with no path.
vi.mock('../../src/fs/atomic-write.js', () => ({
  writeFileAtomic: async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', syscall: 'write', errno: -28})
  }
}))

describe('emitReport to --output', () => {
  it('a write that fails names the report file', async () => {
    const io = {cwd: '/p', stdout: new PassThrough(), stderr: new PassThrough(), color: false}
    const error = await emitReport(io, '[]', 'reports/lint.json').catch((caught: unknown) => caught)
    expect(systemErrorLine(error as NodeJS.ErrnoException, '/p')).toBe('reports/lint.json: the disk is full (ENOSPC on write); free some space and rerun')
  })
})
