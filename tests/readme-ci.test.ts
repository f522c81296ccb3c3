import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {copySeedTo, repoRoot, runCli, scratchDir} from './helpers.js'

/** The README's fenced blocks of a language, in the section under `heading`. */
function fencedBlocks(heading: string, language: string): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf(`\n## ${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!)
}

interface Step {
  run?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}

describe('the README’s GitHub Actions workflow', () => {
  const [workflowText] = fencedBlocks('In CI and before a commit', 'yaml')
  const workflow = YAML.parse(workflowText!) as {on: unknown; jobs: Record<string, {steps: Step[]}>}
  const steps = Object.values(workflow.jobs)[0]!.steps

  it('installs with npm ci and runs postedit commands that pass on this repository', async () => {
    expect(steps.map((step) => step.run ?? step.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npx postedit check --format github',
      'npx postedit check --format sarif --output postedit.sarif',
      'github/codeql-action/upload-sarif@v3',
      'npx postedit report --out-dir postedit-reports',
      'actions/upload-artifact@v4'
    ])
    const cwd = scratchDir()
    copySeedTo(cwd)
    for (const file of ['corrections/moscow-air-defense.yml', 'cleaned/moscow-air-defense.txt']) cpSync(path.join(repoRoot, file), path.join(cwd, file))
    for (const step of steps.filter((step) => step.run?.startsWith('npx postedit '))) {
      const argv = step.run!.slice('npx postedit '.length).split(/\s+/)
      const result = await runCli(argv, cwd)
      expect({step: step.run, code: result.code, stderr: result.stderr}).toEqual({step: step.run, code: 0, stderr: ''})
    }
    // What the later steps upload is there.
    const sarif = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(JSON.parse(readFileSync(path.join(cwd, String(sarif.with!['sarif_file'])), 'utf8')).version).toBe('2.1.0')
    const artifact = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!
    expect(existsSync(path.join(cwd, String(artifact.with!['path']), 'moscow-air-defense.report.html'))).toBe(true)
  })

  it('the gate step fails the job on an unresolved finding', async () => {
    const gate = steps.find((step) => step.run === 'npx postedit check --format github')!
    const cwd = scratchDir({'source-text/a.txt': 'It is used to combat combat aircraft.\n'})
    const result = await runCli(gate.run!.slice('npx postedit '.length).split(' '), cwd)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::error file=source-text\/a\.txt,line=1,col=15,/)
  })

  it('reports and uploads even when the gate failed', () => {
    expect(steps.slice(4).map((step) => step.if)).toEqual(['always()', 'always()', 'always()', 'always()'])
  })
})

describe('the README’s pre-commit hook', () => {
  const [hook] = fencedBlocks('In CI and before a commit', 'sh')

  /** A scratch git repository with postedit installed as a user's project would have it. */
  function gitRepo(): string {
    const cwd = scratchDir()
    const git = (...args: string[]) => execFileSync('git', args, {cwd, stdio: 'pipe'})
    git('init', '-q')
    git('config', 'user.email', 'desk@example.test')
    git('config', 'user.name', 'desk')
    mkdirSync(path.join(cwd, 'node_modules', '.bin'), {recursive: true})
    symlinkSync(repoRoot, path.join(cwd, 'node_modules', 'postedit'))
    // npm makes an installed package's bin executable; a build from tsc is not, so a shim.
    const bin = path.join(cwd, 'node_modules', '.bin', 'postedit')
    writeFileSync(bin, `#!/bin/sh\nexec node ${JSON.stringify(path.join(repoRoot, 'dist', 'bin', 'postedit.js'))} "$@"\n`)
    chmodSync(bin, 0o755)
    writeFileSync(path.join(cwd, '.gitignore'), 'node_modules/\n')
    writeFileSync(path.join(cwd, '.git', 'hooks', 'pre-commit'), hook!)
    chmodSync(path.join(cwd, '.git', 'hooks', 'pre-commit'), 0o755)
    return cwd
  }

  const commit = (cwd: string) => spawnSync('git', ['commit', '-q', '-m', 'test'], {cwd, encoding: 'utf8'})

  it('stops a commit of a text with an error-level finding, and lets a clean one through', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'bin', 'postedit.js'))).toBe(true)
    const cwd = gitRepo()
    writeFileSync(path.join(cwd, 'my article.txt'), 'It is used to combat combat aircraft.\n')
    execFileSync('git', ['add', '.'], {cwd})
    const stopped = commit(cwd)
    expect(stopped.status).not.toBe(0)
    expect(stopped.stderr + stopped.stdout).toContain('Unexpected repeated `combat`, remove one occurrence')
    expect(spawnSync('git', ['rev-parse', 'HEAD'], {cwd}).status).not.toBe(0)

    writeFileSync(path.join(cwd, 'my article.txt'), 'It is used to combat aircraft.\n')
    writeFileSync(path.join(cwd, 'notes.md'), 'combat combat\n')
    execFileSync('git', ['add', '.'], {cwd})
    const passed = commit(cwd)
    expect({status: passed.status, stderr: passed.stderr}).toEqual({status: 0, stderr: ''})
  }, 30_000)

  it('does nothing when no .txt file is staged', () => {
    const cwd = gitRepo()
    writeFileSync(path.join(cwd, 'notes.md'), 'combat combat\n')
    execFileSync('git', ['add', '.'], {cwd})
    expect(commit(cwd).status).toBe(0)
  }, 30_000)
})
