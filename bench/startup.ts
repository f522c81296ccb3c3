/**
 * Startup time of the built CLI: `postedit --version`, `--help` and `lint --help`, each run
 * 10 times in a fresh Node process (median wall time), against a bare `node -e 0` for the
 * floor. `--version` and `--help` import no command and no rule (src/cli.ts loads commands
 * lazily); the aim is under 0.1 s. Needs `npm run build` first (it runs dist/).
 *
 *   npx tsx bench/startup.ts
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(repoRoot, 'dist', 'bin', 'postedit.js')
if (!existsSync(bin)) {
  console.error('bench/startup.ts: no dist/bin/postedit.js; run `npm run build` first')
  process.exit(2)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(args: string[], runs = 10): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, {encoding: 'utf8'})
    times.push(Number(process.hrtime.bigint() - start) / 1e9)
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  }
  return median(times)
}

const cases: Array<[string, string[]]> = [
  ['node -e 0 (the floor)', ['-e', '0']],
  ['postedit --version', [bin, '--version']],
  ['postedit --help', [bin, '--help']],
  ['postedit lint --help', [bin, 'lint', '--help']]
]
console.log('| command | median of 10 (s) |\n| --- | ---: |')
for (const [name, args] of cases) console.log(`| \`${name}\` | ${time(args).toFixed(3)} |`)
