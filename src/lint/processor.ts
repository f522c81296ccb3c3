import {retext} from 'retext'
import retextEnglish from 'retext-english'
import parseParagraphs from './parse-paragraphs.js'
import postedit from './postedit.js'
import type {PosteditSettings} from './settings.js'

/**
 * The lint processor for plain text. Markdown can follow by building a remark processor
 * that bridges to this one's parser with remark-retext; the rules see the same nlcst tree.
 */
export interface ProcessorOptions {
  /**
   * Lint a large text piece by piece, each piece's tree dropped before the next, so that its
   * peak memory is one piece's, not the whole file's; the findings are the same. `parse()`
   * then returns an empty stand-in root for such a text, so it is for linting only
   * (`lintFiles` uses it); off by default, where `parse()` returns the full tree.
   */
  piecewise?: boolean
}

export function createProcessor(settings?: PosteditSettings, options: ProcessorOptions = {}) {
  // parseParagraphs keeps parsing linear in the size of the file (see its module comment).
  return retext()
    .use(retextEnglish)
    .use(parseParagraphs, {piecewise: options.piecewise === true})
    .use(postedit, settings)
}

export {postedit}
