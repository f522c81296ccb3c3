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
    const date = dateOf(file)
    if (date !== undefined) file.data.documentDate = date
  }
}
