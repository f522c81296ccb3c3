import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintFiles} from '../../src/lint/run-lint.js'
import {jsonReport} from '../../src/report/json-report.js'
import {repoRoot, scratchDir, seedPath} from '../helpers.js'

/**
 * Every finding (rule, place, reason, fix, score) on a bundled corpus, against a committed
 * snapshot recorded before the lint loop was rewritten: a change of engine must change no
 * finding. The corpus is frozen copies of the project's own prose (the rule reference, whose
 * examples flag every rule, as Markdown and as plain text; the README; an HTML page) and the
 * seed article, alone and three times over under a folder config of its own. The plain-text
 * rule reference is past the 32 kB at which a text is linted in pieces.
 */
function corpusDir(): string {
  const dir = scratchDir()
  cpSync(path.join(repoRoot, 'tests/lint/fixtures/corpus'), dir, {recursive: true})
  // The HTML page is the lint fixture itself, not a second copy of it.
  cpSync(path.join(repoRoot, 'tests/lint/fixtures/article.html'), path.join(dir, 'article.html'))
  const seed = readFileSync(seedPath, 'utf8')
  writeFileSync(path.join(dir, 'seed.txt'), seed)
  writeFileSync(path.join(dir, 'nested', 'seed-three-times.txt'), [seed, seed, seed].join('\n\n'))
  return dir
}

describe('findings on the bundled corpus', () => {
  it('are exactly the recorded ones', async () => {
    const cwd = corpusDir()
    const result = await lintFiles({cwd, paths: ['.']})
    expect(result.problems).toEqual([])
    const report = jsonReport(result.files, cwd)
    const files = JSON.parse(report) as Array<{path: string; messages: unknown[]}>
    expect(files.map((file) => file.path)).toEqual([
      'article.html',
      'nested/seed-three-times.txt',
      'readme-copy.md',
      'rules-examples.md',
      'rules-examples.txt',
      'seed.txt'
    ])
    await expect(report).toMatchFileSnapshot('__snapshots__/findings-corpus.json')
  })

  it('are the same from worker threads (--jobs 2), and replayed the same from the cache', async () => {
    const cwd = corpusDir()
    const expected = readFileSync(path.join(repoRoot, 'tests/lint/__snapshots__/findings-corpus.json'), 'utf8')
    const threaded = await lintFiles({cwd, paths: ['.'], jobs: 2})
    expect(jsonReport(threaded.files, cwd)).toBe(expected)

    const cacheLocation = path.join(cwd, '.cache')
    const cold = await lintFiles({cwd, paths: ['.'], jobs: 1, cacheLocation})
    expect(jsonReport(cold.files, cwd)).toBe(expected)
    const warm = await lintFiles({cwd, paths: ['.'], jobs: 1, cacheLocation})
    expect(jsonReport(warm.files, cwd)).toBe(expected)
    // The shards of a run, concatenated in order, are the run.
    const shards = await Promise.all([1, 2, 3].map((index) => lintFiles({cwd, paths: ['.'], shard: {index, count: 3}})))
    const concatenated = shards.flatMap((shard) => JSON.parse(jsonReport(shard.files, cwd)) as unknown[])
    expect(shards.map((shard) => shard.files.length)).toEqual([2, 2, 2])
    expect(concatenated).toEqual(JSON.parse(expected))
  }, 60_000)

  it('are the same when a worker thread stops: the main thread lints its files', async () => {
    // A 1 MB heap stops the worker as it loads; every file is then linted in this thread.
    const cwd = corpusDir()
    const expected = readFileSync(path.join(repoRoot, 'tests/lint/__snapshots__/findings-corpus.json'), 'utf8')
    const stopped = await lintFiles({cwd, paths: ['.'], jobs: 2, workerLimits: {maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1}})
    expect(stopped.problems).toEqual([])
    expect(jsonReport(stopped.files, cwd)).toBe(expected)
  }, 60_000)
})
