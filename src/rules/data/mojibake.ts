/**
 * Mojibake: text saved as UTF-8 and read back as Windows-1252 (or ISO-8859-1), so that each
 * multi-byte character turns into two or three Latin-1 characters ("é" → "Ã©", "’" → "â€™").
 * The table is computed, not typed: every character below is encoded as UTF-8 and decoded
 * as Windows-1252 and as ISO-8859-1, which yields exactly what a broken pipeline shows.
 */

/** Characters whose damaged forms are recognised, and why each group is here. */
const damagedCharacters: string[] = [
  // Latin-1 Supplement, U+00A0–U+00FF: every French accented letter, NBSP, «», °, ±, µ, ×.
  ...range(0xa0, 0xff),
  // Latin Extended letters Windows-1252 also carries (œ in "cœur", Œ, Ÿ, Š, Ž).
  'Œ', 'œ', 'Ÿ', 'Š', 'š', 'Ž', 'ž', 'ƒ',
  // General punctuation that word processors insert: curly quotes, dashes, ellipsis, bullet.
  '‘', '’', '‚', '“', '”', '„', '†', '‡', '•', '…', '‰', '‹', '›', '–', '—', '€', '™', '′', '″',
  // Symbols common in scientific text (biomedical abstracts): ≤ ≥ ≈ ≠ − → and the Greek letters.
  '≤', '≥', '≈', '≠', '−', '→', '←', '∞', '√',
  ...range(0x391, 0x3a9).filter((char) => char !== '\u03a2'),
  ...range(0x3b1, 0x3c9)
]

function range(from: number, to: number): string[] {
  const chars: string[] = []
  for (let code = from; code <= to; code++) chars.push(String.fromCodePoint(code))
  return chars
}

export interface MojibakeEntry {
  /** The damaged sequence as it appears in the text. */
  damaged: string
  /** The character it stood for. */
  original: string
}

/**
 * Windows-1252 bytes 0x80–0x9F, from the WHATWG Encoding Standard's index-windows-1252
 * (0 = no character: the byte passes through as a C1 control). The rest of the code page is
 * ISO-8859-1. Written out because Node 20's `TextDecoder('windows-1252')` decodes as
 * ISO-8859-1 and would miss "â€™", the commonest mojibake of all.
 */
const windows1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
]

function decodeWindows1252(bytes: Uint8Array): string {
  return String.fromCodePoint(
    ...[...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] || byte : byte))
  )
}

function buildTable(): MojibakeEntry[] {
  const entries = new Map<string, string>()
  for (const original of damagedCharacters) {
    const bytes = new TextEncoder().encode(original)
    // Windows-1252, which is also what the label "latin1" means on the web.
    entries.set(decodeWindows1252(bytes), original)
    // Strict ISO-8859-1, byte for code point: 0x80–0x9F become C1 controls ("â\u0080\u0099").
    entries.set(String.fromCharCode(...bytes), original)
  }
  // U+00A0 damaged is "Â" + NBSP; editors and MT pipelines often turn that NBSP into a plain
  // space, leaving "Â " (the space survives, the "Â" is junk) and "Ã " for "à".
  entries.set('Â ', ' ')
  entries.set('Ã ', 'à ')
  for (const [damaged] of entries) if (damaged.length < 2) entries.delete(damaged)
  return [...entries]
    .map(([damaged, original]) => ({damaged, original}))
    .sort((a, b) => b.damaged.length - a.damaged.length)
}

/** Longest damaged sequences first, so that "â€™" wins over a shorter overlap. */
export const mojibakeTable: MojibakeEntry[] = buildTable()

/**
 * "â€" is the first two characters of every damaged curly quote and dash (’ “ ” – — …); when
 * the third byte was a C1 control the pipeline dropped (” is E2 80 9D, and 0x9D has no
 * Windows-1252 character), only "â€" is left and the original cannot be told for sure.
 */
export const truncatedPunctuation = 'â€'
