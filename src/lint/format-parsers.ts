import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Format} from './formats.js'
import type {SourceMarkup} from './source-markup.js'

/** A parser from a Markdown or HTML file to nlcst with the file's positions, and its markup. */
export type FormatParser = (file: VFile) => {tree: Root; markup: SourceMarkup}

/** The parsers a processor can reach, by format; plain text needs none (retext-english). */
export type FormatParsers = Partial<Record<Exclude<Format, 'text'>, FormatParser>>

/**
 * Shared by every lint processor of the process. remark and rehype with their extensions are
 * a third of the modules lint would load: a run over plain text, and every worker thread of
 * it, loads neither. `loadFormatParser` fills this as files of the format come.
 */
export const lazyParsers: FormatParsers = {}

/** Loads the parser of `format` into `lazyParsers` (once), before a file of it is parsed. */
export async function loadFormatParser(format: Format): Promise<void> {
  if (format === 'markdown' && !lazyParsers.markdown) lazyParsers.markdown = (await import('./markdown-source.js')).parseMarkdown
  if (format === 'html' && !lazyParsers.html) lazyParsers.html = (await import('./html-source.js')).parseHtml
}
