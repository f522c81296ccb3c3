import {availableParallelism} from 'node:os'
import {describe, expect, it} from 'vitest'
import {shardOf, threadsFor} from '../../src/lint/run-lint.js'

describe('threadsFor', () => {
  it('uses the threads --jobs asks for, never more than the files, none for one', () => {
    expect(threadsFor(10, 4)).toBe(4)
    expect(threadsFor(3, 8)).toBe(3)
    expect(threadsFor(1, 8)).toBe(0)
    expect(threadsFor(500, 1)).toBe(0)
  })

  it('by default, one per core from 64 files on, and none below', () => {
    expect(threadsFor(63, undefined)).toBe(0)
    const cores = availableParallelism()
    expect(threadsFor(64, undefined)).toBe(cores > 1 ? Math.min(cores, 64) : 0)
  })
})

describe('shardOf', () => {
  it('cuts the list into contiguous shares that concatenate to the whole', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const shares = [1, 2, 3].map((index) => shardOf(files, {index, count: 3}))
    expect(shares).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f', 'g']])
    expect(shardOf(files, {index: 5, count: 9})).toEqual([])
    expect(shardOf(files, undefined)).toEqual(files)
  })
})
