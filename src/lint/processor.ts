import {retext} from 'retext'
import retextEnglish from 'retext-english'
import postedit from './postedit.js'
import type {PosteditSettings} from './settings.js'

/**
 * The lint processor for plain text. Markdown can follow by building a remark processor
 * that bridges to this one's parser with remark-retext; the rules see the same nlcst tree.
 */
export function createProcessor(settings?: PosteditSettings) {
  return retext().use(retextEnglish).use(postedit, settings)
}

export {postedit}
