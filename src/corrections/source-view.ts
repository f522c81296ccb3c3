import {location} from 'vfile-location'
/**
 * The source as anchoring sees it: quotes are matched against an NFC view of the source and
 * mapped back to the source's own offsets, so a corrections file typed in NFC still anchors in
 * an NFD source (and the other way round) while the text outside edited spans keeps its form.
 */
export interface SourceView {
  source: string
  /** NFC text that quotes are searched in. */
  text: string
  /** The source offset where the view's offset `start` begins. */
  toSourceStart(start: number): number
  /** The source offset where a span ending at the view's offset `end` ends. */
  toSourceEnd(end: number): number
  /** `\r\n` when the source's line breaks are CRLF. */
  eol: '\n' | '\r\n'
  /** The one normalisation form the source is in, if it is in one. */
  form: 'NFC' | 'NFD' | undefined
}

// A character with the combining marks that follow it: the unit normalisation works on.
const cluster = /\P{M}\p{M}*|\p{M}+/gsu

/**
 * A text's line break: CRLF when every line break in it is one, else LF. The one rule apply,
 * record and review use to tell a CRLF file, so that what they write keeps its breaks.
 */
export function lineBreakOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') && !/(^|[^\r])\n/.test(text) ? '\r\n' : '\n'
}

/** The one Unicode normalisation form a text is in, NFC first (ASCII is in both); undefined for a text that mixes them. */
export function normalisationForm(text: string): 'NFC' | 'NFD' | undefined {
  return text.normalize('NFC') === text ? 'NFC' : text.normalize('NFD') === text ? 'NFD' : undefined
}

/**
 * `text` in the normalisation form of `source`, when the source is in one: a copy an editor's
 * tools saved in NFD is compared with an NFC source as the same characters (and the other way
 * round). Apply writes replacements in the source's form anyway, so nothing is lost.
 */
export function inFormOf(source: string, text: string): string {
  const form = normalisationForm(source)
  return form ? text.normalize(form) : text
}

export function sourceView(source: string): SourceView {
  const eol = lineBreakOf(source)
  const nfc = source.normalize('NFC')
  const form = nfc === source ? 'NFC' : source.normalize('NFD') === source ? 'NFD' : undefined
  if (nfc === source) {
    return {source, text: source, toSourceStart: (v) => v, toSourceEnd: (v) => v, eol, form}
  }
  // Per view character: where its cluster starts and ends in the source.
  const starts: number[] = []
  const ends: number[] = []
  let text = ''
  for (const match of source.matchAll(cluster)) {
    const normal = match[0].normalize('NFC')
    const start = match.index
    const end = start + match[0].length
    for (let k = 0; k < normal.length; k++) {
      starts.push(start)
      ends.push(end)
    }
    text += normal
  }
  return {
    source,
    text,
    toSourceStart: (v) => (v >= starts.length ? source.length : starts[v]!),
    toSourceEnd: (v) => (v <= 0 ? 0 : ends[v - 1]!),
    eol,
    form
  }
}

/** A quote as the view holds text: NFC, with the source's line breaks. */
export function asViewText(view: SourceView, text: string): string {
  const lines = view.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text
  return lines.normalize('NFC')
}

/** A replacement as the source holds text: its line breaks and normalisation form. */
export function asSourceText(view: SourceView, text: string): string {
  const lines = view.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text
  return view.form ? lines.normalize(view.form) : lines
}

let cached: {source: string; place: ReturnType<typeof location>} | undefined

/**
 * 1-based line and column of a source offset, counted as lint counts them (vfile-location:
 * `\r\n`, `\n` and a lone `\r` each end a line), so a span has one position in lint, apply,
 * diff and check, CR-only files included. The index of the last source is kept: messages ask
 * for several offsets of one source in a row.
 */
export function lineColumn(source: string, offset: number): {line: number; column: number} {
  if (cached?.source !== source) cached = {source, place: location(source)}
  const point = cached.place.toPoint(Math.max(0, Math.min(offset, source.length)))
  return point ? {line: point.line, column: point.column} : {line: 1, column: offset + 1}
}
