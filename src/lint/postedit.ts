import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl} from '../rules/url.js'
import {documentTextKey} from '../rules/support/document-text.js'
import type {Transformer} from '../rules/types.js'
import {pieceMark, piecewisePieces, type TextPiece} from './parse-paragraphs.js'
import {compactText} from './compact-text.js'
import {setScoreSettings} from './score.js'
import {activeRules, validateSettings, type PosteditSettings} from './settings.js'

/** A finding as postedit reports it: a vfile message plus its MQM category. */
export type Finding = VFileMessage & {category?: string}

/** A finding's span as file offsets `[start, end]` (a point gives an empty span), when it has them. */
export function findingSpan(finding: Finding): [number, number] | undefined {
  const place = finding.place
  if (!place) return undefined
  const start = 'start' in place ? place.start.offset : place.offset
  const end = 'start' in place ? place.end.offset : place.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/**
 * The umbrella plugin: runs every enabled rule plugin and stamps each finding with
 * postedit's rule id, severity, category and reference link, so that single rule
 * plugins stay ordinary retext plugins and the policy lives in one place.
 */
export default function postedit(this: Processor, options?: PosteditSettings) {
  const settings = validateSettings(options ?? {})
  const steps = activeRules(settings).map((active) => ({
    active,
    transform: active.definition.plugin.call(this as never, active.options) as unknown as Transformer
  }))

  const processor = this
  const lint = (tree: Root, file: VFile) => {
    for (const {active, transform} of steps) {
      const before = file.messages.length
      transform(tree, file)
      const {definition, severity} = active
      for (const message of file.messages.slice(before) as Finding[]) {
        message.ruleId = definition.id
        message.source = 'postedit'
        message.category = definition.category
        message.url = ruleUrl(definition.id)
        message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
        // Plugins may record the nodes around a finding; a message that keeps them keeps the
        // whole tree alive after linting, and the lint loop holds every file's messages
        // until the last file is done. Positions already say where the finding is.
        message.ancestors = undefined
      }
    }
  }

  return function (tree: Root, file: VFile) {
    setScoreSettings(file, settings.score)
    const pieces = piecewisePieces(tree)
    if (pieces) lintPieces(file, pieces, processor, lint)
    else lint(tree, file)
    dropRepeatedFindings(file)
    dropFindingsInsideDeletions(file)
  }
}

/**
 * Lints a large file piece by piece (the cuts of parse-paragraphs, which the piecewise parser
 * left unparsed): each piece is parsed and linted in a file of its own, and its tree dropped
 * before the next, so a 5 MB file never holds more than one piece's tree. The pieces are cut
 * where parsing alone equals parsing together, so the rules see the nodes they would in the
 * whole tree; the findings are moved to the file's coordinates.
 */
function lintPieces(
  file: VFile,
  pieces: readonly TextPiece[],
  processor: Processor,
  lint: (tree: Root, file: VFile) => void
): void {
  const parse = processor.parser
  if (!parse) throw new Error('postedit needs a parser to lint a large file piece by piece')
  const value = String(file.value)
  for (const piece of pieces) {
    const data = {[pieceMark]: true, [documentTextKey]: value, ...(file.data.documentDate === undefined ? {} : {documentDate: file.data.documentDate})}
    const pieceFile = new VFile({value: compactText(value.slice(piece.start, piece.end)), path: file.path, data})
    lint(parse(String(pieceFile.value), pieceFile) as Root, pieceFile)
    for (const message of pieceFile.messages) {
      moveMessage(message, piece.point)
      file.messages.push(message)
    }
  }
}

/** Moves a piece's finding to the file's coordinates; its points may be shared with others, so they are copied. */
function moveMessage(message: VFileMessage, origin: Point): void {
  const move = (point: Point): Point => ({
    line: point.line + origin.line - 1,
    column: point.line === 1 ? point.column + origin.column - 1 : point.column,
    offset: point.offset === undefined ? undefined : point.offset + (origin.offset ?? 0)
  })
  const place = message.place
  if (place && 'start' in place) message.place = {start: move(place.start), end: move(place.end)}
  else if (place) message.place = move(place)
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  message.line = start?.line
  message.column = start?.column
  // vfile-message names a message by its place (`3:1-3:5`); a moved one is renamed the same way.
  const at = (point: Point) => `${point.line}:${point.column}`
  if (message.place) message.name = 'start' in message.place ? `${at(message.place.start)}-${at(message.place.end)}` : at(message.place)
}

function spanKey(message: Finding): string | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  return `${place.start.offset}:${place.end.offset}:${JSON.stringify(message.expected ?? null)}`
}

/**
 * Two rules can see one artifact from two sides ("The army left. russian troops…" is both a
 * lowercase sentence start and a lowercase demonym). When they flag the same span with the
 * same fix, the reader and `apply` need it once: the first rule in registry order keeps it.
 */
function dropRepeatedFindings(file: VFile): void {
  const seen = new Set<string>()
  const kept = (file.messages as Finding[]).filter((message) => {
    const key = spanKey(message)
    if (key === undefined || message.source !== 'postedit') return true
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  keepOnly(file, kept)
}

/** Leaves `kept` as the file's messages, in place (the file may be shared). */
function keepOnly(file: VFile, kept: readonly VFileMessage[]): void {
  if (kept.length === file.messages.length) return
  // A loop, not splice(...kept): a large file's findings can outnumber the call stack's room.
  file.messages.length = 0
  for (const message of kept) file.messages.push(message)
}

/** A finding whose only suggestion removes its whole (non-empty) span. */
function deletionSpan(message: Finding): [number, number] | undefined {
  if (message.source !== 'postedit' || message.expected?.length !== 1 || message.expected[0] !== '') return undefined
  const span = findingSpan(message)
  return span && span[1] > span[0] ? span : undefined
}

/**
 * A finding inside a span that another finding removes whole says nothing the reader can act
 * on: "If you are not in either of these two cases, please contact us at" is an ad-blocker
 * notice to delete, and its being cut off mid-phrase goes with it. `apply` would reject the
 * two edits as overlapping anyway. A finding is dropped only when the deletion strictly holds
 * it (the same span twice is dropRepeatedFindings' to judge, and a point on its edge is an
 * insertion beside it).
 */
export function dropFindingsInsideDeletions(file: VFile): void {
  const messages = file.messages as Finding[]
  const deletions: Array<[number, number]> = []
  for (const message of messages) {
    const span = deletionSpan(message)
    if (span) deletions.push(span)
  }
  if (deletions.length === 0) return
  // By start, with the furthest end reached so far: a finding asks two binary searches, not
  // a walk over every deletion before it (a page of 60,000 furniture lines took seconds).
  deletions.sort((a, b) => a[0] - b[0])
  const furthest: number[] = []
  for (const [, end] of deletions) furthest.push(Math.max(end, furthest.at(-1) ?? -1))
  /** The furthest end of the deletions that start before `offset` (or at it, when `orAt`). */
  const reach = (offset: number, orAt: boolean): number => {
    let low = 0
    let high = deletions.length
    while (low < high) {
      const middle = (low + high) >> 1
      const start = deletions[middle]![0]
      if (start < offset || (orAt && start === offset)) low = middle + 1
      else high = middle
    }
    return low === 0 ? -1 : furthest[low - 1]!
  }
  const inside = ([start, end]: [number, number]): boolean =>
    // A point lies inside a deletion when one starts before it and ends after it: a point on
    // the deletion's edge is an insertion beside it, which survives it. A span lies inside one
    // that holds it and is not the same span (dropRepeatedFindings' to judge).
    start === end ? reach(start, false) > start : reach(start, false) >= end || reach(start, true) > end
  keepOnly(
    file,
    messages.filter((message) => {
      if (message.source !== 'postedit') return true
      const span = findingSpan(message)
      return !span || !inside(span)
    })
  )
}
