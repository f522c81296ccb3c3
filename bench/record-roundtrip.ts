/**
 * Does `record` capture real post-edits? For every distinct (mt, ref) pair of the Bio-MQM fr→en
 * dev split: record the reference as corrections of the MT, approve them all, apply them, and
 * count how many give the reference back exactly.
 *
 *   npx tsx bench/record-roundtrip.ts
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {applyCorrections} from '../src/corrections/apply.js'
import {recordCorrections} from '../src/corrections/record.js'
import type {Correction} from '../src/corrections/types.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// The eval data sits beside the repo, never inside it: users have no such folder.
const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval')
const dataPath = path.join(evalDir, 'bio-mqm-fr-en.dev.jsonl')

if (!existsSync(dataPath)) {
  console.log(`${path.relative(repoRoot, evalDir)} is absent: no eval data, nothing to measure`)
  process.exit(0)
}

const pairs = new Map<string, {mt: string; ref: string}>()
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (line.trim() === '') continue
  const row = JSON.parse(line) as {mt?: unknown; ref?: unknown}
  if (typeof row.mt !== 'string' || typeof row.ref !== 'string') continue
  pairs.set(JSON.stringify([row.mt, row.ref]), {mt: row.mt, ref: row.ref})
}

let roundTrips = 0
let identical = 0
let entries = 0
let recordTime = 0
let applyTime = 0
const failures: string[] = []
for (const {mt, ref} of pairs.values()) {
  if (mt === ref) identical++
  let recorded: Correction[]
  const started = performance.now()
  try {
    recorded = recordCorrections(mt, ref)
  } catch (error) {
    failures.push(`record failed: ${(error as Error).message}`)
    continue
  }
  const recordedAt = performance.now()
  recordTime += recordedAt - started
  entries += recorded.length
  const approved = recorded.map((entry): Correction => ({...entry, status: 'approved', reviewer: 'bench', reviewed: '2026-11-25'}))
  const result = applyCorrections(mt, approved)
  applyTime += performance.now() - recordedAt
  if (result.text === ref && result.problems.length === 0) roundTrips++
  else failures.push(result.problems[0]?.message ?? 'applied text differs from the reference')
}

const ms = (value: number) => `${value.toFixed(0)} ms`
console.log(`${roundTrips}/${pairs.size} pairs round-trip (${identical} with mt identical to ref)`)
console.log(`${entries} entries recorded, ${(entries / Math.max(1, pairs.size - identical)).toFixed(1)} per differing pair`)
console.log(`record ${ms(recordTime)}, apply ${ms(applyTime)} (${((recordTime + applyTime) / Math.max(1, pairs.size)).toFixed(2)} ms per pair)`)
for (const failure of failures.slice(0, 5)) console.log(`  failure: ${failure}`)
