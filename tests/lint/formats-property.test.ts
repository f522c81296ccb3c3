import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {findingSpan, type Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'

/** Pieces of Markdown and HTML, prose that rules flag, references and line endings, in any order. */
const pieces = [
  'It is used to combat combat aircraft. ',
  'The mediator assisted at every session. ',
  '« quoted » ',
  'Ã© ',
  '&amp; ',
  'AT&\n<b>',
  '&eacute;t&eacute; ',
  '&#999 &notit ',
  '\\* ',
  '`code combat combat` ',
  '**bold** ',
  '[link](https://example.org/combat combat) ',
  '<https://example.org/a> ',
  'www. ',
  'see www.example.org. ',
  '<p>',
  '</p>',
  '<code>x</code>',
  '<!-- postedit-ignore -->',
  '<!-- postedit-disable repeated-word -->',
  '# ',
  '- ',
  '> ',
  '```\ncombat combat\n```',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '   '
]

describe('Markdown and HTML readings, on any mix of markup', () => {
  it('never throw, give the file its text back, and report places inside the file whose line and column match the offset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), fc.constantFrom('a.md', 'a.html', 'a.txt'), async (parts, name) => {
        const value = parts.join('')
        const file = new VFile({path: name, value})
        await createProcessor().process(file)
        expect(String(file.value)).toBe(value)
        const place = location(value)
        for (const finding of file.messages as Finding[]) {
          const span = findingSpan(finding)
          if (!span) continue
          expect(span[0]).toBeGreaterThanOrEqual(0)
          expect(span[1]).toBeLessThanOrEqual(value.length)
          expect(span[0]).toBeLessThanOrEqual(span[1])
          expect(place.toOffset({line: finding.line!, column: finding.column!})).toBe(span[0])
        }
      }),
      {numRuns: 150, seed: 20261201}
    )
  })
})
