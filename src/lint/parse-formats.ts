import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {FormatParsers} from './format-parsers.js'
import {formatOf, type Format} from './formats.js'
import {setSourceMarkup, sourceMarkup} from './source-markup.js'

export interface Options {
  /** The format of every file, or `auto` (the default): by each file's extension. */
  format?: Format | 'auto' | undefined
  /** The Markdown and HTML parsers, read when a file of theirs is parsed (see format-parsers.ts). */
  parsers: FormatParsers
}

/**
 * Gives the retext processor a parser per format: plain text goes to the parser already
 * there (retext-english, in pieces), Markdown and HTML to remark and rehype, bridged to
 * parse-english. All three end in the same nlcst tree, with positions in the original
 * file, so the rules and the umbrella plugin after this one never know the format.
 */
export default function parseFormats(this: Processor, options: Options): undefined {
  const parseText = this.parser
  const compileText = this.compiler
  if (!parseText || !compileText) throw new Error('parse-formats needs a parser and a compiler first: use it after retext-english')
  const formatFor = (file: VFile): Format => (options.format && options.format !== 'auto' ? options.format : formatOf(file.path))

  this.parser = (document: string, file: VFile) => {
    const format = formatFor(file)
    if (format === 'text') return parseText(document, file)
    const parse = options.parsers[format]
    if (!parse) throw new Error(`no ${format} parser is loaded: await loadFormatParser('${format}') before parsing ${file.path ?? 'the file'}`)
    const {tree, markup} = parse(file)
    setSourceMarkup(file, markup)
    return tree
  }
  // The nlcst of a Markdown or HTML file holds its prose only: the file's text is its own output.
  this.compiler = (tree, file: VFile) => (sourceMarkup(file) ? String(file.value) : compileText(tree as Root, file))
  return undefined
}
