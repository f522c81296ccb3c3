import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyCorrections} from '../../src/corrections/apply.js'
import {diffWordsWithSpace} from 'diff'
import {MAX_DIFF_EDITS, recordCorrections, slug} from '../../src/corrections/record.js'
import type {Correction} from '../../src/corrections/types.js'

/** The fields that say what changes where, for compact expectations. */
function changes(entries: Correction[]) {
  return entries.map(({id, prefix, exact, suffix, start, replacement}) => ({id, prefix, exact, suffix, start, replacement}))
}

function approve(entries: Correction[]): Correction[] {
  return entries.map((entry) => ({...entry, status: 'approved', reviewer: 'test', reviewed: '2026-11-25'}))
}

/** Every start of `needle` in `text`, overlapping ones included. */
function starts(text: string, needle: string): number[] {
  const found: number[] = []
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) found.push(index)
  return found
}

describe('recordCorrections', () => {
  it('records a changed word as one proposed entry with the note', () => {
    expect(recordCorrections('Others were eventually seen.', 'Others were possibly seen.', {note: 'recorded from edited/a.txt'})).toEqual([
      {
        id: 'rec-1-eventually',
        exact: 'eventually',
        start: 12,
        replacement: 'possibly',
        status: 'proposed',
        note: 'recorded from edited/a.txt'
      }
    ])
  })

  it('adds no note or reviewer unless asked', () => {
    const [entry] = recordCorrections('Others were eventually seen.', 'Others were possibly seen.')
    expect(entry).toEqual({id: 'rec-1-eventually', exact: 'eventually', start: 12, replacement: 'possibly', status: 'proposed'})
  })

  it('gives a repeated word the shortest context that singles it out: a prefix', () => {
    expect(changes(recordCorrections('Others were eventually seen; most eventually left.', 'Others were possibly seen; most eventually left.'))).toEqual([
      {id: 'rec-1-eventually', prefix: 'were ', exact: 'eventually', suffix: undefined, start: 12, replacement: 'possibly'}
    ])
  })

  it('gives a repeated word the shortest context that singles it out: a suffix', () => {
    // `was eventually` occurs twice; `it was ` (7 characters) would do, ` seen.` (6) is shorter.
    expect(changes(recordCorrections('It was eventually known; it was eventually seen.', 'It was eventually known; it was possibly seen.'))).toEqual([
      {id: 'rec-1-eventually', prefix: undefined, exact: 'eventually', suffix: ' seen.', start: 32, replacement: 'possibly'}
    ])
  })

  it('anchors an insertion on the word before it', () => {
    expect(changes(recordCorrections('The drone was seen.', 'The drone was seen overnight.'))).toEqual([
      {id: 'rec-1-seen', prefix: undefined, exact: 'seen', suffix: undefined, start: 14, replacement: 'seen overnight'}
    ])
  })

  it('anchors an insertion at the start of a word, or of the text, on that word', () => {
    expect(changes(recordCorrections('The drone was seen.', 'The drone was finally seen.'))).toEqual([
      {id: 'rec-1-seen', prefix: undefined, exact: 'seen.', suffix: undefined, start: 14, replacement: 'finally seen.'}
    ])
    expect(changes(recordCorrections('Moscow said so.', 'Officials in Moscow said so.'))).toEqual([
      {id: 'rec-1-moscow', prefix: undefined, exact: 'Moscow', suffix: undefined, start: 0, replacement: 'Officials in Moscow'}
    ])
  })

  it('records a deletion with an empty replacement, with context when the text repeats', () => {
    expect(changes(recordCorrections('It is used to combat combat aircraft.', 'It is used to combat aircraft.'))).toEqual([
      {id: 'rec-1-combat', prefix: 'combat ', exact: 'combat ', suffix: undefined, start: 21, replacement: ''}
    ])
  })

  it('keeps neighbouring word changes together as one entry', () => {
    expect(changes(recordCorrections('They were eventually seen here.', 'They were possibly observed here.'))).toEqual([
      {id: 'rec-1-eventually-seen', prefix: undefined, exact: 'eventually seen', suffix: undefined, start: 10, replacement: 'possibly observed'}
    ])
  })

  it('keeps separate changes apart, each with its line', () => {
    expect(changes(recordCorrections('A drone was seen.\nIt fell in a field.\n', 'A drone was spotted.\nIt fell into a field.\n'))).toEqual([
      {id: 'rec-1-seen', prefix: undefined, exact: 'seen', suffix: undefined, start: 12, replacement: 'spotted'},
      {id: 'rec-2-in', prefix: undefined, exact: 'in', suffix: undefined, start: 26, replacement: 'into'}
    ])
  })

  it('records whole paragraphs added or removed, anchored on a neighbouring word', () => {
    expect(changes(recordCorrections('First.\n\nThird.\n', 'First.\n\nSecond.\n\nThird.\n'))).toEqual([
      {id: 'rec-3-third', prefix: undefined, exact: 'Third.', suffix: undefined, start: 8, replacement: 'Second.\n\nThird.'}
    ])
    expect(changes(recordCorrections('First.\n\nSecond.\n\nThird.\n', 'First.\n\nThird.\n'))).toEqual([
      {id: 'rec-3-second', prefix: undefined, exact: 'Second.\n\n', suffix: undefined, start: 8, replacement: ''}
    ])
    expect(changes(recordCorrections('Title\n\nBody text here.\n', 'Title\n\nBody text here.\n\nAdded at the end.\n'))).toEqual([
      {id: 'rec-3-here', prefix: undefined, exact: 'here.', suffix: undefined, start: 17, replacement: 'here.\n\nAdded at the end.'}
    ])
  })

  it('names a removed blank line by its line', () => {
    expect(changes(recordCorrections('First paragraph.\n\n\nSecond paragraph.\n', 'First paragraph.\n\nSecond paragraph.\n'))).toEqual([
      {id: 'rec-3-line-break', prefix: undefined, exact: '\n', suffix: 'Second', start: 18, replacement: ''}
    ])
  })

  it('joins changes too close to be anchored apart', () => {
    // The second `.` differs from the first only by what follows it: the end of the text,
    // which a quote cannot say, so its anchor would need the first change's words.
    const entries = recordCorrections('Drones were seen. Drones were seen.', 'Drones were spotted. Drones were seen!')
    expect(changes(entries)).toEqual([
      {id: 'rec-1-seen-drones-were-seen', prefix: undefined, exact: 'seen. Drones were seen.', suffix: undefined, start: 12, replacement: 'spotted. Drones were seen!'}
    ])
  })

  it('makes ids unique, also against ids already in the file', () => {
    const entries = recordCorrections('A cat, a dog, a cat.', 'A cow, a dog, a cow.', {existingIds: ['rec-1-cat']})
    expect(changes(entries)).toEqual([
      {id: 'rec-1-cat-2', prefix: undefined, exact: 'cat', suffix: ',', start: 2, replacement: 'cow'},
      {id: 'rec-1-cat-3', prefix: undefined, exact: 'cat', suffix: '.', start: 16, replacement: 'cow'}
    ])
  })

  it('counts occurrences as apply does, in NFC, when the source mixes é and e + U+0301', () => {
    const source = 'Un café noir, un cafe\u0301 blanc.'
    const edited = 'Un thé noir, un cafe\u0301 blanc.'
    const entries = recordCorrections(source, edited)
    expect(changes(entries)).toEqual([{id: 'rec-1-cafe', prefix: 'Un ', exact: 'café', suffix: undefined, start: 3, replacement: 'thé'}])
    expect(applyCorrections(source, approve(entries)).text).toBe(edited)
  })

  it('records no change for a copy saved in another normalisation form, NFD for NFC or the reverse', () => {
    // Each accented word was an entry of its own, replacing a word with itself.
    const source = 'The café in Orléans was closed.\nThe résumé was eventually seen by the préfet.\n'
    const edited = source.replace('closed', 'fermé').replace('eventually', 'later')
    for (const [from, to] of [['NFC', 'NFD'], ['NFD', 'NFC']] as const) {
      const entries = recordCorrections(source.normalize(from), edited.normalize(to))
      expect(changes(entries), `${from} source, ${to} copy`).toEqual([
        // In the source's form, as apply writes a replacement in any case.
        {id: 'rec-1-closed', prefix: undefined, exact: 'closed', suffix: undefined, start: source.normalize(from).indexOf('closed'), replacement: 'fermé'.normalize(from)},
        {id: 'rec-2-eventually', prefix: undefined, exact: 'eventually', suffix: undefined, start: source.normalize(from).indexOf('eventually'), replacement: 'later'}
      ])
      expect(applyCorrections(source.normalize(from), approve(entries)).text).toBe(edited.normalize(from))
    }
    expect(recordCorrections(source, source.normalize('NFD'))).toEqual([])
  })

  it('keeps the copy\'s characters in a replacement when the source mixes forms, and records no word that only changed form', () => {
    const source = 'Un café noir, un cafe\u0301 blanc, un thé.'
    const edited = 'Un café noir, un café blanc, un café.'.normalize('NFD')
    const entries = recordCorrections(source, edited)
    expect(changes(entries)).toEqual([{id: 'rec-1-the', prefix: undefined, exact: 'thé', suffix: undefined, start: 33, replacement: 'cafe\u0301'}])
    expect(applyCorrections(source, approve(entries)).text).toBe('Un café noir, un cafe\u0301 blanc, un cafe\u0301.')
  })

  it('records two unrelated texts as one replacement, not a diff that runs for minutes', () => {
    // No word of one is a word of the other: far more differences than MAX_DIFF_EDITS, so the
    // diffs give up and the whole text is one edit, which still rebuilds the edited copy.
    const source = Array.from({length: 3_000}, (_, index) => `old${index}`).join(' ') + '\n'
    const edited = Array.from({length: 3_000}, (_, index) => `new${index}`).join(' ') + '\n'
    // The premise: the word diff gives up on them.
    expect(diffWordsWithSpace(source, edited, {maxEditLength: MAX_DIFF_EDITS})).toBeUndefined()
    const entries = recordCorrections(source, edited)
    expect(changes(entries).map(({exact, replacement}) => [exact.length, replacement.length])).toEqual([[source.length - 1, edited.length - 1]])
    expect(applyCorrections(source, approve(entries)).text).toBe(edited)
  })

  it('counts the limit per run of changed lines: many small edits in separate paragraphs are each an entry', () => {
    // 1,200 edited paragraphs between unchanged ones: 2,400 line differences in all, past
    // MAX_DIFF_EDITS, but no run of changed lines comes near it. The whole text was one entry.
    const paragraphs = Array.from({length: 1_200}, (_, index) => `Paragraph ${index}: eventually agreed.\n\nKept ${index}.\n`)
    const source = paragraphs.join('\n')
    const edited = source.replaceAll('eventually', 'possibly')
    const entries = recordCorrections(source, edited)
    expect(entries).toHaveLength(1_200)
    expect(new Set(entries.map((entry) => `${entry.exact}→${entry.replacement}`))).toEqual(new Set(['eventually→possibly']))
    expect(applyCorrections(source, approve(entries)).text).toBe(edited)
  })

  it('still records the words an editor changed in a long one-line text, within the limit', () => {
    const source = Array.from({length: 3_000}, (_, index) => `word${index}`).join(' ') + '\n'
    const edited = source.replace('word100 ', 'changed100 ').replace('word2500 ', 'changed2500 ')
    const entries = recordCorrections(source, edited)
    expect(entries.map((entry) => [entry.exact, entry.replacement])).toEqual([
      ['word100', 'changed100'],
      ['word2500', 'changed2500']
    ])
    expect(applyCorrections(source, approve(entries)).text).toBe(edited)
  })

  it('records nothing for identical texts', () => {
    expect(recordCorrections('Same.\n', 'Same.\n')).toEqual([])
  })

  it('records the deletion of the whole text', () => {
    expect(changes(recordCorrections('A b.', ''))).toEqual([
      {id: 'rec-1-a-b', prefix: undefined, exact: 'A b.', suffix: undefined, start: 0, replacement: ''}
    ])
  })

  it('refuses an insertion into an empty text', () => {
    expect(() => recordCorrections('', 'New text.')).toThrow('cannot record an insertion into an empty text')
  })

  it('slugs ids in ASCII', () => {
    expect(slug('Été’s “big” day')).toBe('ete-s-big-day')
    expect(slug('—')).toBe('')
    expect(slug('one two three four five six seven eight nine')).toBe('one-two-three-four-five-six')
  })
})

// Text pairs built from a small vocabulary, so words repeat and anchors need context.
const word = fc.constantFrom('the', 'The', 'cat', 'a', 'was', 'seen', 'eventually', 'été', 'l’été', 'it’s', ',', '.', '—', '(', ')', 'seen.')
const gap = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '  ')
const piece = fc.tuple(word, gap).map(([w, g]) => w + g)
const edit = fc.record({kind: fc.constantFrom('replace', 'insert', 'delete'), at: fc.nat(), piece})
const edited = fc
  .tuple(fc.constantFrom('', '', '\n', ' '), fc.array(piece, {minLength: 1, maxLength: 20}), fc.array(edit, {minLength: 1, maxLength: 6}))
  .map(([lead, pieces, edits]) => {
    const after = [...pieces]
    for (const {kind, at, piece: other} of edits) {
      const index = at % (after.length + 1)
      if (kind === 'insert') after.splice(index, 0, other)
      else if (index < after.length) after.splice(index, 1, ...(kind === 'replace' ? [other] : []))
    }
    return [lead + pieces.join(''), lead + after.join('')] as const
  })
// Unrelated texts too: everything changes at once, the hardest case for anchoring.
const unrelated = fc.tuple(fc.array(piece, {minLength: 1, maxLength: 12}), fc.array(piece, {maxLength: 12})).map(([a, b]) => [a.join(''), b.join('')] as const)
const pairs = fc.oneof({arbitrary: edited, weight: 4}, {arbitrary: unrelated, weight: 1})

describe('recordCorrections properties', () => {
  it('approving and applying the recorded entries rebuilds the edited text', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const result = applyCorrections(a, approve(recordCorrections(a, b)))
        expect(result.problems).toEqual([])
        expect(result.text).toBe(b)
      }),
      {numRuns: 1000}
    )
  })

  it('anchors every entry exactly once, with unique ids and no overlapping anchors', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const entries = recordCorrections(a, b)
        const spans = entries.map((entry) => {
          const quote = (entry.prefix ?? '') + entry.exact + (entry.suffix ?? '')
          const found = starts(a, quote)
          expect(found).toHaveLength(1)
          expect(entry.exact).not.toBe('')
          return [found[0]!, found[0]! + quote.length] as const
        })
        for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1])
        expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
      }),
      {numRuns: 1000}
    )
  })
})
