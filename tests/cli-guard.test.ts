import {describe, expect, it, vi} from 'vitest'

// A command that fails with a bug, not bad input: the guard must still print one line.
vi.mock('../src/commands/rules.js', () => ({
  rulesCommand: async () => {
    throw new TypeError('names.map is not a function\n    at somewhere (file.js:1:1)')
  }
}))

const {runCli} = await import('./helpers.js')

describe('the top-level guard', () => {
  it('turns an unexpected error into one line without a stack, exit 2', async () => {
    expect(await runCli(['rules'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'postedit: internal error: names.map is not a function; please report it at https://github.com/postedit/postedit/issues\n'
    })
  })
})
