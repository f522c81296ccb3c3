import {retext} from 'retext'
import retextEnglish from 'retext-english'
import parseParagraphs from './parse-paragraphs.js'
import postedit from './postedit.js'
import type {PosteditSettings} from './settings.js'

/**
 * The lint processor for plain text. Markdown can follow by building a remark processor
 * that bridges to this one's parser with remark-retext; the rules see the same nlcst tree.
 */
export function createProcessor(settings?: PosteditSettings) {
  // parseParagraphs keeps parsing linear in the size of the file (see its module comment).
  return retext().use(retextEnglish).use(parseParagraphs).use(postedit, settings)
}

export {postedit}
