/**
 * Reads a TermBase eXchange file (ISO 30042): TBX v3 (`<tbx>`, `<conceptEntry>`, `<langSec>`,
 * `<termSec>`) and the older TBX 2 / TBX-Basic shape (`<martif>`, `<termEntry>`, `<langSet>`,
 * `<tig>` or `<ntig><termGrp>`). Of each concept, the English terms count: a
 * `deprecatedTerm-admn-sts` (or superseded) term is flagged, with the concept's
 * `preferredTerm-admn-sts` term, or else an admitted one, as the suggestion.
 * The administrative status is read as a `<termNote type="administrativeStatus">` (DCA style)
 * or an `<administrativeStatus>` element (DCT style), whatever its namespace prefix.
 *
 * TBX has no data category for "only after the word in", so the context conditions of a YAML
 * termbase are private ones, named with TBX's `x-` prefix: `<termNote type="x-precededBy">in
 * </termNote>`, `<descrip type="x-precededBy">` (the schema's form above term level) or
 * `<x-precededBy>in</x-precededBy>`, one pattern each. One in the concept or
 * in its English language section holds for each deprecated term of it, one in a term's own
 * section for that term alone; the conditions of every level add up.
 *
 * saxes parses: a strict XML 1.0 parser that reports line and column, and never loads a DTD
 * or an external entity, so a termbase naming `TBXcoreStructV02.dtd` is read offline.
 */
import {createRequire} from 'node:module'
import {conditionFields, conditionProblem, misspeltCondition, type ConditionField, type TermContext} from './termbase-conditions.js'
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

/**
 * The file's last character: where a file that ends too soon (an unclosed tag) is at fault.
 * saxes says so itself when the file ends inside a line, and reports column 0 of a line past
 * the last when it ends with a line break.
 */
function endOf(text: string): {line: number; column: number} {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
  return {line: lines.length, column: Math.max(1, lines.at(-1)!.length)}
}

/** Deeper than any TBX: martif or tbx, text, body, conceptEntry, langSec, termSec and notes. */
const MAX_DEPTH = 256

function parseXml(text: string, file: string): XmlElement {
  // Required here, not imported: see termbase-yaml.ts (saxes is CommonJS).
  const {SaxesParser} = createRequire(import.meta.url)('saxes') as typeof import('saxes')
  const parser = new SaxesParser({fileName: file})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.on('error', (error) => {
    // saxes puts `file:line:column: ` before its message; the position is said once, by us.
    const reason = error.message.replace(/^.*?:\d+:\d+: /, '').replace(/\.$/, '')
    const {line, column} = parser.column > 0 ? parser : endOf(text)
    throw new TermbaseError(file, line, column, `XML: ${reason}`)
  })
  // Where the start tag began: saxes is just past its name when it says a tag opens.
  let start = {line: 1, column: 1}
  parser.on('opentagstart', (tag) => {
    start = {line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1)}
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = typeof value === 'string' ? value : value.value
    // TBX nests a handful of levels; thousands would overflow the walks below (the stack).
    if (stack.length >= MAX_DEPTH) {
      throw new TermbaseError(file, start.line, start.column, `XML: elements nested more than ${MAX_DEPTH} deep; a TBX termbase nests a few levels`)
    }
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

/** A context condition as written: one pattern, and where, for an error. */
interface Condition {
  field: ConditionField
  pattern: string
  element: XmlElement
}

const conditionNames = new Map<string, ConditionField>(conditionFields.map((field) => [`x-${field}`, field]))
const knownConditions = [...conditionNames.keys()].join(', ')

/** Every element inside `element`, except what lies inside a `stopAt` one (which is left out too). */
function* within(element: XmlElement, stopAt: Set<string>): Generator<XmlElement> {
  for (const child of element.children) {
    if (stopAt.has(child.name)) continue
    yield child
    yield* within(child, stopAt)
  }
}

/** The conditions written in `scope` outside its `stopAt` elements: those of the next level are its own. */
function conditionsIn(scope: XmlElement, stopAt: Set<string>, file: string): Condition[] {
  const conditions: Condition[] = []
  for (const element of within(scope, stopAt)) {
    // TBX-Basic's schema allows a termNote at term level only; a descrip is its concept- and
    // language-level note, so both carry a condition by their type.
    const typed = element.name === 'termNote' || element.name === 'descrip'
    const name = typed ? (element.attributes['type'] ?? '') : element.name
    const label = typed ? `<${element.name} type="${name}">` : `<${name}>`
    const field = conditionNames.get(name)
    if (!field) {
      const meant = misspeltCondition(name)
      if (meant) throw new TermbaseError(file, element.line, element.column, `unknown condition ${label}, did you mean x-${meant}? (known: ${knownConditions})`)
      continue
    }
    const pattern = textOf(element)
    const problem = conditionProblem(field, pattern)
    if (problem) throw new TermbaseError(file, element.line, element.column, `${label} ${problem}`)
    conditions.push({field, pattern, element})
  }
  return conditions
}

/** The conditions of a term as a {@link TermEntry} has them: each field's patterns once, in the order written. */
function contextOf(conditions: Condition[]): TermContext {
  const context: TermContext = {}
  for (const field of conditionFields) {
    const patterns = [...new Set(conditions.filter((condition) => condition.field === field).map((condition) => condition.pattern))]
    if (patterns.length > 0) context[field] = patterns
  }
  return context
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
    const conceptConditions = conditionsIn(concept, langNames, file)
    const terms: Array<{term: string; status: Status; context: TermContext}> = []
    for (const lang of descendants(concept, langNames)) {
      const code = (lang.attributes['xml:lang'] ?? '').toLowerCase()
      if (code !== 'en' && !code.startsWith('en-')) continue
      const langConditions = conditionsIn(lang, termNames, file)
      for (const container of descendants(lang, termNames)) {
        const [term] = descendants(container, new Set(['term']))
        const value = term ? textOf(term) : ''
        if (!value) throw new TermbaseError(file, container.line, container.column, `<${container.name}> has no <term> text`)
        const status = statusOf(container, file)
        const own = conditionsIn(container, new Set(), file)
        if (own[0] && status !== 'deprecated') {
          throw new TermbaseError(
            file, own[0].element.line, own[0].element.column,
            `x-${own[0].field} on the ${status} term \`${value}\` never applies: put it in the deprecated term's <${container.name}>, or in the <${lang.name}> or <${concept.name}> for each deprecated term`
          )
        }
        terms.push({term: value, status, context: contextOf([...conceptConditions, ...langConditions, ...own])})
      }
    }
    const forbidden = terms.filter((term) => term.status === 'deprecated')
    const preferred = terms.find((term) => term.status === 'preferred') ?? terms.find((term) => term.status === 'admitted')
    if (forbidden.length === 0) {
      // A glossary's usual concept, a preferred term and nothing deprecated, flags nothing, but
      // keeps its forms from the built-in termbase, as a YAML entry with `forbidden: []` does
      // ("Kiev" preferred by a publication whose style keeps it).
      if (preferred) {
        const kept = terms.filter((term) => term !== preferred).map((term) => term.term)
        entries.push({preferred: preferred.term, forbidden: [], ...(kept.length > 0 ? {admitted: kept} : {})})
      }
      continue
    }
    if (!preferred) {
      throw new TermbaseError(
        file, concept.line, concept.column,
        `deprecated term \`${forbidden[0]!.term}\` has no preferred or admitted English term to suggest in its <${concept.name}>`
      )
    }
    const admitted = terms.filter((term) => term.status !== 'deprecated' && term !== preferred).map((term) => term.term)
    const note = describe(concept, ['note'])
    const source = describe(concept, ['source'])
    // Deprecated terms under the same conditions share an entry; others get one each.
    const groups = new Map<string, {forbidden: string[]; context: TermContext}>()
    for (const term of forbidden) {
      const key = JSON.stringify(term.context)
      const group = groups.get(key)
      if (group) group.forbidden.push(term.term)
      else groups.set(key, {forbidden: [term.term], context: term.context})
    }
    for (const group of groups.values()) {
      entries.push({
        preferred: preferred.term,
        forbidden: group.forbidden,
        ...(admitted.length > 0 ? {admitted} : {}),
        ...group.context,
        ...(note ? {note} : {}),
        ...(source ? {source} : {})
      })
    }
  }
  if (concepts === 0) {
    throw new TermbaseError(file, root.line, root.column, 'no <conceptEntry> (TBX v3) or <termEntry> (TBX 2) in the file')
  }
  return entries
}
