import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {TermbaseError} from '../../../src/rules/support/termbase-error.js'
import {parseTbxTermbase} from '../../../src/rules/support/termbase-tbx.js'
import {repoRoot} from '../../helpers.js'

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests', 'rules', 'fixtures', name), 'utf8')

/** The one-line message a bad termbase gives. */
function failure(text: string): string {
  try {
    parseTbxTermbase(text, 'terms.tbx')
  } catch (error) {
    expect(error).toBeInstanceOf(TermbaseError)
    return (error as Error).message
  }
  throw new Error('parsed without error')
}

const wrap = (body: string) => `<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n${body}\n</body></text>\n</tbx>\n`

describe('parseTbxTermbase', () => {
  it('reads TBX v3 concepts: English deprecated terms are forbidden, the preferred one suggested, a lone preferred one kept', () => {
    expect(parseTbxTermbase(fixture('newsroom.tbx'), 'newsroom.tbx')).toEqual([
      {preferred: 'Beijing', forbidden: ['Peking'], source: 'House style guide, section 4'},
      {preferred: 'Myanmar', forbidden: ['Burma'], admitted: ['Republic of the Union of Myanmar'], note: "the country's name since 1989"},
      // Nothing deprecated: an entry that flags nothing and keeps Tbilisi from the built-in termbase.
      {preferred: 'Tbilisi', forbidden: []}
    ])
  })

  it('reads the TBX 2 shape (martif, tig, ntig/termGrp) without fetching its DTD', () => {
    expect(parseTbxTermbase(fixture('legacy.tbx'), 'legacy.tbx')).toEqual([{preferred: 'Eswatini', forbidden: ['Swaziland']}])
  })

  it('reads DCT-style status elements whatever their prefix, and suggests an admitted term when none is preferred', () => {
    const text = wrap(`<conceptEntry id="a" xmlns:min="http://www.tbxinfo.net/ns/min">
  <langSec xml:lang="en-US">
    <termSec><term>Alma-Ata</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus></termSec>
    <termSec><term>Almaty</term></termSec>
  </langSec>
</conceptEntry>`)
    expect(parseTbxTermbase(text, 'terms.tbx')).toEqual([{preferred: 'Almaty', forbidden: ['Alma-Ata']}])
  })

  it('says where the XML breaks', () => {
    expect(failure('<tbx>\n<text><body>\n<conceptEntry></langSec>\n</body></text></tbx>')).toBe(
      'terms.tbx:3:24: invalid termbase: XML: unexpected close tag'
    )
    expect(failure('<tbx>\n<text>&nbsp;</text></tbx>')).toBe('terms.tbx:2:12: invalid termbase: XML: undefined entity')
    // A file that ends too soon: at its last character, with or without a final line break
    // (not column 0 of a line past the end).
    expect(failure('<tbx>\n<text><body>\n')).toBe('terms.tbx:2:12: invalid termbase: XML: unclosed tag: body')
    expect(failure('<tbx>\r\n<text><body>')).toBe('terms.tbx:2:12: invalid termbase: XML: unclosed tag: body')
  })

  it('refuses a file that is not TBX, or holds no concept', () => {
    expect(failure('<?xml version="1.0"?>\n<html><body/></html>')).toBe(
      'terms.tbx:2:1: invalid termbase: root element <html> is not TBX, expected <tbx> (TBX v3) or <martif> (TBX 2)'
    )
    expect(failure('<tbx><text><body/></text></tbx>')).toBe(
      'terms.tbx:1:1: invalid termbase: no <conceptEntry> (TBX v3) or <termEntry> (TBX 2) in the file'
    )
  })

  it('refuses an unknown status, an empty term and a deprecated term with nothing to suggest', () => {
    expect(failure(wrap('<conceptEntry><langSec xml:lang="en"><termSec><term>Kiev</term>\n  <termNote type="administrativeStatus">forbidden</termNote></termSec></langSec></conceptEntry>'))).toBe(
      'terms.tbx:4:3: invalid termbase: unknown administrative status `forbidden`, expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts'
    )
    expect(failure(wrap('<conceptEntry><langSec xml:lang="en">\n<termSec><term> </term></termSec></langSec></conceptEntry>'))).toBe(
      'terms.tbx:4:1: invalid termbase: <termSec> has no <term> text'
    )
    expect(failure(wrap('  <conceptEntry><langSec xml:lang="en"><termSec><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>\n<langSec xml:lang="uk"><termSec><term>Київ</term></termSec></langSec></conceptEntry>'))).toBe(
      'terms.tbx:3:3: invalid termbase: deprecated term `Kiev` has no preferred or admitted English term to suggest in its <conceptEntry>'
    )
  })

  const deprecated = '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
  const preferred = '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>'

  it('reads each context condition, as a termNote type or a DCT element, one pattern each', () => {
    const text = wrap(`<conceptEntry id="dnipro">
  <langSec xml:lang="en">
    <termSec><term>Dnipro</term>${preferred}</termSec>
    <termSec><term>Dnieper</term>${deprecated}
      <termNote type="x-precededBy">in</termNote>
      <termNote type="x-precededBy">city|mayor of</termNote>
      <termNote type="x-notPrecededBy">^</termNote>
      <termNote type="x-followedBy">, #?</termNote>
      <x-notFollowedBy>river</x-notFollowedBy>
      <termNote type="x-notInSentence">dam</termNote>
      <x-notInSentence>bridge</x-notInSentence>
    </termSec>
  </langSec>
</conceptEntry>`)
    expect(parseTbxTermbase(text, 'terms.tbx')).toEqual([{
      preferred: 'Dnipro',
      forbidden: ['Dnieper'],
      precededBy: ['in', 'city|mayor of'],
      notPrecededBy: ['^'],
      followedBy: [', #?'],
      notFollowedBy: ['river'],
      notInSentence: ['dam', 'bridge']
    }])
  })

  it('gives a concept’s and a language section’s conditions to each deprecated term, a term’s to that term alone', () => {
    const text = wrap(`<conceptEntry id="dnipro">
  <descripGrp><descrip type="x-notInSentence">river</descrip></descripGrp>
  <langSec xml:lang="fr"><termNote type="x-precededBy">à</termNote><termSec><term>Dniepr</term></termSec></langSec>
  <langSec xml:lang="en">
    <descrip type="x-notFollowedBy">river</descrip>
    <termSec><term>Dnipro</term>${preferred}</termSec>
    <termSec><term>Dnieper</term>${deprecated}<termNote type="x-precededBy">in</termNote><termNote type="x-notFollowedBy">river</termNote></termSec>
    <termSec><term>Dnepr</term>${deprecated}</termSec>
    <termSec><term>Dnyepr</term>${deprecated}</termSec>
  </langSec>
</conceptEntry>`)
    expect(parseTbxTermbase(text, 'terms.tbx')).toEqual([
      {preferred: 'Dnipro', forbidden: ['Dnieper'], precededBy: ['in'], notFollowedBy: ['river'], notInSentence: ['river']},
      {preferred: 'Dnipro', forbidden: ['Dnepr', 'Dnyepr'], notFollowedBy: ['river'], notInSentence: ['river']}
    ])
  })

  it('reads the README’s conditions example as the README says: Dnieper after "in", Dnepr anywhere, neither with "river"', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    const example = [...readme.matchAll(/```xml\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('x-precededBy'))
    expect(parseTbxTermbase(wrap(example!), 'README.md')).toEqual([
      {preferred: 'Dnipro', forbidden: ['Dnieper'], precededBy: ['in'], notInSentence: ['river']},
      {preferred: 'Dnipro', forbidden: ['Dnepr'], notInSentence: ['river']}
    ])
  })

  it('reads conditions in the TBX 2 shape (tig, ntig/termGrp)', () => {
    const text = `<martif type="TBX-Basic"><text><body>
<termEntry id="t1"><langSet xml:lang="en">
  <tig><term>Dnipro</term>${preferred}</tig>
  <ntig><termGrp><term>Dnieper</term>${deprecated}<termNote type="x-precededBy">in</termNote></termGrp></ntig>
</langSet></termEntry>
</body></text></martif>`
    expect(parseTbxTermbase(text, 'terms.tbx')).toEqual([{preferred: 'Dnipro', forbidden: ['Dnieper'], precededBy: ['in']}])
  })

  it('refuses a misspelt condition, and ignores another tool’s private data category', () => {
    const concept = (condition: string) => wrap(`<conceptEntry><langSec xml:lang="en"><termSec><term>Dnipro</term></termSec>
<termSec><term>Dnieper</term>${deprecated}\n  ${condition}</termSec></langSec></conceptEntry>`)
    const known = '(known: x-precededBy, x-notPrecededBy, x-followedBy, x-notFollowedBy, x-notInSentence)'
    expect(failure(concept('<termNote type="x-precededby">in</termNote>'))).toBe(
      `terms.tbx:5:3: invalid termbase: unknown condition <termNote type="x-precededby">, did you mean x-precededBy? ${known}`
    )
    expect(failure(concept('<termNote type="x-preceededBy">in</termNote>'))).toBe(
      `terms.tbx:5:3: invalid termbase: unknown condition <termNote type="x-preceededBy">, did you mean x-precededBy? ${known}`
    )
    expect(failure(concept('<termNote type="notFollowedBy">river</termNote>'))).toBe(
      `terms.tbx:5:3: invalid termbase: unknown condition <termNote type="notFollowedBy">, did you mean x-notFollowedBy? ${known}`
    )
    expect(failure(concept('<x-notInSentance>river</x-notInSentance>'))).toBe(
      `terms.tbx:5:3: invalid termbase: unknown condition <x-notInSentance>, did you mean x-notInSentence? ${known}`
    )
    expect(parseTbxTermbase(concept('<termNote type="x-reviewedBy">desk</termNote>'), 'terms.tbx')).toEqual([{preferred: 'Dnipro', forbidden: ['Dnieper']}])
  })

  it('refuses a pattern that would never match as written, saying the fix', () => {
    const concept = (condition: string) => wrap(`<conceptEntry><langSec xml:lang="en"><termSec><term>Dnipro</term></termSec>
<termSec><term>Dnieper</term>${deprecated}\n  ${condition}</termSec></langSec></conceptEntry>`)
    const cases: Array<[string, string]> = [
      ['<termNote type="x-precededBy"> </termNote>', '<termNote type="x-precededBy"> is empty: write one word pattern, such as `in`'],
      ['<termNote type="x-precededBy">in, near</termNote>', '<termNote type="x-precededBy"> `in, near` reads `in,` as one word: write alternatives as `in|at`'],
      ['<termNote type="x-precededBy">in||near</termNote>', '<termNote type="x-precededBy"> `in||near` has an empty alternative: write alternatives as `in|at`'],
      ['<termNote type="x-notPrecededBy">president’s</termNote>', "<termNote type=\"x-notPrecededBy\"> `president’s` has a curly apostrophe, which never matches: write `president's`"],
      ['<termNote type="x-notPrecededBy">st.</termNote>', '<termNote type="x-notPrecededBy"> `st.` has `st.` with a final point, which never matches: write `st`'],
      ['<termNote type="x-precededBy">$</termNote>', '<termNote type="x-precededBy"> `$`: `$` is the end of the sentence, which never comes before a term; `^` is its start'],
      ['<x-followedBy>^</x-followedBy>', '<x-followedBy> `^`: `^` is the start of the sentence, which never comes after a term; `$` is its end'],
      ['<termNote type="x-notInSentence">river bank</termNote>', '<termNote type="x-notInSentence"> `river bank` is not one word: list each word that marks the other sense on its own']
    ]
    for (const [condition, message] of cases) expect(failure(concept(condition))).toBe(`terms.tbx:5:3: invalid termbase: ${message}`)
  })

  it('refuses elements nested thousands deep at the tag, not with a stack overflow', () => {
    // It was "internal error: Maximum call stack size exceeded".
    expect(failure(wrap('<x>'.repeat(5000) + '</x>'.repeat(5000)))).toBe('terms.tbx:3:760: invalid termbase: XML: elements nested more than 256 deep; a TBX termbase nests a few levels')
  })

  it('refuses a condition on a term that is never flagged', () => {
    expect(failure(wrap(`<conceptEntry><langSec xml:lang="en"><termSec><term>Dnipro</term>${preferred}
  <termNote type="x-precededBy">in</termNote></termSec><termSec><term>Dnieper</term>${deprecated}</termSec></langSec></conceptEntry>`))).toBe(
      "terms.tbx:4:3: invalid termbase: x-precededBy on the preferred term `Dnipro` never applies: put it in the deprecated term's <termSec>, or in the <langSec> or <conceptEntry> for each deprecated term"
    )
  })
})
