import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readStdinText} from '../../src/fs/read-stdin.js'

describe('readStdinText', () => {
  it('joins chunks split inside a multi-byte character', async () => {
    const bytes = Buffer.from('Déjà vu.\n')
    const stream = Readable.from([bytes.subarray(0, 2), bytes.subarray(2)])
    expect(await readStdinText(stream, 'in.txt')).toBe('Déjà vu.\n')
  })

  it('stops reading past the limit instead of holding an endless stream', async () => {
    let served = 0
    const endless = new Readable({
      read() {
        served++
        this.push(Buffer.alloc(1024, 0x61))
      }
    })
    await expect(readStdinText(endless, 'in.txt', 4096)).rejects.toThrow(
      'in.txt: is larger than the limit of 4096 bytes; split it, or lint it as files'
    )
    expect(served).toBeLessThan(10)
  })

  it('refuses a NUL byte with its place', async () => {
    await expect(readStdinText(Readable.from([Buffer.from('ab\ncd\0')]), 'in.txt')).rejects.toThrow(
      'in.txt:2:3: holds a NUL byte: it is binary, or UTF-16 without a byte-order mark; lint only UTF-8 text files'
    )
  })
})
