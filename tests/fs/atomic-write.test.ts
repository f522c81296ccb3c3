import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
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

  it('writes text given in pieces a piece at a time, and leaves a file holding the same bytes alone', async () => {
    const dir = scratchDir({'out/report.json': 'old\n'})
    const file = path.join(dir, 'out/report.json')
    const pieces = ['[\n', '', '  "é",\n', '  "\uFEFF"\n', ']\n']
    expect(await writeFileAtomic(file, pieces)).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''))
    age(dir, 'out/report.json')
    const before = snapshot(dir, 'out/report.json')
    expect(await writeFileAtomic(file, pieces.values())).toBe(false)
    expect(snapshot(dir, 'out/report.json')).toEqual(before)
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.json'])
    // Same size, other bytes: written.
    expect(await writeFileAtomic(file, pieces.map((piece) => piece.replace('é', 'è')))).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(pieces.join('').replace('é', 'è'))
  })

  it('leaves the file as it was when the pieces stop with an error, and its temporary file is gone', async () => {
    const dir = scratchDir({'out/report.json': 'the earlier report\n'})
    function* failing(): Generator<string> {
      yield '[\n'
      throw new Error('the report could not be made')
    }
    await expect(writeFileAtomic(path.join(dir, 'out/report.json'), failing())).rejects.toThrow('the report could not be made')
    expect(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).toBe('the earlier report\n')
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.json'])
  })

  it('on failure removes its temporary file and throws', async () => {
    const dir = scratchDir()
    // A folder where the file should go: the rename fails.
    mkdirSync(path.join(dir, 'cleaned/a.txt/inside'), {recursive: true})
    await expect(writeFileAtomic(path.join(dir, 'cleaned/a.txt'), 'text')).rejects.toThrow()
    expect(readdirSync(path.join(dir, 'cleaned'))).toEqual(['a.txt'])
  })

  it('makes the folders one by one, each error final: a file in the way, or a folder /proc will not make', async () => {
    const dir = scratchDir({'cleaned/file': ''})
    expect(await writeFileAtomic(path.join(dir, 'out/a/b/c.txt'), 'text')).toBe(true)
    expect(readFileSync(path.join(dir, 'out/a/b/c.txt'), 'utf8')).toBe('text')
    // Node's own codes, which the messages put in words.
    await expect(writeFileAtomic(path.join(dir, 'cleaned/file/c.txt'), 'text')).rejects.toMatchObject({code: 'EEXIST', syscall: 'mkdir', path: path.join(dir, 'cleaned/file')})
    await expect(writeFileAtomic(path.join(dir, 'cleaned/file/sub/c.txt'), 'text')).rejects.toMatchObject({code: 'ENOTDIR', syscall: 'mkdir', path: path.join(dir, 'cleaned/file/sub')})
    // Node's recursive mkdir retried /proc/x forever: ENOENT for it, EEXIST for /proc.
    if (existsSync('/proc/self')) {
      await expect(writeFileAtomic('/proc/postedit-x/y/c.txt', 'text')).rejects.toMatchObject({code: 'ENOENT', syscall: 'mkdir', path: '/proc/postedit-x'})
    }
  })
})

describe('temporary files of interrupted runs', () => {
  it('removes stale temporaries a killed run left beside the file, and keeps a live run\'s', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postedit-atomic-'))
    // A pid far above any live process: the run that wrote it is gone.
    writeFileSync(path.join(dir, '.x.txt.999999999.abcd1234.tmp'), 'half')
    writeFileSync(path.join(dir, `.x.txt.${process.pid}.abcd1234.tmp`), 'in flight')
    await writeFileAtomic(path.join(dir, 'x.txt'), 'new\n')
    expect(readdirSync(dir).sort()).toEqual([`.x.txt.${process.pid}.abcd1234.tmp`, 'x.txt'])
  })

  it('a SIGTERM mid-write removes the temporary file (a child process is killed while it writes)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postedit-atomic-'))
    const script = `
      import {writeFileAtomic} from ${JSON.stringify(path.resolve('src/fs/atomic-write.ts'))}
      await writeFileAtomic(${JSON.stringify(path.join(dir, 'x.txt'))}, 'x', {beforeRename: async () => {
        console.log('writing'); await new Promise(() => setInterval(() => {}, 1000))
      }})`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1)
    child.kill('SIGTERM')
    const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)))
    expect(signal).toBe('SIGTERM')
    expect(readdirSync(dir)).toEqual([])
  })

  it('an error on its temporary file names what the user can fix: the folder, or the file written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postedit-atomic-'))
    // A folder where the file goes: the rename fails on the target.
    mkdirSync(path.join(dir, 'x.json', 'inner'), {recursive: true})
    const renamed = (await writeFileAtomic(path.join(dir, 'x.json'), '{}\n').catch((error: unknown) => error)) as NodeJS.ErrnoException
    expect([renamed.syscall, renamed.path]).toEqual(['rename', path.join(dir, 'x.json')])
    expect(readdirSync(dir)).toEqual(['x.json'])
    // A folder no file can be made in (root may write anywhere else): the open fails in it.
    const opened = (await writeFileAtomic('/proc/self/x.json', '{}\n').catch((error: unknown) => error)) as NodeJS.ErrnoException
    expect([opened.syscall, opened.path]).toEqual(['open', '/proc/self'])
  })
})
