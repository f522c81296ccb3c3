import {buildProcessor, type ProcessorOptions} from './build-processor.js'
import {parseHtml} from './html-source.js'
import {parseMarkdown} from './markdown-source.js'
import postedit from './postedit.js'
import type {PosteditSettings} from './settings.js'

export type {ProcessorOptions} from './build-processor.js'

/** The lint processor, ready for text, Markdown and HTML alike. */
export function createProcessor(settings?: PosteditSettings, options: ProcessorOptions = {}) {
  return buildProcessor(settings, options, {markdown: parseMarkdown, html: parseHtml})
}

export {postedit}
