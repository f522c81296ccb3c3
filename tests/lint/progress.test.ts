import {describe, expect, it} from 'vitest'
import {Progress} from '../../src/lint/progress.js'

function stream(isTTY: boolean) {
  const written: string[] = []
  return {written, write: (text: string) => written.push(text), isTTY}
}

describe('the progress line', () => {
  it('is drawn on a terminal for more than 50 files, and erased at the end', () => {
    const tty = stream(true)
    let time = 0
    const progress = new Progress(tty, 1200, () => time)
    progress.update(1)
    time = 50
    progress.update(2)
    time = 200
    progress.update(1200)
    progress.end()
    expect(tty.written).toEqual(['\r\x1b[2Kpostedit: linting 1/1,200 files', '\r\x1b[2Kpostedit: linting 1,200/1,200 files', '\r\x1b[2K'])
  })

  it('waits a second on a short run, and is never drawn off a terminal', () => {
    const tty = stream(true)
    let time = 0
    const progress = new Progress(tty, 3, () => time)
    progress.update(1)
    expect(tty.written).toEqual([])
    time = 1500
    progress.update(2)
    expect(tty.written).toEqual(['\r\x1b[2Kpostedit: linting 2/3 files'])

    const log = stream(false)
    const quiet = new Progress(log, 5000, () => 0)
    quiet.update(10)
    quiet.end()
    expect(log.written).toEqual([])
  })
})
