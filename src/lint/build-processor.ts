import {retext} from 'retext'
import retextEnglish from 'retext-english'
import documentDate, {type DocumentDateOf} from './document-date.js'
import type {FormatParsers} from './format-parsers.js'
import type {Format} from './formats.js'
import inlineSwitches from './inline-switches.js'
import parseFormats from './parse-formats.js'
import parseParagraphs from './parse-paragraphs.js'
import postedit from './postedit.js'
import {proseView, restoreSource} from './prose-view.js'
import type {PosteditSettings} from './settings.js'

/**
 * The lint processor: plain text, Markdown and HTML all become one nlcst tree with the
 * original file's positions (see parse-formats.ts), then the umbrella plugin runs the rules.
 */
export interface ProcessorOptions {
  /**
   * Lint a large text piece by piece, each piece's tree dropped before the next, so that its
   * peak memory is one piece's, not the whole file's; the findings are the same. `parse()`
   * then returns an empty stand-in root for such a text, so it is for linting only
   * (`lintFiles` uses it); off by default, where `parse()` returns the full tree.
   * Plain text only: Markdown and HTML are parsed whole.
   */
  piecewise?: boolean
  /**
   * The format of the files: `auto` (the default) chooses by each file's extension (`.md`,
   * `.markdown`: Markdown; `.html`, `.htm`: HTML; anything else: plain text).
   */
  format?: Format | 'auto'
  /**
   * The date each file speaks from (`YYYY-MM-DD`), which rules that judge facts by date read
   * as `file.data.documentDate`; `lintFiles` gives `--date` or the corrections file's
   * `published`. A file that already carries `data.documentDate` keeps it.
   */
  documentDate?: DocumentDateOf
}

/**
 * The lint processor with the Markdown and HTML parsers it is given, which it reads when a file
 * of theirs comes (the lint loop passes lazyParsers, filled on demand: see format-parsers.ts).
 */
export function buildProcessor(settings: PosteditSettings | undefined, options: ProcessorOptions, parsers: FormatParsers) {
  // parseParagraphs keeps parsing linear in the size of the file (see its module comment).
  return retext()
    .use(retextEnglish)
    .use(parseParagraphs, {piecewise: options.piecewise === true})
    .use(parseFormats, {format: options.format ?? 'auto', parsers})
    .use(proseView)
    .use(documentDate, options.documentDate)
    .use(postedit, settings)
    .use(restoreSource)
    .use(inlineSwitches)
}
