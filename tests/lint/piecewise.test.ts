import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {piecewisePieces, textPieces} from '../../src/lint/parse-paragraphs.js'
import type {Finding} from '../../src/lint/postedit.js'
import {createProcessor} from '../../src/lint/processor.js'
import {lintFiles} from '../../src/lint/run-lint.js'
import type {PosteditSettings} from '../../src/lint/settings.js'
import {sortFindings, toJsonMessage} from '../../src/report/json-report.js'
import {rules} from '../../src/rules/registry.js'
import {scratchDir, seedPath} from '../helpers.js'

const seed = readFileSync(seedPath, 'utf8')

/** Every rule on, the default-off ones too, so each of them is checked piece by piece. */
const everyRule: PosteditSettings = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity]))}

/** Paragraphs with an artifact for each rule (and some without), written for this test. */
const paragraphs = [
  'The minister said « we will hold the line » before leaving.',
  'He added: ”Nobody expected this“, then he left the room.',
  'The drones fell on Tuesday.The army responded within hours.',
  'The team noted that les résultats sont encourageants dans la région du nord.',
  'The cafÃ© near the MinistÃ¨re was closed, said M. Dupont on the 1er of May.',
  'The french government met in canada on Monday, January 20, 2023: 3,5 %.',
  'Which ministry has not commented yet. Which shows how tense the week was.',
  // A quotation running over a blank line: the second paragraph opens with a quote, so no cut
  // falls between them, and quote-direction must still see both blocks together.
  'He said: “We will not retreat.\n\n“We will stand,” he added, “whatever comes.”',
  'It is a news that the the army denied, according to the journal Le Monde.',
  'Therefore, as written watchman, the question remains open',
  // Cut off mid-phrase, for unterminated-paragraph (the seed's cut-off line is furniture, removed whole).
  'The spokesman said that the talks would resume with',
  'Indeed, the system is primarily used to combat combat aircraft and drones.',
  'The convoy stopped at dawn.\n\nthe paragraph starting in lower case follows it.',
  // An unbalanced quote at the end of a paragraph that a cut may follow.
  'An unbalanced “quotation ends this paragraph.',
  // "others troops": French grammar (d'autres troupes) for french-grammar.
  'Others troops were seen at a distance of 500 kilometers. from the front line.',
  'Spacing before marks : a French habit ; it shows , too,, etc...',
  'A plain paragraph, with nothing wrong in it, to vary the lengths of the pieces.',
  // An article left behind by an edit, for indefinite-article.
  'The union called it a important step, an union leader said.',
  // Titles judged by the whole document: a French text (Paris, France elsewhere in the file)
  // and a surname written bare in one paragraph and titled in another.
  'Quebec Prime Minister Jean Tremblay met LFI deputies in Paris, France.',
  'Dupuis spoke first.',
  'Then Mr. Dupuis left for Kiev.'
]

/** A small deterministic generator, so every run builds the same inputs. */
function random(seedValue: number): () => number {
  let state = seedValue
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** The seed article and the paragraphs above, shuffled, until the text is `length` long. */
function largeText(seedValue: number, length: number): string {
  const next = random(seedValue)
  const pool = [...seed.split(/\n\n+/), ...paragraphs, ...paragraphs]
  const separators = ['\n\n', '\n\n', '\n\n', '\n\n\n', ' \n\n', '\n \n\t\n']
  let text = seed.trimEnd()
  while (text.length < length) {
    const paragraph = pool[Math.floor(next() * pool.length)]!
    text += separators[Math.floor(next() * separators.length)]! + paragraph
  }
  return text + '\n'
}

async function findingsOf(text: string, piecewise: boolean): Promise<unknown[]> {
  const file = new VFile({path: 'large.txt', value: text})
  await createProcessor(everyRule, {piecewise}).process(file)
  return sortFindings(file.messages as Finding[]).map(toJsonMessage)
}

const inputs: Record<string, string> = {
  'shuffled paragraphs': largeText(1, 70_000),
  'other shuffled paragraphs': largeText(7, 90_000),
  'CRLF line endings': largeText(3, 60_000).replace(/\n/g, '\r\n'),
  'CR line endings': largeText(5, 50_000).replace(/\n/g, '\r'),
  'the seed repeated': Array.from({length: 10}, () => seed.trim()).join('\n\n')
}

describe('piecewise linting', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`finds what linting the whole file finds: ${name}`, async () => {
      const pieces = textPieces(text)
      // Several pieces, or the test would not test the mapping back to the file.
      expect(pieces?.length).toBeGreaterThan(4)
      const whole = await findingsOf(text, false)
      expect(whole.length).toBeGreaterThan(100)
      expect(await findingsOf(text, true)).toEqual(whole)
    })
  }

  it('gives every rule findings to compare in the shuffled inputs', async () => {
    const found = new Set<unknown>()
    for (const name of ['shuffled paragraphs', 'other shuffled paragraphs']) {
      for (const finding of await findingsOf(inputs[name]!, true)) found.add((finding as {ruleId: unknown}).ruleId)
    }
    expect([...found].sort()).toEqual(rules.map((rule) => rule.id).sort())
  })

  it('cuts close to a quotation running over a blank line', () => {
    const text = inputs['shuffled paragraphs']!
    const near = textPieces(text)!.filter((piece) =>
      text.slice(Math.max(0, piece.end - 300), piece.end + 300).includes('“We will stand,”')
    )
    expect(near.length).toBeGreaterThan(0)
  })

  it('lints a large file through lintFiles as the processor lints it whole', async () => {
    const text = largeText(11, 80_000)
    const cwd = scratchDir({'large.txt': text, '.posteditrc': JSON.stringify(everyRule)})
    const result = await lintFiles({cwd, paths: ['large.txt']})
    const file = result.files[0]!
    expect(result.files).toHaveLength(1)
    const viaCli = sortFindings(file.messages as Finding[]).map(toJsonMessage)
    expect(viaCli).toEqual(await findingsOf(text, false))
    // line and column on the message itself (what the text reports print) moved too.
    const last = sortFindings(file.messages as Finding[]).at(-1)!
    const place = last.place as {start: {line: number; column: number}}
    expect([last.line, last.column]).toEqual([place.start.line, place.start.column])
    expect(last.line).toBeGreaterThan(text.split('\n').length - 40)
  })

  it('leaves a short text to the ordinary path', async () => {
    const text = paragraphs.join('\n\n')
    expect(textPieces(text)).toBeUndefined()
    expect(await findingsOf(text, true)).toEqual(await findingsOf(text, false))
  })
})

describe('createProcessor().parse', () => {
  const text = inputs['shuffled paragraphs']!

  it('still returns the full tree of a large text by default', () => {
    const tree = createProcessor().parse(text) as Root
    expect(tree.children.length).toBeGreaterThan(100)
    expect(tree.position?.end.offset).toBe(text.length)
    expect(tree.data).toBeUndefined()
  })

  it('returns an empty stand-in root in piecewise mode, for linting only', () => {
    const tree = createProcessor(undefined, {piecewise: true}).parse(text) as Root
    expect(tree.children).toEqual([])
    // It carries the pieces it found, so that the umbrella plugin does not look for them again.
    expect(tree.data).toEqual({piecewise: {minimumLength: 32_768, pieceLength: 8_192}, pieces: textPieces(text)})
    expect(piecewisePieces(tree)).toHaveLength(textPieces(text)!.length)
  })
})
