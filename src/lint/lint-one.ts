import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {buildProcessor} from './build-processor.js'
import {lazyParsers, loadFormatParser} from './format-parsers.js'
import {formatOf} from './formats.js'
import type {PosteditSettings} from './settings.js'

type Processor = ReturnType<typeof buildProcessor>

/**
 * Lints one text at a time with one processor per configuration, built once and reused for
 * every file under it: attaching the rules (compiling their phrase lists) is paid once per
 * config, not once per file. Each file's tree is dropped as soon as its findings are out.
 */
export class TextLinter {
  private readonly processors = new Map<string, Processor>()

  private processorFor(settings: PosteditSettings | undefined): Processor {
    const key = JSON.stringify(settings ?? null)
    let processor = this.processors.get(key)
    if (!processor) {
      // Piecewise: a large file never has its whole tree alive (see createProcessor).
      processor = buildProcessor(settings, {piecewise: true}, lazyParsers).freeze() as Processor
      this.processors.set(key, processor)
    }
    return processor
  }

  /**
   * Lints `value` as the file at `filePath` (relative to `cwd`), dated `date` when the command
   * knows the document's date; the file keeps its text.
   */
  async lint(value: string, filePath: string, cwd: string, settings: PosteditSettings | undefined, date?: string): Promise<VFile> {
    const file = new VFile({cwd, path: filePath, value, ...(date === undefined ? {} : {data: {documentDate: date}})})
    await loadFormatParser(formatOf(filePath))
    const processor = this.processorFor(settings)
    // Synchronously: every step is, and an awaited run let the other files in flight parse
    // their own trees before this one's was dropped, so that sixteen trees were alive at once
    // (the reason most of each young generation survived into the old one).
    processor.runSync(processor.parse(file) as Root, file)
    return file
  }
}
