import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {SEMI_SPACE_MB, wantsYoungGeneration} from '../src/young-generation.js'
import {scratchDir} from './helpers.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')
const cli = path.join(repoRoot, 'src/bin/postedit.ts')
const flag = `--max-semi-space-size=${SEMI_SPACE_MB}`

describe('wantsYoungGeneration', () => {
  it.each([
    ['lint', ['lint', 'a.txt'], [], undefined, true],
    ['run', ['run'], [], undefined, true],
    ['check', ['check', '--format', 'json'], [], undefined, true],
    ['propose', ['propose'], [], undefined, true],
    ['report', ['report'], [], undefined, true],
    ['a command that lints nothing', ['apply'], [], undefined, false],
    ['--version', ['--version'], [], undefined, false],
    ['no command', [], [], undefined, false],
    ['help for a linting command', ['lint', '--help'], [], undefined, false],
    ['-h for a linting command', ['run', '-h'], [], undefined, false],
    ['the relaunched process', ['lint'], [flag], undefined, false],
    ['a size the user gave Node', ['lint'], ['--max-semi-space-size=8'], undefined, false],
    ['a size in NODE_OPTIONS', ['lint'], [], '--max-old-space-size=100 --max-semi-space-size=8', false],
    ['other NODE_OPTIONS', ['lint'], [], '--max-old-space-size=100', true]
  ] as const)('%s', (_, argv, execArgv, nodeOptions, expected) => {
    expect(wantsYoungGeneration(argv, execArgv, nodeOptions)).toBe(expected)
  })
})

/** A preload that records each Node process the command starts, with its Node flags. */
function tracingEnv(dir: string): {env: NodeJS.ProcessEnv; processes: () => Array<{pid: number; execArgv: string[]}>} {
  const trace = path.join(dir, 'trace.jsonl')
  const preload = path.join(dir, 'trace.cjs')
  writeFileSync(
    preload,
    `require('node:fs').appendFileSync(${JSON.stringify(trace)}, JSON.stringify({pid: process.pid, execArgv: process.execArgv}) + '\\n')\n`
  )
  return {
    env: {...process.env, NODE_OPTIONS: `--require ${preload}`},
    processes: () => {
      if (!existsSync(trace)) return []
      const entries = readFileSync(trace, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as {pid: number; execArgv: string[]})
      // tsx's own launcher runs without its loader, and the loader's thread preloads too:
      // postedit's processes are those with the loader, once each.
      return entries.filter((entry, index) => entry.execArgv.some((arg) => arg.includes('tsx')) && entries.findIndex((other) => other.pid === entry.pid) === index)
    }
  }
}

describe('the postedit command', () => {
  it('lints in a Node started again with the semi-space flag, with the same output and exit code', () => {
    const dir = scratchDir({'a.txt': 'The the minister spoke.\n'})
    const {env, processes} = tracingEnv(dir)
    const run = spawnSync(tsx, [cli, 'lint', 'a.txt', '--format', 'json'], {cwd: dir, env, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; reason: string; place: {start: {offset: number}}}>}>
    expect(report[0]!.messages.map(({ruleId, reason, place}) => [ruleId, reason, place.start.offset])).toEqual([
      ['repeated-word', 'Unexpected repeated `the`, remove one occurrence', 0]
    ])
    const started = processes()
    expect(started).toHaveLength(2)
    expect(started[0]!.execArgv).not.toContain(flag)
    expect(started[1]!.execArgv[0]).toBe(flag)
  }, 60_000)

  it('starts no second Node for --version, nor when the user chose a size', () => {
    const dir = scratchDir({'a.txt': 'A fine text.\n'})
    const {env, processes} = tracingEnv(dir)
    const version = spawnSync(tsx, [cli, '--version'], {cwd: dir, env, encoding: 'utf8'})
    expect(version.status).toBe(0)
    expect(processes()).toHaveLength(1)
    const chosen = spawnSync(tsx, [cli, 'lint', 'a.txt'], {cwd: dir, env: {...env, NODE_OPTIONS: `${env['NODE_OPTIONS']} --max-semi-space-size=8`}, encoding: 'utf8'})
    expect(chosen.status).toBe(0)
    expect(processes()).toHaveLength(2)
  }, 60_000)

  it('passes a SIGTERM sent to it alone on to the linting process, and dies of it', async () => {
    const dir = scratchDir()
    const {env, processes} = tracingEnv(dir)
    // `lint -` waits for standard input, which this test never closes.
    const command = spawn(tsx, [cli, 'lint', '-'], {cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe']})
    const deadline = Date.now() + 30_000
    while (processes().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    const [parent, child] = processes()
    expect(child?.execArgv[0]).toBe(flag)
    const ended = new Promise<NodeJS.Signals | null>((resolve) => command.once('exit', (_code, signal) => resolve(signal)))
    process.kill(parent!.pid, 'SIGTERM')
    await ended
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    expect(alive(parent!.pid)).toBe(false)
    expect(alive(child!.pid)).toBe(false)
  }, 60_000)
})
