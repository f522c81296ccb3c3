import {describe, expect, it} from 'vitest'
import {runCli} from './helpers.js'

describe('main', () => {
  it('exits 2 on an unknown command and says how to list them', async () => {
    expect(await runCli(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: unknown command `frobnicate`; run `postedit --help` for the list\n'
    })
  })

  it('prints help with exit 0 when asked, exit 2 when no command is given', async () => {
    const asked = await runCli(['--help'])
    expect(asked.code).toBe(0)
    expect(asked.stdout).toMatch(/^Usage: postedit <command>/)
    expect((await runCli([])).code).toBe(2)
  })

  it('`help <command>` prints that command\'s usage; an unknown one exits 2', async () => {
    expect(await runCli(['help', 'lint'])).toEqual(await runCli(['lint', '--help']))
    expect((await runCli(['help', 'check'])).stdout.split('\n')[0]).toMatch(/^Usage: postedit check( |$)/)
    expect(await runCli(['help', 'frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: unknown command `frobnicate`; run `postedit --help` for the list\n'
    })
  })

  it('prints the package version', async () => {
    const result = await runCli(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it.each(['run', 'lint', 'rules', 'apply', 'diff', 'check', 'record', 'propose', 'review'])('`%s --help` and `-h` print its usage with exit 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const result = await runCli([name, flag])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: postedit ${name}( |$)`))
      expect(result.stdout).toContain('  -h, --help')
    }
  })

  it('rules rejects an unknown format with exit 2', async () => {
    expect(await runCli(['rules', '--format', 'xml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: unknown format `xml`, expected `text` or `json`\n'
    })
  })
})
