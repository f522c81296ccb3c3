import {describe, expect, it} from 'vitest'
import {lineColumn} from '../../src/corrections/source-view.js'
import {lintText, runCli} from '../helpers.js'
import {project} from './fixtures.js'

// The text after the third line break: "the the" is on line 3 whatever the breaks are.
const lines = ['A title', '', 'It said the the strikes would continue.', '']

describe('one line and column for a span, whatever the line breaks', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR only', '\r']] as const) {
    it(`${name}: lint and the corrections commands agree`, async () => {
      const text = lines.join(eol)
      const [finding] = (await lintText(text)).filter((message) => message.ruleId === 'repeated-word')
      const offset = text.indexOf('the the')
      expect([finding?.line, finding?.column]).toEqual([3, 9])
      expect(lineColumn(text, offset)).toEqual({line: 3, column: 9})

      // A stale entry quoting text around "the the" is reported by apply at the same place.
      const yaml = `document: source-text/article.txt\ncorrections:\n  - id: a\n    exact: "the"\n    replacement: x\n    status: approved\n    reviewer: r\n    reviewed: 2026-01-01\n`
      const cwd = project({'source-text/article.txt': text, 'corrections/article.yml': yaml})
      const result = await runCli(['apply'], cwd)
      expect(result.stderr).toContain('matches 2 places in source-text/article.txt (at 3:9 and 3:13)')
    })
  }
})
