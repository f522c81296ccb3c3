import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {buildProcessor} from '../../src/lint/build-processor.js'
import {loadFormatParser, type FormatParsers} from '../../src/lint/format-parsers.js'

describe('format parsers', () => {
  it('are read when a file of their format is parsed, and their absence is named', () => {
    const processor = buildProcessor(undefined, {}, {})
    expect(() => processor.parse(new VFile({path: 'notes.md', value: '# Title\n\nText.\n'}))).toThrow(
      "no markdown parser is loaded: await loadFormatParser('markdown') before parsing notes.md"
    )
    // Plain text needs none.
    expect(processor.parse(new VFile({path: 'notes.txt', value: 'Text.'})).type).toBe('RootNode')
  })

  it('are loaded on demand into the shared table that lint processors read', async () => {
    const {lazyParsers} = await import('../../src/lint/format-parsers.js')
    await loadFormatParser('html')
    const parsers: FormatParsers = lazyParsers
    expect(typeof parsers.html).toBe('function')
    const processor = buildProcessor(undefined, {}, parsers)
    const tree = processor.parse(new VFile({path: 'page.html', value: '<p>Hello <b>there</b>.</p>'}))
    expect(JSON.stringify(tree)).toContain('"value":"there"')
  })
})
