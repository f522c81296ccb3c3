/**
 * Review decisions on corrections entries: which entries an `approve` or `reject` names, and
 * the file with their `status`, `reviewer` and `reviewed` set (see edit-entries.ts for how the
 * rest of the file is kept byte for byte).
 */
import {closest} from './edit-distance.js'
import {editEntries, type EntryEdit} from './edit-entries.js'
import type {Correction, CorrectionsFile} from './types.js'

export type Decision = 'approved' | 'rejected'

/** What a command line names: entry ids, every proposed entry of a rule, or every proposed entry. */
export interface Selection {
  ids: string[]
  rule?: string
  all?: boolean
}

/** The verb a reviewer types for a decision. */
export const verbOf = {approved: 'approve', rejected: 'reject'} as const

/** `YYYY-MM-DD` of `date` in local time: the day the reviewer sees on their calendar. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Indices of the entries of one file that the selection names. Ids name any entry (a reviewer
 * may reverse a decision); a rule or `all` names only entries still waiting for a decision,
 * so a bulk approval never overrides one taken entry by entry.
 */
export function selectEntries(corrections: readonly Correction[], selection: Selection, decision: Decision): number[] {
  const ids = new Set(selection.ids)
  const chosen: number[] = []
  corrections.forEach((entry, index) => {
    // Set to this decision by hand, without a reviewer or date: still waiting for a review.
    const open = entry.status === 'proposed' || (entry.status === decision && (entry.reviewer === undefined || entry.reviewed === undefined))
    if (ids.has(entry.id)) chosen.push(index)
    else if (open && (selection.all || (selection.rule !== undefined && entry.rule === selection.rule))) chosen.push(index)
  })
  return chosen
}

/** `; did you mean \`x\`?` for an unknown id, or a pointer to where ids are listed. */
export function unknownIdHint(id: string, known: readonly string[]): string {
  const guess = closest(id, known)
  return guess ? `did you mean \`${guess}\`?` : 'run `postedit review list` to see the proposed entries'
}

export interface Decided {
  text: string
  /** The entries whose decision changed, in file order. */
  changed: Correction[]
  /** Entries named that already carried this decision: left as they were. */
  unchanged: Correction[]
}

/**
 * `text` (a valid corrections file without its byte order mark) with the entries at `indices`
 * set to `decision` by `reviewer` on `day`. An entry that already has that status keeps its
 * reviewer and date: the first decision is the one on record.
 */
export function decide(text: string, data: CorrectionsFile, indices: number[], decision: Decision, reviewer: string, day: string): Decided {
  const edits: EntryEdit[] = []
  const changed: Correction[] = []
  const unchanged: Correction[] = []
  for (const index of [...new Set(indices)].sort((a, b) => a - b)) {
    const entry = data.corrections[index]!
    if (entry.status === decision && entry.reviewer !== undefined && entry.reviewed !== undefined) {
      unchanged.push(entry)
      continue
    }
    edits.push({index, set: {status: decision, reviewer, reviewed: day}})
    changed.push(entry)
  }
  return {text: editEntries(text, edits), changed, unchanged}
}
