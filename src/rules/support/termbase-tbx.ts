/**
 * Reads a TermBase eXchange file (ISO 30042): TBX v3 (`<tbx>`, `<conceptEntry>`, `<langSec>`,
 * `<termSec>`) and the older TBX 2 / TBX-Basic shape (`<martif>`, `<termEntry>`, `<langSet>`,
 * `<tig>` or `<ntig><termGrp>`). Of each concept, the English terms count: a
 * `deprecatedTerm-admn-sts` (or superseded) term is flagged, with the concept's
 * `preferredTerm-admn-sts` term, or else an admitted one, as the suggestion.
 * The administrative status is read as a `<termNote type="administrativeStatus">` (DCA style)
 * or an `<administrativeStatus>` element (DCT style), whatever its namespace prefix.
 *
 * saxes parses: a strict XML 1.0 parser that reports line and column, and never loads a DTD
 * or an external entity, so a termbase naming `TBXcoreStructV02.dtd` is read offline.
 */
import {createRequire} from 'node:module'
import {TermbaseError} from './termbase-error.js'
import type {TermEntry} from './termbase.js'

interface XmlElement {
  /** Local name: a namespace prefix (`min:`, `basic:`) is dropped. */
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
  line: number
  column: number
}

function parseXml(text: string, file: string): XmlElement {
  // Required here, not imported: see termbase-yaml.ts (saxes is CommonJS).
  const {SaxesParser} = createRequire(import.meta.url)('saxes') as typeof import('saxes')
  const parser = new SaxesParser({fileName: file})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.on('error', (error) => {
    // saxes puts `file:line:column: ` before its message; the position is said once, by us.
    const reason = error.message.replace(/^.*?:\d+:\d+: /, '').replace(/\.$/, '')
    throw new TermbaseError(file, parser.line, parser.column, `XML: ${reason}`)
  })
  // Where the start tag began: saxes is just past its name when it says a tag opens.
  let start = {line: 1, column: 1}
  parser.on('opentagstart', (tag) => {
    start = {line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1)}
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === 'string' ? value : value.value
    const element: XmlElement = {name: tag.name.replace(/^.*:/, ''), attributes, children: [], text: '', ...start}
    stack.at(-1)?.children.push(element)
    stack.push(element)
    root ??= element
  })
  parser.on('closetag', () => void stack.pop())
  const addText = (value: string) => {
    const current = stack.at(-1)
    if (current) current.text += value
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.write(text).close()
  if (!root) throw new TermbaseError(file, 1, 1, 'XML: no root element')
  return root
}

function* descendants(element: XmlElement, names: Set<string>, stopAt?: Set<string>): Generator<XmlElement> {
  for (const child of element.children) {
    if (names.has(child.name)) yield child
    else if (!stopAt?.has(child.name)) yield* descendants(child, names, stopAt)
  }
}

/** All the text inside an element, spaces collapsed (a `<term>` may hold `<hi>` markup). */
function textOf(element: XmlElement): string {
  const parts = [element.text, ...element.children.map(textOf)]
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

const entryNames = new Set(['conceptEntry', 'termEntry'])
const langNames = new Set(['langSec', 'langSet'])
const termNames = new Set(['termSec', 'tig', 'ntig'])

type Status = 'preferred' | 'admitted' | 'deprecated'

function statusOf(container: XmlElement, file: string): Status {
  for (const element of descendants(container, new Set(['termNote', 'administrativeStatus']))) {
    if (element.name === 'termNote' && element.attributes['type'] !== 'administrativeStatus') continue
    const value = textOf(element).replace(/-admn-sts$/, '')
    if (value === 'preferredTerm') return 'preferred'
    if (value === 'admittedTerm') return 'admitted'
    if (value === 'deprecatedTerm' || value === 'supersededTerm') return 'deprecated'
    throw new TermbaseError(
      file, element.line, element.column,
      `unknown administrative status \`${value}\`, expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts`
    )
  }
  // TBX-Basic: a term with no status is admitted.
  return 'admitted'
}

/** A concept's note (a definition says what a term means, not why a form is wrong) or its source, wherever in the concept they are given. */
function describe(entry: XmlElement, kinds: string[]): string | undefined {
  for (const element of descendants(entry, new Set(['note', 'descrip', 'admin', ...kinds]))) {
    const type = element.attributes['type']
    if (kinds.includes(element.name) || (type !== undefined && kinds.includes(type))) {
      const value = textOf(element)
      if (value) return value
    }
  }
  return undefined
}

export function parseTbxTermbase(text: string, file: string): TermEntry[] {
  const root = parseXml(text, file)
  if (root.name !== 'tbx' && root.name !== 'martif') {
    throw new TermbaseError(file, root.line, root.column, `root element <${root.name}> is not TBX, expected <tbx> (TBX v3) or <martif> (TBX 2)`)
  }
  const entries: TermEntry[] = []
  let concepts = 0
  for (const concept of descendants(root, entryNames)) {
    concepts++
    const terms: Array<{term: string; status: Status}> = []
    for (const lang of descendants(concept, langNames)) {
      const code = (lang.attributes['xml:lang'] ?? '').toLowerCase()
      if (code !== 'en' && !code.startsWith('en-')) continue
      for (const container of descendants(lang, termNames)) {
        const [term] = descendants(container, new Set(['term']))
        const value = term ? textOf(term) : ''
        if (!value) throw new TermbaseError(file, container.line, container.column, `<${container.name}> has no <term> text`)
        terms.push({term: value, status: statusOf(container, file)})
      }
    }
    const forbidden = terms.filter((term) => term.status === 'deprecated').map((term) => term.term)
    if (forbidden.length === 0) continue
    const preferred = terms.find((term) => term.status === 'preferred') ?? terms.find((term) => term.status === 'admitted')
    if (!preferred) {
      throw new TermbaseError(
        file, concept.line, concept.column,
        `deprecated term \`${forbidden[0]}\` has no preferred or admitted English term to suggest in its <${concept.name}>`
      )
    }
    const admitted = terms.filter((term) => term.status !== 'deprecated' && term !== preferred).map((term) => term.term)
    const note = describe(concept, ['note'])
    const source = describe(concept, ['source'])
    entries.push({
      preferred: preferred.term,
      forbidden,
      ...(admitted.length > 0 ? {admitted} : {}),
      ...(note ? {note} : {}),
      ...(source ? {source} : {})
    })
  }
  if (concepts === 0) {
    throw new TermbaseError(file, root.line, root.column, 'no <conceptEntry> (TBX v3) or <termEntry> (TBX 2) in the file')
  }
  return entries
}
