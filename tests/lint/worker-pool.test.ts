import {describe, expect, it} from 'vitest'
import {WorkerPool, WorkerStopped} from '../../src/lint/worker-pool.js'

describe('WorkerPool', () => {
  it('rejects the files of a worker that stopped with WorkerStopped, which the caller lints itself', async () => {
    const pool = new WorkerPool(1, {maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1})
    try {
      const linted = pool.lint({value: 'Some text.', path: 'a.txt', cwd: process.cwd(), settings: undefined})
      await expect(linted).rejects.toBeInstanceOf(WorkerStopped)
      await expect(linted).rejects.toThrow(/^lint worker stopped/)
      // Once no worker is left, the pool has no room and says so for any further file.
      await expect(pool.lint({value: 'More.', path: 'b.txt', cwd: process.cwd(), settings: undefined})).rejects.toBeInstanceOf(WorkerStopped)
      expect(pool.hasRoom()).toBe(false)
    } finally {
      await pool.close()
    }
  }, 30_000)
})
