/**
 * Where untranslated-french's loanwords ("déjà vu", "coup d’état") lie in a sentence: the
 * matches that one regex of every phrase, longest first, without regard to case, accents or
 * hyphens (`loosePattern`), finds scanning the whole sentence with `matchAll`. That regex,
 * built of some two hundred phrases, cost tens of milliseconds to compile on its first run
 * and a pass over every sentence that reached it. The same matches come from two facts:
 *
 * - a match starts where a letter run starts, and its first run folds (lowercase, accents
 *   dropped as `loosePattern` allows) to the first run of the phrase that matched. So the
 *   regex runs, sticky, only where a run starts whose folded form begins some phrase, and
 *   holds only those phrases, in their order in the whole regex.
 * - every letter run inside a match folds to a run of the phrase. A word whose run folds to
 *   the run of no phrase lies in no match, without a scan.
 *
 * Both hold for any text, not only French: `folds` lists every character a letter of a
 * phrase may match under the regex's case folding (a test checks every code point), and the
 * regex itself, run wherever a match can start, judges its look-arounds.
 */

const accentBases: Readonly<Record<string, string>> = {
  à: 'a', â: 'a', ä: 'a', ç: 'c', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ö: 'o', ù: 'u', û: 'u', ü: 'u', ÿ: 'y', œ: 'oe'
}

/** The letters a phrase may hold besides a–z. */
const accentedLetters = 'àâäçéèêëîïôöùûüÿœæ'

/**
 * One phrase as a regex source: an accented letter matches its plain letter too ("deja
 * vu"), an apostrophe either apostrophe, and a space or hyphen any run of spaces and hyphens.
 */
export function loosePattern(phrase: string): string {
  let out = ''
  for (const char of phrase.toLowerCase()) {
    if (char === '’' || char === "'") out += "['’]"
    else if (char === ' ' || char === '-') out += '[\\s-]+'
    else if (accentBases[char]) out += `(?:${char}|${accentBases[char]})`
    else out += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  }
  return out
}

/** Each character a letter of a phrase can match, by code, to its folded form. */
const folds = new Map<number, string>()
for (let code = 97; code <= 122; code++) {
  folds.set(code, String.fromCharCode(code))
  folds.set(code - 32, String.fromCharCode(code))
}
for (const char of accentedLetters) {
  const folded = accentBases[char] ?? char
  folds.set(char.charCodeAt(0), folded)
  folds.set(char.toUpperCase().charCodeAt(0), folded)
}
// Case folding maps the long s and the Kelvin sign onto ASCII letters: the `i` flag matches them.
folds.set(0x17f, 's')
folds.set(0x212a, 'k')

/**
 * Whether a run of phrase letters starts at `index`. Every such letter is a letter (`\p{L}`):
 * one before `index` fails the regex's look-behind. Other letters (Greek, a letter outside the
 * BMP) are left to the regex's look-arounds, which run wherever a match can start.
 */
function runStart(text: string, index: number): boolean {
  return folds.has(text.charCodeAt(index)) && (index === 0 || !folds.has(text.charCodeAt(index - 1)))
}

/**
 * The run of phrase letters from `from` on, folded. Inside a match, and at its start, such a
 * run is one run of the phrase: a space, hyphen, apostrophe or the match's end follows it.
 */
function foldedRun(text: string, from: number): string {
  let folded = ''
  for (let index = from; index < text.length; index++) {
    const part = folds.get(text.charCodeAt(index))
    if (part === undefined) break
    folded += part
  }
  return folded
}

/** A phrase is letter runs between spaces, hyphens and apostrophes: what the folding reads. */
const phraseShape = new RegExp(`^[a-z${accentedLetters}]+(?:[ '’-]+[a-z${accentedLetters}]+)*$`)

function foldPhraseRun(run: string): string {
  let folded = ''
  for (const char of run) folded += folds.get(char.charCodeAt(0))!
  return folded
}

interface Group {
  phrases: string[]
  /** Those phrases as one sticky regex, compiled on first use. */
  pattern?: RegExp
}

export interface Span {
  start: number
  end: number
}

export class LoanwordIndex {
  /** Every letter run of every phrase, folded: a word of another run lies in no match. */
  private readonly runs = new Set<string>()
  /** The phrases by their first run, folded, in their order in the whole regex. */
  private readonly byFirstRun = new Map<string, Group>()

  /** An index of phrases of letters, spaces, hyphens and apostrophes; throws on any other. */
  constructor(phrases: readonly string[]) {
    // Longest first, so that "à la carte" wins over "à la" where both match.
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
      const lower = phrase.toLowerCase()
      if (!phraseShape.test(lower)) throw new Error(`Loanword \`${phrase}\` holds a character the loanword index cannot fold`)
      const runs = lower.split(/[ '’-]+/).map(foldPhraseRun)
      for (const run of runs) this.runs.add(run)
      const first = runs[0]!
      const group = this.byFirstRun.get(first)
      if (group) group.phrases.push(phrase)
      else this.byFirstRun.set(first, {phrases: [phrase]})
    }
  }

  /** The loanwords of one sentence's text, found as they are asked for. */
  in(text: string): LoanwordSpans {
    return new LoanwordSpans(this, text)
  }

  /** False when no match can hold the character at `offset`: its letter run is in no phrase. */
  mayCover(text: string, offset: number): boolean {
    // Not the start of a run of phrase letters (inside a word, an apostrophe): left to the scan.
    if (!runStart(text, offset)) return true
    return this.runs.has(foldedRun(text, offset))
  }

  /** The match that starts at `start`, as the whole regex would find it there. */
  matchAt(text: string, start: number): Span | undefined {
    if (!runStart(text, start)) return undefined
    const group = this.byFirstRun.get(foldedRun(text, start))
    if (!group) return undefined
    group.pattern ??= new RegExp(String.raw`(?<![\p{L}])(?:${group.phrases.map(loosePattern).join('|')})(?![\p{L}])`, 'iuy')
    group.pattern.lastIndex = start
    const found = group.pattern.exec(text)
    return found ? {start, end: start + found[0].length} : undefined
  }
}

/**
 * The matches of one text, found left to right as `matchAll` finds them (each search starts
 * where the last match ended), but only as far as the offsets asked about.
 */
export class LoanwordSpans {
  private readonly matches: Span[] = []
  /** The matches that start before it are all in `matches`; the next starts at or after it. */
  private cursor = 0

  constructor(
    private readonly index: LoanwordIndex,
    private readonly text: string
  ) {}

  /** Whether a match holds the character at `offset`. */
  covers(offset: number): boolean {
    if (offset < 0 || offset >= this.text.length || !this.index.mayCover(this.text, offset)) return false
    this.findThrough(offset)
    return this.matches.some((span) => span.start <= offset && offset < span.end)
  }

  /** Finds the matches that start at or before `offset`. */
  private findThrough(offset: number) {
    while (this.cursor <= offset) {
      let found: Span | undefined
      for (let start = this.cursor; start <= offset && !found; start++) found = this.index.matchAt(this.text, start)
      if (!found) {
        this.cursor = offset + 1
        return
      }
      this.matches.push(found)
      this.cursor = found.end
    }
  }
}
