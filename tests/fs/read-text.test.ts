import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, mkdirSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ReadTextError, decodeUtf8, firstInvalidUtf8, readTextFile} from '../../src/fs/read-text.js'

const dir = mkdtempSync(path.join(tmpdir(), 'postedit-read-'))

async function failure(promise: Promise<unknown>): Promise<ReadTextError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(ReadTextError)
  return error as ReadTextError
}

describe('readTextFile', () => {
  it('reads UTF-8 and keeps a byte-order mark', async () => {
    const file = path.join(dir, 'bom.txt')
    writeFileSync(file, '\uFEFFCafé\n')
    expect(await readTextFile(file)).toBe('\uFEFFCafé\n')
  })

  it('follows a symlink to a regular file', async () => {
    const file = path.join(dir, 'target.txt')
    writeFileSync(file, 'text')
    symlinkSync(file, path.join(dir, 'link.txt'))
    expect(await readTextFile(path.join(dir, 'link.txt'))).toBe('text')
  })

  it('refuses a folder, a device and a FIFO without blocking', async () => {
    mkdirSync(path.join(dir, 'folder.txt'))
    expect((await failure(readTextFile(path.join(dir, 'folder.txt'), {display: 'folder.txt'}))).message).toBe(
      'folder.txt: not a regular file (a folder); postedit reads only regular text files'
    )
    expect((await failure(readTextFile('/dev/zero'))).message).toBe(
      '/dev/zero: not a regular file (a device); postedit reads only regular text files'
    )
    const fifo = path.join(dir, 'pipe.txt')
    execFileSync('mkfifo', [fifo])
    expect((await failure(readTextFile(fifo, {display: 'pipe.txt'}))).message).toBe(
      'pipe.txt: not a regular file (a FIFO); postedit reads only regular text files'
    )
  })

  it('refuses a file over the limit before reading it', async () => {
    const file = path.join(dir, 'big.txt')
    writeFileSync(file, 'x'.repeat(101))
    expect((await failure(readTextFile(file, {maxBytes: 100, display: 'big.txt'}))).message).toBe(
      'big.txt: is 101 bytes, more than the limit of 100; split it, or raise the limit with `maxBytes` in .posteditrc'
    )
    writeFileSync(file, 'x'.repeat(100))
    expect(await readTextFile(file, {maxBytes: 100})).toHaveLength(100)
  })

  it('names a missing file', async () => {
    expect((await failure(readTextFile(path.join(dir, 'nope.txt'), {display: 'nope.txt'}))).message).toBe(
      'nope.txt: no such file; check the path'
    )
  })
})

describe('decodeUtf8', () => {
  it('names the line and column of the first byte that is not UTF-8', () => {
    const error = (() => {
      try {
        decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x64]), 'a.txt')
      } catch (caught) {
        return caught as ReadTextError
      }
    })()
    expect(error?.message).toBe(
      'a.txt:2:3: is not valid UTF-8 (byte 0xe9); convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`'
    )
    expect([error?.line, error?.column]).toEqual([2, 3])
  })

  it('refuses UTF-16 with a byte-order mark, and NUL bytes (binary, or UTF-16 without one)', () => {
    expect(() => decodeUtf8(Buffer.from('\uFEFFhi', 'utf16le'), 'w.txt')).toThrow(
      'w.txt:1:1: is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8'
    )
    expect(() => decodeUtf8(Buffer.from('hi', 'utf16le'), 'n.txt')).toThrow(
      'n.txt:1:2: holds a NUL byte: it is binary, or UTF-16 without a byte-order mark; lint only UTF-8 text files'
    )
  })
})

describe('firstInvalidUtf8', () => {
  it('accepts every valid form and rejects overlong forms, surrogates and truncation', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1)
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2)
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0)
  })

  it('agrees with a fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', {fatal: true})
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed)
    for (let run = 0; run < 2000; run++) {
      const bytes = Uint8Array.from({length: 1 + (random() % 12)}, () => {
        const r = random() % 4
        return r === 0 ? 0x41 : r === 1 ? 0x80 + (random() % 64) : 0xc0 + (random() % 64)
      })
      let valid = true
      try {
        decoder.decode(bytes)
      } catch {
        valid = false
      }
      if (bytes.includes(0)) continue
      expect(firstInvalidUtf8(bytes) === -1).toBe(valid)
    }
  })
})
