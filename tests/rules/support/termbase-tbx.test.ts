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
  it('reads TBX v3 concepts: English deprecated terms are forbidden, the preferred one suggested', () => {
    expect(parseTbxTermbase(fixture('newsroom.tbx'), 'newsroom.tbx')).toEqual([
      {preferred: 'Beijing', forbidden: ['Peking'], source: 'House style guide, section 4'},
      {preferred: 'Myanmar', forbidden: ['Burma'], admitted: ['Republic of the Union of Myanmar'], note: "the country's name since 1989"}
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
})
