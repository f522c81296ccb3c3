import fc from 'fast-check'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, scratchDir} from './helpers.js'
import {fingerprint} from './corrections/fixtures.js'

/**
 * Whatever a pull request puts in source-text/ and corrections/, every command ends in exit
 * 0, 1 or 2 with no stack trace, and changes nothing outside cleaned/.
 */
const yamlScalar = fc.oneof(fc.string(), fc.string({unit: 'grapheme', maxLength: 20}), fc.constantFrom('*a', '&a x', '[*a, *a]', '{', ':', '- ', '"', "'", '\t', 'null', '~', '2026-13-45'))
const correctionsYaml = fc.oneof(
  // Random bytes of YAML punctuation and text.
  fc.array(fc.oneof(yamlScalar, fc.constantFrom('\n', '  ', 'document: ', 'corrections:', '- id: ', 'exact: ', 'status: approved')), {maxLength: 30}).map((parts) => parts.join('')),
  // A well-formed file with random fields.
  fc
    .record({document: yamlScalar, id: yamlScalar, exact: yamlScalar, replacement: yamlScalar, status: fc.constantFrom('approved', 'proposed', 'rejected', 'x')})
    .map(
      (entry) =>
        `document: ${JSON.stringify(entry.document)}\ncorrections:\n  - id: ${JSON.stringify(entry.id)}\n    exact: ${JSON.stringify(entry.exact)}\n    replacement: ${JSON.stringify(entry.replacement)}\n    status: ${entry.status}\n    reviewer: r\n    reviewed: 2026-01-01\n`
    ),
  fc.constant('document: source-text/a.txt\ncorrections:\n  - id: a\n    exact: "e"\n    replacement: "E"\n    status: approved\n    reviewer: r\n    reviewed: 2026-01-01\n')
)
const sourceBytes = fc.oneof(
  fc.uint8Array({maxLength: 200}).map((bytes) => Buffer.from(bytes)),
  fc.string({unit: 'grapheme', maxLength: 200}).map((text) => Buffer.from(text, 'utf8')),
  fc.string({unit: 'grapheme', maxLength: 100}).map((text) => Buffer.from(text, 'utf16le')),
  fc.constant(Buffer.from('The minister said the the strikes would continue.\r'.repeat(3)))
)

describe('random input from a pull request', () => {
  for (const command of ['lint', 'apply', 'check']) {
    it(`\`${command}\` ends in 0, 1 or 2 without a stack trace and writes only cleaned/`, async () => {
      await fc.assert(
        fc.asyncProperty(sourceBytes, correctionsYaml, async (source, yaml) => {
          const cwd = scratchDir({'corrections/a.yml': yaml, 'source-text/a.txt': ''})
          writeFileSync(path.join(cwd, 'source-text/a.txt'), source)
          const before = fingerprint(cwd)
          const result = await runCli([command], cwd)
          expect([0, 1, 2]).toContain(result.code)
          expect(result.stderr).not.toMatch(/\n\s+at |internal error|Error:/)
          expect(fingerprint(cwd)).toEqual(before)
        }),
        {numRuns: 30}
      )
    }, 120_000)
  }
})
