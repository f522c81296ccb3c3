import type {ApplyResult} from './apply.js'
import {recordCorrections} from './record.js'

/**
 * The source with only the edits an editor made on top of the approved entries.
 *
 * An editor records from the cleaned text: the source as the approved entries leave it, edited
 * further. Diffed against the source, every approved entry's change shows up again, cut where
 * the diff finds it (a deleted paragraph may take the line break before it, not after), so it
 * no longer matches its entry and would replace it, sending a reviewed decision back to
 * `proposed`. Diffed against what the entries give, only the new edits show. Each is carried
 * back onto the source past the entries' own changes; one that touches what an entry wrote
 * takes that entry's whole span with it, so that recording it supersedes that entry alone.
 * Undefined when the result does not read back as the source (the caller records as before).
 */
export function editsOnSource(source: string, applied: ApplyResult, edited: string): string | undefined {
  const spans = [...applied.applied].sort((a, b) => a.outputStart - b.outputStart)
  const changes = recordCorrections(applied.text, edited)
    .map((change) => ({start: change.start ?? -1, end: (change.start ?? -1) + change.exact.length, replacement: change.replacement}))
    .sort((a, b) => a.start - b.start)
  if (changes.some((change) => change.start < 0)) return undefined

  // Regions of the cleaned text to rewrite: each change widened to the outputs it touches,
  // overlapping regions merged.
  const regions: Array<{start: number; end: number; changes: typeof changes}> = []
  for (const change of changes) {
    let start = change.start
    let end = change.end
    for (const span of spans) {
      if (span.outputStart <= end && start <= span.outputEnd) {
        start = Math.min(start, span.outputStart)
        end = Math.max(end, span.outputEnd)
      }
    }
    const last = regions.at(-1)
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end)
      last.changes.push(change)
    } else {
      regions.push({start, end, changes: [change]})
    }
  }

  // A cleaned-text offset on the source: an entry's output edge is its span's edge; elsewhere
  // the offset moves back by what the entries before it added.
  const toSource = (offset: number, edge: 'start' | 'end'): number => {
    for (const span of spans) {
      if (edge === 'start' && span.outputStart === offset) return span.start
      if (edge === 'end' && span.outputEnd === offset) return span.end
    }
    let shift = 0
    for (const span of spans) if (span.outputEnd <= offset) shift += span.outputEnd - span.outputStart - (span.end - span.start)
    return offset - shift
  }

  let text = source
  for (const region of regions.reverse()) {
    let replacement = ''
    let at = region.start
    for (const change of region.changes) {
      replacement += applied.text.slice(at, change.start) + change.replacement
      at = change.end
    }
    replacement += applied.text.slice(at, region.end)
    const start = toSource(region.start, 'start')
    const end = toSource(region.end, 'end')
    if (start < 0 || end < start || end > source.length) return undefined
    text = text.slice(0, start) + replacement + text.slice(end)
  }
  return text
}
