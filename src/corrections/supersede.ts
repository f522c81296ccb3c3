/**
 * A second `record` pass on a copy edited further: a recorded change that makes the same edit
 * as an entry (same span, same replacement) is already there, whatever context each quotes;
 * one whose span overlaps an entry supersedes it, so that entry is updated in place (and, if
 * it had been decided, goes back to `proposed`: the new text has not been reviewed) instead
 * of a second entry that would conflict with it once approved.
 */
import {anchorQuote} from './anchor.js'
import type {EntryEdit} from './edit-entries.js'
import {sourceView} from './source-view.js'
import type {Correction} from './types.js'

export interface Superseded {
  /** The entry as it was. */
  previous: Correction
  /** The recorded change that replaces it. */
  recorded: Correction
  edit: EntryEdit
}

export interface Supersession {
  /** Recorded changes no entry makes or overlaps: to be added. */
  fresh: Correction[]
  /** Recorded changes an entry already makes. */
  present: Correction[]
  updated: Superseded[]
}

const anchorFields = ['exact', 'prefix', 'suffix', 'start', 'replacement', 'note'] as const

export function supersede(source: string, existing: readonly Correction[], recorded: readonly Correction[]): Supersession {
  const view = sourceView(source)
  const spans = existing.flatMap((correction, index) => {
    const anchor = anchorQuote(view, correction)
    return anchor.kind === 'found' ? [{correction, index, start: anchor.start, end: anchor.end}] : []
  })
  const result: Supersession = {fresh: [], present: [], updated: []}
  const consumed = new Set<number>()
  for (const entry of recorded) {
    const start = entry.start ?? source.indexOf(entry.exact)
    const end = start + entry.exact.length
    const same = spans.find((span) => span.start === start && span.end === end && span.correction.replacement === entry.replacement)
    if (same) {
      result.present.push(entry)
      continue
    }
    const over = spans.find((span) => !consumed.has(span.index) && span.start < end && start < span.end)
    if (!over) {
      result.fresh.push(entry)
      continue
    }
    consumed.add(over.index)
    const set: Partial<Correction> = {}
    const remove: (keyof Correction)[] = []
    for (const field of anchorFields) {
      const value = entry[field]
      if (value !== undefined) set[field] = value as never
      else if (over.correction[field] !== undefined) remove.push(field)
    }
    if (over.correction.status !== 'proposed') {
      set.status = 'proposed'
      remove.push('reviewer', 'reviewed')
    }
    result.updated.push({previous: over.correction, recorded: entry, edit: {index: over.index, set, remove}})
  }
  return result
}
