import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, scratchDir} from '../helpers.js'

const documents = 1100
const name = (index: number) => `t${String(index).padStart(4, '0')}`

/** 1,100 short texts, each with a corrections file holding one approved entry. */
function manyDocuments(): string {
  const cwd = scratchDir()
  mkdirSync(path.join(cwd, 'source-text'), {recursive: true})
  mkdirSync(path.join(cwd, 'corrections'), {recursive: true})
  for (let index = 1; index <= documents; index++) {
    writeFileSync(path.join(cwd, 'source-text', `${name(index)}.txt`), `Text number ${index} is short.\n`)
    writeFileSync(
      path.join(cwd, 'corrections', `${name(index)}.yml`),
      [
        `document: source-text/${name(index)}.txt`,
        'corrections:',
        `  - id: brief-${index}`,
        '    exact: short',
        '    replacement: brief',
        '    status: approved',
        '    reviewer: desk',
        '    reviewed: 2026-01-05',
        ''
      ].join('\n')
    )
  }
  return cwd
}

/** The built CLI (the one users install) with at most 256 open files: far fewer than the documents. */
function postedit(command: string, cwd: string) {
  const cli = path.join(repoRoot, 'dist', 'bin', 'postedit.js')
  return spawnSync('bash', ['-c', `ulimit -n 256 && exec node ${JSON.stringify(cli)} ${command}`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
}

describe('apply, check and run over more documents than open files allowed', () => {
  it('opens a bounded number of files at a time: 1,100 documents under `ulimit -n 256`', () => {
    // Built by `npm run build` (which `npm install` runs): the test runs what users run.
    expect(existsSync(path.join(repoRoot, 'dist', 'bin', 'postedit.js'))).toBe(true)
    const cwd = manyDocuments()

    const applied = postedit('apply', cwd)
    expect(applied.stderr).toBe('')
    expect(applied.status).toBe(0)
    const appliedLines = applied.stdout.trimEnd().split('\n')
    expect(appliedLines).toHaveLength(documents)
    expect(appliedLines[0]).toBe('cleaned/t0001.txt: 1 correction applied')
    expect(appliedLines[documents - 1]).toBe('cleaned/t1100.txt: 1 correction applied')
    expect(readFileSync(path.join(cwd, 'cleaned', 't0777.txt'), 'utf8')).toBe('Text number 777 is brief.\n')

    const checked = postedit('check', cwd)
    expect(checked.stderr).toBe('')
    expect(checked.status).toBe(0)
    expect(checked.stdout).not.toContain('EMFILE')
    expect(checked.stdout.split('\n').filter((line) => line === '  ok')).toHaveLength(documents)

    const ran = postedit('run', cwd)
    expect(ran.stderr).toBe('')
    expect(ran.status).toBe(0)
    const ranLines = ran.stdout.trimEnd().split('\n')
    expect(ranLines).toHaveLength(documents)
    expect(ranLines.filter((line) => line.includes('; 1 correction applied to cleaned/'))).toHaveLength(documents)
  }, 180_000)
})
