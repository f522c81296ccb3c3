import type {Root} from 'nlcst'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {findingSpan, type Finding} from './postedit.js'
import {sourceMarkup} from './source-markup.js'

/**
 * Several rules scan the file's text itself, not the tree (encoding damage, untranslated
 * French, demonyms…). In Markdown or HTML that text holds code, URLs and tags, which must
 * never be flagged. While the rules run, the file's value is therefore its prose view: the
 * same length, the same line breaks, every character outside the tree's prose blanked to a
 * space, so offsets, lines and columns stay the original file's.
 */
interface ProseView {
  original: string
  /** 1 where the character is prose, 0 where it is markup. */
  prose: Uint8Array
}

const key = 'postedit:proseView'
const proseKey = 'postedit:proseText'

/**
 * The text whose words a score counts: a Markdown or HTML file's prose view (tags, URLs and
 * code are not words of the translation), a plain text as it is.
 */
export function proseText(file: VFile): string {
  return (file.data[proseKey] as string | undefined) ?? String(file.value ?? '')
}

/** The prose of a Markdown or HTML file, as the rules should see it; plain text is left alone. */
export function proseView() {
  return (tree: Root, file: VFile) => {
    if (!sourceMarkup(file)) return
    const original = String(file.value)
    const prose = proseMask(tree, original.length)
    let masked = ''
    for (let index = 0; index < original.length; index++) {
      const character = original.charAt(index)
      masked += prose[index] === 1 || character === '\n' || character === '\r' ? character : ' '
    }
    file.data[key] = {original, prose} satisfies ProseView
    file.data[proseKey] = masked
    file.value = masked
  }
}

/**
 * Gives the file its original text back after the rules ran. A finding whose span crosses
 * markup (`combat **combat**`) shows the original text, and loses its suggestion: replacing
 * the span would delete the markup inside it.
 */
export function restoreSource() {
  return (_tree: Root, file: VFile) => {
    const view = file.data[key] as ProseView | undefined
    if (!view) return
    file.value = view.original
    delete file.data[key]
    for (const finding of file.messages as Finding[]) {
      const span = findingSpan(finding)
      if (!span || !crossesMarkup(view, span)) continue
      finding.actual = view.original.slice(span[0], span[1])
      finding.expected = undefined
    }
  }
}

function crossesMarkup(view: ProseView, [start, end]: [number, number]): boolean {
  for (let index = start; index < end; index++) {
    if (view.prose[index] === 0 && /\S/.test(view.original.charAt(index))) return true
  }
  return false
}

/** Which characters the tree's prose covers: its words, punctuation, symbols and spaces; never source (code). */
function proseMask(tree: Root, length: number): Uint8Array {
  const prose = new Uint8Array(length)
  visit(tree, (node) => {
    if (!('value' in node) || node.type === 'SourceNode') return
    // Line breaks between blocks are made up by the converters and may sit over markup.
    if (node.type === 'WhiteSpaceNode' && /[\n\r]/.test(node.value)) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    prose.fill(1, start, Math.min(end, length))
  })
  return prose
}
