import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyCorrections} from '../../src/corrections/apply.js'
import {parseCorrections} from '../../src/corrections/load.js'
import {repoRoot, seedPath} from '../helpers.js'

// The seed article's reviewed corrections are data the whole tool is judged on: every entry must
// anchor, none may collide, and applying them must give exactly the committed cleaned text.
const correctionsName = 'corrections/moscow-air-defense.yml'
const yamlText = readFileSync(path.join(repoRoot, correctionsName), 'utf8')
const source = readFileSync(seedPath, 'utf8')
const expected = readFileSync(path.join(repoRoot, 'cleaned', 'moscow-air-defense.txt'), 'utf8')
const {data} = parseCorrections(yamlText, correctionsName)
const corrections = data.corrections

const ruleIds = [
  'french-guillemets',
  'quote-direction',
  'french-spacing',
  'fused-sentence',
  'stray-full-stop',
  'lowercase-sentence-start',
  'unterminated-paragraph',
  'repeated-word',
  'false-friend',
  'calque',
  'translated-attribution',
  'which-calque',
  'untranslated-french',
  'encoding-damage',
  'lowercase-demonym',
  'term',
  'jurisdiction-title',
  'person-office'
]

const categories = [
  'Accuracy/Mistranslation',
  'Accuracy/Omission',
  'Accuracy/Addition',
  'Linguistic conventions/Punctuation',
  'Linguistic conventions/Grammar',
  'Style/Unidiomatic style',
  'Terminology/Wrong term',
  'Design and markup/Layout'
]

function occurrences(text: string, needle: string): number {
  let count = 0
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) count++
  return count
}

describe('corrections/moscow-air-defense.yml', () => {
  it('names the seed article and its publication date', () => {
    expect(data.document).toBe('source-text/moscow-air-defense.txt')
    expect(data.published).toBe('2023-01-20')
    expect(corrections).toHaveLength(70)
  })

  it('records a reviewed decision, a rationale and a known category on every entry', () => {
    for (const entry of corrections) {
      expect(entry.id, entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(entry.status, entry.id).toBe('approved')
      expect(entry.reviewer, entry.id).toBe('copy desk')
      expect(entry.reviewed, entry.id).toBe('2026-11-25')
      expect(entry.note?.length ?? 0, entry.id).toBeGreaterThan(40)
      expect(categories, entry.id).toContain(entry.category)
      expect(['minor', 'major', 'critical'], entry.id).toContain(entry.severity)
      if (entry.rule !== undefined) expect(ruleIds, entry.id).toContain(entry.rule)
    }
  })

  it('anchors every entry exactly once with no more context than it needs', () => {
    for (const entry of corrections) {
      const prefix = entry.prefix ?? ''
      const suffix = entry.suffix ?? ''
      expect(occurrences(source, prefix + entry.exact + suffix), entry.id).toBe(1)
      // Context is there only to tell occurrences apart: each side must be needed.
      if (prefix !== '') expect(occurrences(source, entry.exact + suffix), `${entry.id} prefix`).toBeGreaterThan(1)
      if (suffix !== '') expect(occurrences(source, prefix + entry.exact), `${entry.id} suffix`).toBeGreaterThan(1)
    }
  })

  it('applies every entry without overlap and gives the committed cleaned text', () => {
    const result = applyCorrections(source, corrections, {sourceName: data.document})
    expect(result.problems).toEqual([])
    expect(result.moved).toEqual([])
    expect(result.applied.map((applied) => applied.id).sort()).toEqual(corrections.map((entry) => entry.id).sort())
    const spans = [...result.applied].sort((a, b) => a.start - b.start)
    for (let index = 1; index < spans.length; index++) {
      const previous = spans[index - 1]!
      const current = spans[index]!
      expect(current.start, `${previous.id} / ${current.id}`).toBeGreaterThanOrEqual(previous.end)
    }
    expect(result.text).toBe(expected)
  })

  it('leaves none of the reviewed artifacts or page furniture in the cleaned text', () => {
    for (const artifact of [
      '»',
      '«',
      'watchman',
      'Minister of Defense of Russia',
      'combat combat',
      'time.analysis',
      'kilometers.',
      'cookies',
      'Leave a Reply',
      'insignificant',
      'Dnieper',
      'Read also',
      'See also',
      'WAR IN UKRAINE',
      'preparing to attack',
      '“ ',
      ' ”'
    ]) {
      expect(expected, artifact).not.toContain(artifact)
    }
  })

  it('keeps the facts the review restored', () => {
    expect(expected).toContain('Russia is bracing for attack.')
    expect(expected).toContain('It was far from a trivial operation')
    expect(expected).toContain('Sergey Lavrov, Russia’s foreign minister.')
    expect(expected).toContain(
      '“In a conventional war, the defeat of a nuclear power can turn into a nuclear war,” Dmitry Medvedev,'
    )
    expect(expected).toContain('a residential building in Dnipro')
    expect(expected).toContain('Credit: Paul Gypteau / AFP.')
  })

  it('lays the cleaned text out as clean paragraphs with balanced quotation marks', () => {
    const paragraphs = expected.split('\n\n')
    expect(paragraphs).toHaveLength(17)
    expect(paragraphs[0]).toBe('Russia is installing air defense systems in Moscow')
    expect(paragraphs[paragraphs.length - 1]).toMatch(/Now Russia is doing the same\.$/)
    for (const paragraph of paragraphs) {
      expect(paragraph, paragraph).not.toMatch(/^\s|\s$|\n|  /)
      expect(occurrences(paragraph, '“'), paragraph).toBe(occurrences(paragraph, '”'))
    }
    // Like the source, the cleaned text has no newline after its last line.
    expect(source.endsWith('\n')).toBe(false)
    expect(expected.endsWith('\n')).toBe(false)
  })
})
