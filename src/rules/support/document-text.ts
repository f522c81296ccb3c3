/**
 * The whole text of the document being linted. A large file is linted piece by piece, each
 * piece in a file of its own (lint/postedit.ts); a rule that weighs the whole document (is it
 * about France? does it name someone without a title elsewhere?) must see the same document
 * in both modes, so the piece carries the whole text under this key.
 */
import type {VFile} from 'vfile'

export const documentTextKey = 'posteditDocumentText'

export function documentText(file: VFile): string {
  const whole = file.data[documentTextKey]
  return typeof whole === 'string' ? whole : String(file.value ?? '')
}
