import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

/** The date a file speaks from, as the command layer knows it (`--date`, or `published`). */
export type DocumentDateOf = (file: VFile) => string | undefined

/**
 * Puts the document's date on each file (`file.data.documentDate`) before the rules run, so
 * that a rule judging facts by date (person-office) reads it from the file and never has to
 * know where it came from. A date already on the file (set by a library caller) is kept.
 */
export default function documentDate(dateOf?: DocumentDateOf) {
  return function (_tree: Root, file: VFile) {
    if (file.data.documentDate !== undefined || !dateOf) return
    const date = checkedDocumentDate(dateOf(file), file.path ?? 'a text')
    if (date !== undefined) file.data.documentDate = date
  }
}

/**
 * A library caller's `documentDate` answer for the text `name`, checked: the commands check
 * theirs (--date, `published`), and a date that is no day would otherwise be taken in silence
 * ("on 2025-99-01").
 */
export function checkedDocumentDate(date: unknown, name: string): string | undefined {
  if (date === undefined) return undefined
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new TypeError(`documentDate gave ${JSON.stringify(date)} for ${name}: expected a calendar day written YYYY-MM-DD, such as 2023-01-20`)
  }
  return date
}

/** Whether `value` is a calendar day written YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
