/**
 * Reports too large for one string: `postedit lint` on a text of stray guillemets, one finding
 * for each two bytes (about a million for the default 2,000 kB), in each machine format, to
 * stdout and to `--output`. The JSON report of such a text is some 800 MB, longer than V8's
 * longest string, and lint stopped with "Invalid string length" while it built it as one; the
 * reports are now written piece by piece. Each run is the built command (`npm run build`
 * first) in a process of its own; the script prints its time, peak RSS and report size, and
 * checks that the report is whole (its ending, and its count of findings).
 *
 *   npx tsx bench/huge-report.ts [--kb 2000] [--formats json,sarif,github]
 */
import {spawnSync} from 'node:child_process'
import {closeSync, createReadStream, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]!
}
const kb = Number(option('kb', '2000'))
const formats = option('formats', 'json,sarif,github').split(',')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist', 'bin', 'postedit.js')
if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`)

const dir = mkdtempSync(path.join(tmpdir(), 'postedit-huge-report-'))
// `«` is two bytes of UTF-8 and, standing alone, one finding of french-guillemets.
const findings = Math.floor((kb * 1000) / 2)
writeFileSync(path.join(dir, 'big.txt'), '«'.repeat(findings))
// The command as `postedit` runs, with its peak RSS said on stderr when it exits.
const wrapper = path.join(dir, 'measure.mjs')
writeFileSync(
  wrapper,
  `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'))\nawait import(${JSON.stringify(pathToFileURL(bin).href)})\n`
)

/** How many times `needle` occurs in the file, and its last bytes, read in blocks. */
async function scan(file: string, needle: string): Promise<{count: number; tail: string}> {
  let count = 0
  let carry = ''
  for await (const chunk of createReadStream(file, {encoding: 'utf8', highWaterMark: 1 << 20})) {
    const text = carry + (chunk as string)
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++
    carry = text.slice(-(needle.length - 1))
    // A match split across blocks is counted once: the carry is too short to hold a whole one.
  }
  return {count, tail: carry}
}

const needles: Record<string, {needle: string; tail: string}> = {
  json: {needle: '"ruleId": "french-guillemets"', tail: ']\n'},
  sarif: {needle: '"ruleId": "french-guillemets"', tail: '}\n'},
  github: {needle: 'title=french-guillemets::', tail: '\n'}
}

console.log(`${findings.toLocaleString('en')} stray guillemets in ${kb.toLocaleString('en')} kB; reports in ${dir}`)
let failed = false
for (const format of formats) {
  for (const target of ['stdout', '--output'] as const) {
    const report = path.join(dir, `report-${format}-${target === 'stdout' ? 'stdout' : 'output'}.txt`)
    const args = [wrapper, 'lint', 'big.txt', '--format', format, ...(target === '--output' ? ['--output', report] : [])]
    const out = openSync(target === 'stdout' ? report : path.join(dir, 'stdout.txt'), 'w')
    const started = performance.now()
    const run = spawnSync(process.execPath, args, {cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24})
    const seconds = (performance.now() - started) / 1000
    closeSync(out)
    const rss = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024
    const problem = run.stderr.replace(/maxRSS \d+\n/, '').trim()
    const size = existsSync(report) ? statSync(report).size : 0
    const {count, tail} = size > 0 ? await scan(report, needles[format]!.needle) : {count: 0, tail: ''}
    const whole = run.status === 1 && count === findings && tail.endsWith(needles[format]!.tail)
    if (!whole) failed = true
    console.log(
      `  ${format} to ${target}: exit ${run.status}, ${seconds.toFixed(1)} s, peak RSS ${rss.toFixed(0)} MB, ${(size / 1e6).toFixed(0)} MB, ` +
        `${count.toLocaleString('en')} findings${whole ? '' : ' (not whole)'}${problem ? `; stderr: ${problem.slice(0, 200)}` : ''}`
    )
    rmSync(report, {force: true})
  }
}
rmSync(dir, {recursive: true, force: true})
process.exitCode = failed ? 1 : 0
