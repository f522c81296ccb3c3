import {mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic} from '../../src/fs/atomic-write.js'
import {scratchDir} from '../helpers.js'
import {age, snapshot} from '../corrections/fixtures.js'

describe('writeFileAtomic', () => {
  it('creates the folder, writes the bytes and leaves no temporary file', async () => {
    const dir = scratchDir()
    expect(await writeFileAtomic(path.join(dir, 'cleaned/a.txt'), '\uFEFFé\r\n')).toBe(true)
    expect(readFileSync(path.join(dir, 'cleaned/a.txt'))).toEqual(Buffer.from('\uFEFFé\r\n', 'utf8'))
    expect(readdirSync(path.join(dir, 'cleaned'))).toEqual(['a.txt'])
  })

  it('replaces a different file and leaves identical bytes alone, mtime included', async () => {
    const dir = scratchDir({'cleaned/a.txt': 'old\n'})
    expect(await writeFileAtomic(path.join(dir, 'cleaned/a.txt'), 'new\n')).toBe(true)
    expect(readFileSync(path.join(dir, 'cleaned/a.txt'), 'utf8')).toBe('new\n')
    age(dir, 'cleaned/a.txt')
    const before = snapshot(dir, 'cleaned/a.txt')
    expect(await writeFileAtomic(path.join(dir, 'cleaned/a.txt'), 'new\n')).toBe(false)
    expect(snapshot(dir, 'cleaned/a.txt')).toEqual(before)
  })

  it('on failure removes its temporary file and throws', async () => {
    const dir = scratchDir()
    // A folder where the file should go: the rename fails.
    mkdirSync(path.join(dir, 'cleaned/a.txt/inside'), {recursive: true})
    await expect(writeFileAtomic(path.join(dir, 'cleaned/a.txt'), 'text')).rejects.toThrow()
    expect(readdirSync(path.join(dir, 'cleaned'))).toEqual(['a.txt'])
  })
})
