import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, scratchDir} from './helpers.js'

describe('the postedit command', () => {
  it('stops quietly when its reader closes the pipe early, without a stack trace', () => {
    const cwd = scratchDir()
    // Enough report that the pipe is closed while postedit still writes.
    writeFileSync(path.join(cwd, 'a.txt'), 'It is used to combat combat aircraft.\n\n'.repeat(3_000))
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')
    const cli = path.join(repoRoot, 'src/bin/postedit.ts')
    const run = spawnSync('bash', ['-c', `"${tsx}" "${cli}" lint a.txt --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {cwd, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    // As a command killed by SIGPIPE: the run did not finish, so never 0.
    expect(run.stdout).toBe('141\n')
  }, 60_000)
})
