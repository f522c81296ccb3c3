import {lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync} from 'node:fs'
import {Readable} from 'node:stream'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {availableParallelism} from 'node:os'
import {jobsWithin} from '../../src/commands/lint.js'
import {runCli, scratchDir} from '../helpers.js'

const doubled = 'It is used to combat combat aircraft.\n'

const findings = (stdout: string) =>
  (JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>).map((file) => [file.path, file.messages.map((message) => message.reason)])

describe('postedit lint --jobs, --shard, --cache', () => {
  it('exits 2 on a --jobs or --shard that is not a number of threads or an i/n share', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    for (const jobs of ['0', '10000', '1.5']) {
      expect(await runCli(['lint', '--jobs', jobs], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: `postedit: --jobs takes a whole number of threads from 1 to 9999, not \`${jobs}\`, as in \`--jobs 2\`\n`
      })
    }
    for (const shard of ['3/2', '0/2', '1', 'a/b', '1/0']) {
      expect(await runCli(['lint', '--shard', shard], cwd)).toEqual({
        code: 2,
        stdout: '',
        stderr: `postedit: --shard takes i/n, the i-th of n shares with 1 ≤ i ≤ n, not \`${shard}\`, as in \`--shard 2/3\`\n`
      })
    }
  })

  it('lowers a --jobs above the machine\'s cores to them, and says so: more threads only slow the run', async () => {
    // 200 threads on 2 cores took 176 s and 4.2 GB of memory for what --jobs 2 did in 5 s.
    expect(jobsWithin(3, 2)).toEqual({jobs: 2, warning: '--jobs 3 is more than the 2 cores of this machine; linting in 2 threads, since more would only slow the run'})
    expect(jobsWithin(9999, 1)).toEqual({jobs: 1, warning: '--jobs 9999 is more than the 1 core of this machine; linting in 1 thread, since more would only slow the run'})
    expect(jobsWithin(2, 2)).toEqual({jobs: 2})
    const cwd = scratchDir({'a.txt': doubled})
    const cores = availableParallelism()
    const threads = cores === 1 ? '1 thread' : `${cores} threads`
    expect(await runCli(['lint', 'a.txt', '--jobs', '9999', '--format', 'json'], cwd)).toMatchObject({
      code: 1,
      stderr: `postedit: warning: --jobs 9999 is more than the ${cores === 1 ? '1 core' : `${cores} cores`} of this machine; linting in ${threads}, since more would only slow the run\n`
    })
    expect(await runCli(['lint', 'a.txt', '--jobs', String(cores), '--format', 'json'], cwd)).toMatchObject({code: 1, stderr: ''})
  })

  it('exits 2 on an empty --cache-location or --stdin-filename, writing nothing', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    expect(await runCli(['lint', '--cache-location', ''], cwd)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: --cache-location needs a folder, as in `--cache-location .postedit-cache`\n'
    })
    expect(existsSync(path.join(cwd, 'lint.json'))).toBe(false)
    expect(await runCli(['lint', '-', '--stdin-filename', ''], cwd, {stdin: Readable.from([Buffer.from(doubled)])})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: --stdin-filename needs a path, as in `--stdin-filename notes.md`\n'
    })
  })

  it('--shard i/n lints the i-th contiguous share of the sorted files; an empty share is an empty report', async () => {
    const cwd = scratchDir({'source-text/c.txt': doubled, 'source-text/a.txt': doubled, 'source-text/b.txt': 'Fine.\n'})
    const paths = async (shard: string) => (JSON.parse((await runCli(['lint', '--format', 'json', '--shard', shard], cwd)).stdout) as {path: string}[]).map((file) => file.path)
    expect(await paths('1/2')).toEqual(['source-text/a.txt'])
    expect(await paths('2/2')).toEqual(['source-text/b.txt', 'source-text/c.txt'])
    expect(await paths('1/4')).toEqual([])
    expect(await runCli(['lint', '--shard', '1/4'], cwd)).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('--cache replays unchanged files from the cache, and lints again a file whose text or config changed', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, 'source-text/b.txt': 'They met in in Paris.\n'})
    const first = await runCli(['lint', '--format', 'json', '--cache'], cwd)
    const cacheFile = path.join(cwd, '.postedit-cache', 'lint.json')
    expect(existsSync(cacheFile)).toBe(true)

    // A finding edited in the cache comes back as written: the file was not linted again.
    const cache = readFileSync(cacheFile, 'utf8')
    writeFileSync(cacheFile, cache.replaceAll('Unexpected repeated `combat`', 'From the cache `combat`'))
    const replayed = await runCli(['lint', '--format', 'json', '--cache'], cwd)
    expect(findings(replayed.stdout)[0]).toEqual(['source-text/a.txt', ['From the cache `combat`, remove one occurrence']])
    expect(findings(replayed.stdout)[1]).toEqual(findings(first.stdout)[1])

    // A changed text is linted again, and so is every file under a changed config.
    writeFileSync(path.join(cwd, 'source-text/a.txt'), `${doubled}\n`)
    expect(findings((await runCli(['lint', '--format', 'json', '--cache'], cwd)).stdout)[0]).toEqual(['source-text/a.txt', ['Unexpected repeated `combat`, remove one occurrence']])
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replaceAll('Unexpected repeated `in`', 'From the cache `in`'))
    writeFileSync(path.join(cwd, '.posteditrc'), '{"rules": {"false-friend": "off"}}\n')
    expect(findings((await runCli(['lint', '--format', 'json', '--cache'], cwd)).stdout)[1]).toEqual(['source-text/b.txt', ['Unexpected repeated `in`, remove one occurrence']])
  })

  it('--cache-location puts the cache where it says (and implies --cache)', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled, 'node_modules/.keep': ''})
    await runCli(['lint', '--cache-location', 'tmp/lint-cache'], cwd)
    expect(existsSync(path.join(cwd, 'tmp/lint-cache/lint.json'))).toBe(true)
    await runCli(['lint', '--cache'], cwd)
    expect(existsSync(path.join(cwd, 'node_modules/.cache/postedit/lint.json'))).toBe(true)
  })

  it('--cache that cannot be saved: the findings are still reported, with a warning and the exit they give', async () => {
    // The report was thrown away (empty stdout, exit 2) over a message naming a temporary file.
    const cwd = scratchDir({'source-text/a.txt': doubled})
    mkdirSync(path.join(cwd, '.postedit-cache', 'lint.json'), {recursive: true})
    const result = await runCli(['lint', '--format', 'json', '--cache'], cwd)
    expect(findings(result.stdout)).toEqual([['source-text/a.txt', ['Unexpected repeated `combat`, remove one occurrence']]])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'postedit: warning: .postedit-cache/lint.json: the lint cache could not be saved: it is a folder, not a file (EISDIR on rename); remove or rename the folder, and rerun, or lint without --cache (the next run lints every file again)\n'
    )
  })

  it.skipIf(!existsSync('/proc/self'))('--cache-location in /proc, where no folder can be made: a warning at once, not a spin', async () => {
    // Node's recursive mkdir retried /proc/x forever (ENOENT there, EEXIST for /proc), at full CPU.
    const cwd = scratchDir({'source-text/a.txt': doubled})
    const result = await runCli(['lint', '--format', 'json', '--cache-location', '/proc/postedit-cache'], cwd)
    expect(findings(result.stdout)).toEqual([['source-text/a.txt', ['Unexpected repeated `combat`, remove one occurrence']]])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `postedit: warning: ${path.relative(cwd, '/proc/postedit-cache')}: the lint cache could not be saved: no such file or folder (ENOENT on mkdir); check the path, or lint without --cache (the next run lints every file again)\n`
    )
  })

  it('--cache starts afresh from a cache file that is a link to a device, and replaces the link by its own file', async () => {
    const cwd = scratchDir({'source-text/a.txt': doubled})
    mkdirSync(path.join(cwd, '.postedit-cache'))
    symlinkSync('/dev/zero', path.join(cwd, '.postedit-cache', 'lint.json'))
    const result = await runCli(['lint', '--format', 'json', '--cache'], cwd)
    expect(findings(result.stdout)).toEqual([['source-text/a.txt', ['Unexpected repeated `combat`, remove one occurrence']]])
    expect(result.stderr).toBe('')
    expect(lstatSync(path.join(cwd, '.postedit-cache', 'lint.json')).isFile()).toBe(true)
  })
})
