import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyCorrections} from '../../src/corrections/apply.js'
import type {Correction} from '../../src/corrections/types.js'
import {article, cleanedArticle} from './fixtures.js'

const approved = (entry: Omit<Correction, 'status'>): Correction => ({status: 'approved', reviewer: 'desk', reviewed: '2026-11-20', ...entry})

describe('applyCorrections', () => {
  it('applies approved entries only, in source order, and records each span', () => {
    const result = applyCorrections(article, [
      approved({id: 'lavrov-office', exact: 'Minister of Defense of Russia', prefix: 'latest statements, ', replacement: "Russia's foreign minister"}),
      approved({id: 'combat-combat', exact: 'combat combat', replacement: 'combat'}),
      {id: 'indeed', exact: 'Indeed, ', replacement: '', status: 'proposed'},
      {id: 'roofs', exact: 'roofs', replacement: 'rooftops', status: 'rejected', reviewer: 'desk', reviewed: '2026-11-21'}
    ])
    expect(result.problems).toEqual([])
    expect(result.moved).toEqual([])
    expect(result.text).toBe(cleanedArticle)
    expect(result.applied).toEqual([
      {id: 'combat-combat', start: 66, end: 79, outputStart: 66, outputEnd: 72, replacement: 'combat', fuzzy: false},
      {id: 'lavrov-office', start: 160, end: 189, outputStart: 153, outputEnd: 178, replacement: "Russia's foreign minister", fuzzy: false}
    ])
    expect(article.slice(66, 79)).toBe('combat combat')
    expect(result.text.slice(153, 178)).toBe("Russia's foreign minister")
  })

  it('a stale entry (quote gone) is a problem and is not applied', () => {
    const result = applyCorrections(article, [approved({id: 'gone', exact: 'Sergei Shoigu', replacement: 'x'})], {sourceName: 'source-text/article.txt'})
    expect(result.text).toBe(article)
    expect(result.problems).toEqual([
      {
        id: 'gone',
        kind: 'stale',
        message:
          '`exact` "Sergei Shoigu" is not in source-text/article.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry'
      }
    ])
  })

  it('an ambiguous entry says how many places match and the shortest context that picks each', () => {
    const text = 'The combat ended. Combat resumed, then combat again.\nNo combat.\n'
    const result = applyCorrections(text, [approved({id: 'fight', exact: 'combat', replacement: 'fight'})], {sourceName: 'a.txt'})
    expect(result.problems).toEqual([
      {
        id: 'fight',
        kind: 'ambiguous',
        message:
          '`exact` "combat" matches 3 places in a.txt (at 1:5, 1:40 and 2:4); to pick one, set prefix "e " (for 1:5), prefix "n " (for 1:40) or suffix "." (for 2:4)'
      }
    ])
    // The suggested context does make each unique, and picks the place it names.
    const picks: [Partial<Correction>, string][] = [
      [{prefix: 'e '}, 'The fight ended. Combat resumed, then combat again.\nNo combat.\n'],
      [{prefix: 'n '}, 'The combat ended. Combat resumed, then fight again.\nNo combat.\n'],
      [{suffix: '.'}, 'The combat ended. Combat resumed, then combat again.\nNo fight.\n']
    ]
    for (const [context, expected] of picks) {
      const picked = applyCorrections(text, [approved({id: 'fight', exact: 'combat', ...context, replacement: 'fight'})])
      expect(picked.problems).toEqual([])
      expect(picked.text).toBe(expected)
    }
    // The shorter field wins, and extends the entry's own prefix or suffix.
    const suffixed = applyCorrections('a combat x. a combat y.', [approved({id: 's', exact: 'combat', prefix: 'a ', replacement: 'z'})])
    expect(suffixed.problems[0]?.message).toBe(
      '`exact` "combat" with its prefix/suffix matches 2 places in the source (at 1:3 and 1:15); to pick one, set suffix " x" (for 1:3) or prefix " a " (for 1:15)'
    )
  })

  it('repeated paragraphs: the middle one needs both a prefix and a suffix', () => {
    const text = 'Same line.\nSame line.\nSame line.\n'
    const result = applyCorrections(text, [approved({id: 'same', exact: 'Same line.', replacement: 'Other.'})])
    expect(result.problems[0]?.message).toBe(
      '`exact` "Same line." matches 3 places in the source (at 1:1, 2:1 and 3:1); to pick one, set suffix "\\nSame line.\\nS" (for 1:1), ' +
        'prefix "\\n" and suffix "\\nS" (for 2:1) or prefix "\\nSame line.\\n" (for 3:1)'
    )
    const middle = applyCorrections(text, [approved({id: 'same', exact: 'Same line.', prefix: '\n', suffix: '\nS', replacement: 'Other.'})])
    expect(middle.problems).toEqual([])
    expect(middle.text).toBe('Same line.\nOther.\nSame line.\n')
  })

  it('names the first five places and their hints, and counts the rest', () => {
    const text = 'a1 x. b2 x. c3 x. d4 x. e5 x. f6 x. g7 x.'
    const result = applyCorrections(text, [approved({id: 'x', exact: 'x', replacement: 'y'})])
    expect(result.problems[0]?.message).toBe(
      '`exact` "x" matches 7 places in the source (at 1:4, 1:10, 1:16, 1:22, 1:28 and 2 more); to pick one, set ' +
        'prefix "1 " (for 1:4), prefix "2 " (for 1:10), prefix "3 " (for 1:16), prefix "4 " (for 1:22), prefix "5 " (for 1:28) ' +
        'or as much context for the other 2'
    )
  })

  it('says so when no context within 200 characters tells the places apart', () => {
    const text = 'ab'.repeat(300)
    const result = applyCorrections(text, [approved({id: 'ab', exact: 'ab', prefix: 'b', suffix: 'a', replacement: ''})])
    // The text repeats with a period of two characters: every place looks like its neighbours
    // for far more than 200 characters either way.
    expect(result.problems[0]?.kind).toBe('ambiguous')
    expect(result.problems[0]?.message).toBe(
      '`exact` "ab" with its prefix/suffix matches 298 places in the source (at 1:3, 1:5, 1:7, 1:9, 1:11 and 293 more); ' +
        'no context within 200 characters tells them apart; quote more of the text in `exact`'
    )
  })

  it('overlapping approved entries conflict, naming both; adjacent ones are fine', () => {
    const conflict = applyCorrections(article, [
      approved({id: 'combat-combat', exact: 'combat combat', replacement: 'combat'}),
      approved({id: 'combat-aircraft', exact: 'combat aircraft', replacement: 'fighter jets'})
    ], {sourceName: 'source-text/article.txt'})
    expect(conflict.problems).toEqual([
      {
        id: 'combat-aircraft',
        kind: 'conflict',
        otherId: 'combat-combat',
        message:
          'overlaps entry `combat-combat` at line 3 of source-text/article.txt; two approved corrections cannot change the same text, so merge them into one entry or reject one'
      }
    ])
    expect(conflict.applied.map((entry) => entry.id)).toEqual(['combat-combat'])

    const adjacent = applyCorrections('used to combat combat aircraft', [
      approved({id: 'a', exact: 'used to ', replacement: 'against '}),
      approved({id: 'b', exact: 'combat combat', replacement: 'combat'})
    ])
    expect(adjacent.problems).toEqual([])
    expect(adjacent.text).toBe('against combat aircraft')
  })

  it('an empty replacement deletes and a replacement may span paragraphs', () => {
    const result = applyCorrections('One.\n\nTwo.\n', [
      approved({id: 'join', exact: 'One.\n\nTwo.', replacement: 'One and two.'}),
      approved({id: 'end', exact: '\n', prefix: 'Two.', replacement: ''})
    ])
    expect(result.problems).toEqual([])
    expect(result.text).toBe('One and two.')
    const joined = applyCorrections('One.\n\nTwo.\n', [approved({id: 'join', exact: '.\n\nTwo', replacement: ' and two'})])
    expect(joined.text).toBe('One and two.\n')
  })

  it('keeps CRLF line breaks, writing the replacement with them too', () => {
    const source = 'First line.\r\nto combat combat aircraft\r\nLast.\r\n'
    const result = applyCorrections(source, [
      approved({id: 'a', exact: 'combat combat', replacement: 'combat'}),
      approved({id: 'b', exact: 'Last.', prefix: 'aircraft\n', replacement: 'Last line.\nThe end.'})
    ])
    expect(result.problems).toEqual([])
    expect(result.text).toBe('First line.\r\nto combat aircraft\r\nLast line.\r\nThe end.\r\n')
  })

  it('keeps a BOM', () => {
    const result = applyCorrections('\uFEFFcombat combat', [approved({id: 'a', exact: 'combat combat', replacement: 'combat'})])
    expect(result.text).toBe('\uFEFFcombat')
  })

  it('anchors NFC quotes in an NFD source and keeps the source NFD', () => {
    const source = 'Le président a parlé. Déjà vu, déjà entendu.'.normalize('NFD')
    const result = applyCorrections(source, [
      approved({id: 'a', exact: 'Déjà vu'.normalize('NFC'), prefix: 'parlé. '.normalize('NFC'), replacement: 'Été'.normalize('NFC')})
    ])
    expect(result.problems).toEqual([])
    expect(result.text).toBe('Le président a parlé. Été, déjà entendu.'.normalize('NFD'))
    expect(result.text.normalize('NFD')).toBe(result.text)
    // And the other way round.
    const nfc = applyCorrections('Déjà vu.'.normalize('NFC'), [approved({id: 'a', exact: 'Déjà'.normalize('NFD'), replacement: 'Été'.normalize('NFD')})])
    expect(nfc.text).toBe('Été vu.'.normalize('NFC'))
  })

  it('is deterministic and idempotent: applying to the same source gives the same bytes', () => {
    const corrections = [approved({id: 'combat-combat', exact: 'combat combat', replacement: 'combat'})]
    expect(applyCorrections(article, corrections)).toEqual(applyCorrections(article, corrections))
  })
})

describe('fuzzy re-anchoring', () => {
  const entry = approved({
    id: 'lavrov-office',
    exact: 'Minister of Defense of Russia',
    prefix: 'latest statements, ',
    suffix: ' Sergei',
    replacement: "Russia's foreign minister"
  })
  const edited = article.replace('latest statements, Minister of Defense of Russia', 'latest statement, Minister of Defence of Russia')

  it('without --fuzzy, says where the close match is and how to apply it', () => {
    const result = applyCorrections(edited, [entry], {sourceName: 'a.txt'})
    expect(result.text).toBe(edited)
    expect(result.problems).toEqual([
      {
        id: 'lavrov-office',
        kind: 'stale',
        message:
          '`exact` "Minister of Defense of Russia" with its prefix/suffix is not in a.txt (stale: the source changed or the quote is wrong); fix the quote or remove the entry; found a 96% match at line 5 ("Minister of Defence of Russia"); rerun with --fuzzy to apply it'
      }
    ])
  })

  it('with fuzzy, applies to the best match and reports where and how far', () => {
    const moved = 'A new first paragraph.\n\n' + edited
    const result = applyCorrections(moved, [{...entry, start: 160}], {fuzzy: true})
    expect(result.problems).toEqual([])
    expect(result.text).toBe('A new first paragraph.\n\n' + edited.replace('Minister of Defence of Russia', "Russia's foreign minister"))
    expect(result.moved).toEqual([
      {
        id: 'lavrov-office',
        start: 183,
        end: 212,
        line: 7,
        column: 36,
        similarity: 1 - 2 / 55,
        editDistance: 2,
        found: 'Minister of Defence of Russia',
        distance: 23
      }
    ])
  })

  it('leaves text alone that is too different (the fix was already made by hand)', () => {
    const fixed = article.replace('Minister of Defense of Russia', "Russia's foreign minister")
    const result = applyCorrections(fixed, [entry], {fuzzy: true})
    expect(result.problems.map((problem) => problem.kind)).toEqual(['stale'])
    expect(result.problems[0]?.message).not.toContain('match at')
    expect(result.text).toBe(fixed)
  })

  it('ranks look-alikes by how well the prefix and suffix still fit', () => {
    const text = 'He said the minister of defence spoke. Later the minister of defence left.'
    const quote = approved({id: 'm', exact: 'Minister of Defense', prefix: 'Later the ', replacement: 'Defence Minister'})
    const result = applyCorrections(text, [quote], {fuzzy: true})
    expect(result.problems).toEqual([])
    expect(result.text).toBe('He said the minister of defence spoke. Later the Defence Minister left.')
    expect(result.moved.map((move) => [move.start, move.similarity, move.editDistance])).toEqual([[49, 1 - 3 / 29, 3]])
  })

  it('the prefix may have changed too: its edits count in the reported similarity', () => {
    const text = 'Earlier on Friday the Kremlin said the Minister of Defence would speak.'
    const quote = approved({id: 'm', exact: 'Minister of Defense', prefix: 'Kremlin said that the ', replacement: 'Defence Minister'})
    const result = applyCorrections(text, [quote], {fuzzy: true})
    expect(result.problems).toEqual([])
    expect(result.text).toBe('Earlier on Friday the Kremlin said the Defence Minister would speak.')
    // 1 edit in `exact` and 5 in the prefix ("that " is gone) of 41 characters.
    expect(result.moved[0]?.editDistance).toBe(6)
    expect(result.moved[0]?.similarity).toBe(1 - 6 / 41)
  })

  it('between equal look-alikes, the one nearest the recorded start wins', () => {
    const text = 'The combat  combat ended. The combat  combat ended.'
    const quote = approved({id: 'c', exact: 'combat combat', replacement: 'combat'})
    const near = applyCorrections(text, [{...quote, start: 30}], {fuzzy: true})
    expect(near.problems).toEqual([])
    expect(near.text).toBe('The combat  combat ended. The combat ended.')
    expect(near.moved[0]?.distance).toBe(0)
    const far = applyCorrections(text, [{...quote, start: 0}], {fuzzy: true})
    expect(far.text).toBe('The combat ended. The combat  combat ended.')
    expect(far.moved[0]?.distance).toBe(4)
  })

  it('a short quote is not moved to a look-alike whose context does not fit', () => {
    const text = 'They said the strikes would go on.'
    const result = applyCorrections(text, [approved({id: 't', exact: 'the', prefix: 'In his latest remarks, ', replacement: 'these'})], {fuzzy: true})
    expect(result.text).toBe(text)
    expect(result.problems.map((problem) => problem.kind)).toEqual(['stale'])
    expect(result.problems[0]?.message).not.toContain('match at')
  })

  it('two equally close candidates are not guessed between', () => {
    const text = 'He used to combat  combat aircraft. She used to combat  combat aircraft.'
    const result = applyCorrections(text, [approved({id: 'c', exact: 'combat combat', prefix: 'used to ', replacement: 'combat'})], {fuzzy: true})
    expect(result.text).toBe(text)
    expect(result.problems[0]?.message).toContain('found 2 equally close 95% matches (first at line 1), so --fuzzy cannot pick one')
  })
})

describe('property: applying never changes text outside the anchored spans', () => {
  it('each span becomes its replacement and everything else is copied', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '.', '\n', 'é')
    const scenario = fc
      .record({
        text: fc.array(alphabet, {minLength: 1, maxLength: 120}).map((chars) => chars.join('')),
        cuts: fc.uniqueArray(fc.nat(), {maxLength: 10}),
        replacements: fc.array(fc.string({maxLength: 6}), {minLength: 5, maxLength: 5})
      })
      .map(({text, cuts, replacements}) => {
        // Sorted distinct cut points pair up into non-overlapping, non-empty spans.
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b)
        const spans: [number, number][] = []
        for (let index = 0; index + 1 < points.length; index += 2) spans.push([points[index]!, points[index + 1]!])
        return {text, spans, replacements}
      })

    fc.assert(
      fc.property(scenario, ({text, spans, replacements}) => {
        // Unique anchors: widen each span's prefix until prefix + exact occurs once.
        const corrections: Correction[] = spans.map(([start, end], index) => {
          const exact = text.slice(start, end)
          let prefixStart = start
          const count = (needle: string) => {
            let n = 0
            for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++
            return n
          }
          let suffixEnd = end
          while (count(text.slice(prefixStart, suffixEnd)) > 1) {
            if (prefixStart > 0) prefixStart--
            else suffixEnd++
          }
          return approved({
            id: `c${index}`,
            exact,
            prefix: text.slice(prefixStart, start),
            suffix: text.slice(end, suffixEnd),
            replacement: replacements[index % replacements.length]!
          })
        })
        const result = applyCorrections(text, corrections)
        expect(result.problems).toEqual([])
        let expected = ''
        let copied = 0
        spans.forEach(([start, end], index) => {
          expected += text.slice(copied, start) + corrections[index]!.replacement
          copied = end
        })
        expected += text.slice(copied)
        expect(result.text).toBe(expected)
        // Each applied span maps the source span to its replacement in the output.
        for (const applied of result.applied) {
          const correction = corrections.find((entry) => entry.id === applied.id)!
          expect(text.slice(applied.start, applied.end)).toBe(correction.exact)
          expect(result.text.slice(applied.outputStart, applied.outputEnd)).toBe(correction.replacement)
        }
      }),
      {numRuns: 300}
    )
  })

  it('in a CRLF, NFD source quoted in LF and NFC: the rest stays byte for byte, edits take its form', () => {
    // Tokens are whole clusters and whole line breaks, so a cut never splits one.
    const token = fc.constantFrom('a', 'b', ' ', '.', '\r\n', 'e\u0301', 'c\u0327')
    const scenario = fc
      .record({
        tokens: fc.array(token, {minLength: 1, maxLength: 80}),
        cuts: fc.uniqueArray(fc.nat(), {maxLength: 8}),
        replacement: fc.constantFrom('', 'x', 'é\nç', 'ab.')
      })
      .map(({tokens, cuts, replacement}) => {
        const points = [...new Set(cuts.map((cut) => cut % (tokens.length + 1)))].sort((a, b) => a - b)
        const spans: [number, number][] = []
        for (let index = 0; index + 1 < points.length; index += 2) spans.push([points[index]!, points[index + 1]!])
        return {tokens, spans, replacement}
      })
    const asQuote = (tokens: string[]) => tokens.join('').replace(/\r\n/g, '\n').normalize('NFC')
    fc.assert(
      fc.property(scenario, ({tokens, spans, replacement}) => {
        const source = tokens.join('')
        const corrections: Correction[] = spans.map(([start, end], index) => {
          // Widen the context token by token until the quote is unique in the source.
          let from = start
          let to = end
          const unique = () => {
            const needle = tokens.slice(from, to).join('')
            return source.indexOf(needle) === source.lastIndexOf(needle)
          }
          while (!unique()) {
            if (from > 0) from--
            else to++
          }
          return approved({
            id: `c${index}`,
            exact: asQuote(tokens.slice(start, end)),
            prefix: asQuote(tokens.slice(from, start)),
            suffix: asQuote(tokens.slice(end, to)),
            replacement
          })
        })
        const result = applyCorrections(source, corrections)
        expect(result.problems).toEqual([])
        // The source shows its form only once it has a line break or an accent; before that
        // the replacement is written as the corrections file has it.
        const crlf = source.includes('\r\n') ? replacement.replace(/\n/g, '\r\n') : replacement
        const written = source.normalize('NFC') === source ? crlf : crlf.normalize('NFD')
        let expected = ''
        let copied = 0
        for (const [start, end] of spans) {
          expected += tokens.slice(copied, start).join('') + written
          copied = end
        }
        expected += tokens.slice(copied).join('')
        expect(result.text).toBe(expected)
      }),
      {numRuns: 300}
    )
  })
})
