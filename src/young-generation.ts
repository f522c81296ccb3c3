import {spawn} from 'node:child_process'

/**
 * V8's semi-space for the postedit command's lint runs, in MB (the young generation is two of
 * them): twice Node 20's default of 16.
 *
 * A lint run allocates about 1.4 GB per 5 MB of text, most of it parse-tree nodes and tokens
 * that live as long as their file's lint. With 16 MB semi-spaces a scavenge comes every few
 * files and copies the file in hand, so much of each tree is copied twice and promoted before
 * it dies; at 32 MB most of it dies young. bench/throughput.ts measured a run about 12% less
 * CPU for the same peak memory (under 250 MB either way); at 64 MB the peak grew past 240 MB
 * for little more speed.
 *
 * V8 reads this size only when a process starts (setFlagsFromString after start changes
 * nothing, unlike the heap growth of heap-growth.ts), so the command starts Node again with it
 * (bin/postedit.ts): about 0.1 s more, paid only by the commands that lint.
 */
export const SEMI_SPACE_MB = 32

const flag = `--max-semi-space-size=${SEMI_SPACE_MB}`

/** The commands that lint text, where a run's speed is its garbage collector's. */
const lintingCommands = new Set(['lint', 'run', 'check', 'propose', 'report'])

/**
 * Whether this invocation should start Node again with the semi-space flag: a linting command,
 * not asking for help, in a process that has no semi-space size of its own yet (the relaunched
 * one has, and so has a process whose user chose a size in NODE_OPTIONS or on Node's command
 * line: theirs stands).
 */
export function wantsYoungGeneration(argv: readonly string[], execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  if (!lintingCommands.has(argv[0] ?? '')) return false
  if (argv.includes('-h') || argv.includes('--help')) return false
  const sized = (text: string) => /--max-semi-space-size\b/.test(text)
  return !execArgv.some(sized) && !sized(nodeOptions ?? '')
}

/** Signals that a parent gets alone (a CI runner's SIGTERM to the command's pid) and passes on. */
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Runs this same command in a new Node process with the semi-space flag, its standard streams
 * shared, and settles with how it ended: an exit code, or the signal that stopped it. Undefined
 * when no process could be started (the caller then runs the command itself, only slower).
 */
export function relaunchWithYoungGeneration(argv: readonly string[]): Promise<{code: number} | {signal: NodeJS.Signals} | undefined> {
  const script = process.argv[1]
  if (script === undefined) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [flag, ...process.execArgv, script, ...argv], {stdio: 'inherit'})
    // A terminal's Ctrl-C reaches both processes; passing it on again is harmless, and a
    // signal sent to this process alone must reach the one doing the work.
    const pass = (signal: NodeJS.Signals) => child.kill(signal)
    for (const signal of forwarded) process.on(signal, pass)
    let settled = false
    const settle = (outcome: {code: number} | {signal: NodeJS.Signals} | undefined) => {
      if (settled) return
      settled = true
      for (const signal of forwarded) process.off(signal, pass)
      resolve(outcome)
    }
    // No pid: the process never started. With one, its exit is what counts.
    child.once('error', () => {
      if (child.pid === undefined) settle(undefined)
    })
    child.once('exit', (code, signal) => settle(signal ? {signal} : {code: code ?? 1}))
  })
}
