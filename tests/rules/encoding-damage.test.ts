import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {mojibakeTable} from '../../src/rules/data/mojibake.js'
import {ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'encoding-damage'

describe('encoding-damage', () => {
  it('finds nothing in the seed article', async () => {
    expect(summary(await ruleFindings(id, readFileSync(seedPath, 'utf8')))).toEqual([])
  })

  it('builds its table from the encodings, Windows-1252 bytes 0x80–0x9F included', () => {
    const lookup = new Map(mojibakeTable.map((entry) => [entry.damaged, entry.original]))
    expect(lookup.get('Ã©')).toBe('é')
    expect(lookup.get('â€™')).toBe('’')
    expect(lookup.get('â€œ')).toBe('“')
    expect(lookup.get('â€\u009d')).toBe('”')
    expect(lookup.get('â\u0080\u0099')).toBe('’')
    expect(lookup.get('Ã‰')).toBe('É')
    expect(lookup.get('Å“')).toBe('œ')
  })

  it('repairs mojibake and lost apostrophes, on multi-line input', async () => {
    const text = [
      'Donâ€™t worry, the cafÃ© is open.',
      'The â€œgreatâ€\u009d idea: Ã  la carte.',
      'Ukraine⁇s allies and don??t stop. Canada ⁇ s provinces.',
      'A lost \uFFFD char and a stray ⁇ here. Â Â«SalutÂ» Î± and Ã‰tÃ©.'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:4', 'â€™', ['’']],
      ['1:23', 'Ã©', ['é']],
      ['2:5', 'â€œ', ['“']],
      ['2:13', 'â€\u009d', ['”']],
      ['2:23', 'Ã ', ['à ']],
      ['3:8', '⁇', ['’']],
      ['3:25', '??', ['’']],
      ['3:41', ' ⁇ ', ['’']],
      ['4:8', '\uFFFD', undefined],
      ['4:27', '⁇', undefined],
      ['4:35', 'Â ', [' ']],
      ['4:37', 'Â«', ['«']],
      ['4:44', 'Â»', ['»']],
      ['4:47', 'Î±', ['α']],
      ['4:54', 'Ã‰', ['É']],
      ['4:57', 'Ã©', ['é']]
    ])
    expect(findings.map((finding) => finding.reason).slice(0, 4)).toEqual([
      'Unexpected `â€™`, expected `’` (UTF-8 text read as Windows-1252)',
      'Unexpected `Ã©`, expected `é` (UTF-8 text read as Windows-1252)',
      'Unexpected `â€œ`, expected `“` (UTF-8 text read as Windows-1252)',
      'Unexpected `â€U+009D`, expected `”` (UTF-8 text read as Windows-1252)'
    ])
    expect(findings[5]!.reason).toBe('Unexpected `⁇` between letters, expected `’` (an apostrophe lost to a wrong encoding)')
    expect(findings[7]!.reason).toBe('Unexpected ` ⁇ ` before a possessive `s`, expected `’` (an apostrophe lost to a wrong encoding)')
    expect(findings[8]!.reason).toBe(
      'Unexpected replacement character `U+FFFD`, a character lost to a wrong encoding; restore it by hand'
    )
    const place = findings[1]!.place as Position
    expect([place.start.offset, place.end.offset]).toEqual([22, 24])
    expect(findings[0]!.fatal).toBe(true)
    expect(findings[0]!.category).toBe('Linguistic conventions/Character encoding')
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#encoding-damage')
  })

  it('flags a bare "â€" without guessing which quote it was', async () => {
    const findings = await ruleFindings(id, 'He said â€œnoâ€ twice.')
    expect(summary(findings)).toEqual([
      ['1:9', 'â€œ', ['“']],
      ['1:14', 'â€', undefined]
    ])
    expect(findings[1]!.reason).toBe(
      'Unexpected `â€`, a curly quote or dash damaged by a wrong encoding (most likely `”`); restore it by hand'
    )
  })

  it('leaves correct accented letters, symbols and doubled question marks alone', async () => {
    const clean = [
      'The café serves crème brûlée.',
      'Don’t stop.',
      '“Quoted” text — with dashes… and ‘single’ quotes.',
      'Is it true?? Yes.',
      'São Paulo and the Ångström unit.',
      'α-synuclein and β-blockers were studied.',
      'LE GRAND ÂGE ET LA SANTÉ',
      'Keep x ≥ 5 and 20 ± 2 °C.',
      'À la carte, naïve, Œuvre, cœur.',
      'Kremlin spokesman Dmitry Peskov refused to comment.',
      'Ukraine’s allies met in Ramstein.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })
})
