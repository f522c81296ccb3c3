import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Io} from '../../src/io.js'
import {jsonReport, jsonReportChunks} from '../../src/report/json-report.js'
import {REPORT_PIECE, emitReport} from '../../src/report/output.js'
import {scratchDir} from '../helpers.js'

/** A stdout that takes `size` characters before it asks the writer to wait, and records each write. */
function slowStdout(size: number): {stream: Writable; writes: string[]} {
  const writes: string[] = []
  const stream = new Writable({
    highWaterMark: size,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      writes.push(chunk)
      setImmediate(done)
    }
  })
  return {stream, writes}
}

const io = (cwd: string, stdout: Writable): Io => ({cwd, stdout, stderr: new PassThrough(), color: false})

/** A file with `count` stray guillemets, as lint reports them, without linting. */
function manyFindings(cwd: string, count: number): VFile {
  const file = new VFile({cwd, path: path.join(cwd, 'a.txt'), value: '«'.repeat(count)})
  for (let n = count - 1; n >= 0; n--) {
    const message = file.message('Unexpected stray French guillemet `«`, remove it', {
      place: {start: {line: 1, column: n + 1, offset: n}, end: {line: 1, column: n + 2, offset: n + 1}},
      ruleId: 'french-guillemets',
      source: 'postedit'
    })
    message.fatal = true
    Object.assign(message, {actual: '«', expected: [''], category: 'Linguistic conventions/Punctuation'})
  }
  return file
}

describe('emitReport', () => {
  it('writes a report given in pieces to stdout as it comes, in pieces of about 64 kB, waiting for a slow reader', async () => {
    const {stream, writes} = slowStdout(1024)
    const pieces = Array.from({length: 5000}, (_, index) => `line ${index} ${'x'.repeat(100)}\n`)
    let taken = 0
    function* report() {
      for (const piece of pieces) {
        taken++
        yield piece
      }
    }
    const done = emitReport(io(process.cwd(), stream), report(), undefined)
    // The first piece is written, and the writer waits for the reader before it takes more.
    expect(taken).toBeLessThan(pieces.length)
    await done
    await new Promise<void>((resolve) => stream.end(resolve))
    expect(writes.join('')).toBe(pieces.join(''))
    expect(writes.length).toBeGreaterThan(1)
    expect(Math.max(...writes.map((write) => write.length))).toBeLessThan(REPORT_PIECE + 200)
  })

  it('ends a report with a line break, once, and writes nothing for an empty one', async () => {
    for (const [report, expected] of [[['{', '}'], '{}\n'], [['a\n', ''], 'a\n'], [[], ''], ['x', 'x\n'], ['', '']] as const) {
      const {stream, writes} = slowStdout(1024)
      await emitReport(io(process.cwd(), stream), report, undefined)
      expect(writes.join(''), JSON.stringify(report)).toBe(expected)
    }
  })

  it('writes --output from the pieces into a temporary file renamed over the target, the same text as on stdout', async () => {
    const cwd = scratchDir({'report.json': 'the earlier report\n'})
    const file = manyFindings(cwd, 3000)
    const {stream, writes} = slowStdout(1 << 16)
    await emitReport(io(cwd, stream), jsonReportChunks([file], cwd), undefined)
    await emitReport(io(cwd, stream), jsonReportChunks([file], cwd), 'report.json')
    expect(readFileSync(path.join(cwd, 'report.json'), 'utf8')).toBe(writes.join(''))
    expect(readdirSync(cwd).filter((name) => name.includes('report'))).toEqual(['report.json'])
  })
})

describe('jsonReportChunks', () => {
  it('gives the JSON report in pieces of one message or so, which join to the report JSON.stringify made', () => {
    const cwd = scratchDir()
    const file = manyFindings(cwd, 3000)
    const pieces = [...jsonReportChunks([file, new VFile({cwd, path: path.join(cwd, 'b.txt'), value: 'Fine.'})], cwd)]
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(1000)
    const report = JSON.parse(pieces.join('')) as Array<{path: string; messages: unknown[]}>
    expect(report.map((entry) => [entry.path, entry.messages.length])).toEqual([['a.txt', 3000], ['b.txt', 0]])
    // What the report was before it came in pieces: one JSON.stringify of the whole.
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2) + '\n')
    expect(jsonReport([file], cwd, {quiet: true})).toBe(JSON.stringify(report.slice(0, 1), null, 2) + '\n')
  })
})
