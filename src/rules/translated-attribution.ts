import type {Root} from 'nlcst'
import {fileLocation} from './support/file-location.js'
import type {VFile} from 'vfile'
import {
  attributionFollowers,
  attributionVerbs,
  invertedAttributionVerbs,
  translatedOutlets,
  type TranslatedOutlet
} from './data/translated-outlets.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'
import {phraseSource} from './support/regexp-source.js'

const id = 'translated-attribution'

interface Rendering {
  text: string
  outlet: TranslatedOutlet
}

/** Longest first, so that "the voice of the north" wins over a shorter rendering. */
const renderings: Rendering[] = translatedOutlets
  .flatMap((outlet) => outlet.renderings.map((text) => ({text, outlet})))
  .sort((a, b) => b.text.length - a.text.length)

/** Where a name ends: punctuation, a capitalised name, the end, or a word for the outlet. */
const nameEnd = String.raw`(?=\s*[,.;:!?)»”"]|\s+\p{Lu}|\s+(?:newspaper|daily|weekly|magazine|website|journal|site)\b|\s*$)`

const renderingAlternation = renderings.map((rendering) => phraseSource(rendering.text)).join('|')

/** French wording behind each English frame, for the reason. */
const frenchFor: Record<string, string> = {
  written: "comme l'écrit …",
  noted: 'comme le note …',
  reported: 'comme le rapporte …',
  explained: "comme l'explique …",
  analysis: 'analyse …',
  according: 'selon …',
  outlet: 'le quotidien …',
  inverted: '« … », écrit …'
}

const verbAlternation = attributionVerbs.map(phraseSource).join('|')

/** "as written watchman", "as reported by the parisian". */
const asFrame = new RegExp(
  String.raw`\b[Aa]s\s+(${verbAlternation})(\s+by)?\s+(?:(${renderingAlternation})${nameEnd}|([a-z][a-z-]*)(?=\s*[,.;:]|\s+\p{Lu}))`,
  'gu'
)

/** "…time.analysis watchman Alexander Kots": French *analyse X* opening a clause. */
const analysisFrame = new RegExp(
  // The lookahead first: the look-behind over a run of spaces is tried only where "analysis"
  // starts, not at every space of the run (which made the scan quadratic).
  String.raw`(?=[Aa]nalysis\s)(?:^|(?<=[.;:!?»”"]\s*|,\s+))[Aa]nalysis\s+(?:(${renderingAlternation})${nameEnd}|([a-z][a-z-]*)(?=\s+\p{Lu}))`,
  'gu'
)

const invertedVerbAlternation = invertedAttributionVerbs.map(phraseSource).join('|')

/** "…, writes the parisian." and "according to the parisian": only outlets the data knows. */
const invertedFrame = new RegExp(
  String.raw`(?=${invertedVerbAlternation})(?<=[,»”"]\s*)(?:${invertedVerbAlternation})\s+(${renderingAlternation})${nameEnd}`,
  'gu'
)
const accordingFrame = new RegExp(String.raw`\b[Aa]ccording\s+to\s+(${renderingAlternation})${nameEnd}`, 'gu')

/**
 * "the Montreal daily the duty reported", "the newspaper The Parisian": French *le quotidien Le
 * Devoir*, where the noun before already says a publication is named. Only singular nouns
 * ("newspapers the world over" is English), and the name must end as a name does, or before a
 * reporting verb: "a newspaper the right loves" is an English relative clause.
 */
const reportingVerbs = ['reported', 'reports', 'said', 'says', 'wrote', 'writes', 'revealed', 'reveals', 'learned', 'learnt', 'published', 'publishes', 'noted', 'notes', 'added', 'adds', 'obtained', 'quoted', 'quotes', 'interviewed', 'asked']
/** The renderings as written lowercase and in title case ("The Parisian"): a case-blind flag would make `\p{Lu}` match any letter. */
const titledAlternation = renderings
  .flatMap(({text}) => [text, text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())])
  .map(phraseSource)
  .join('|')
const outletNounFrame = new RegExp(
  String.raw`\b(?:[Nn]ewspaper|[Dd]aily|[Ww]eekly|[Mm]agazine|[Tt]abloid)\s+(${titledAlternation})(?:${nameEnd}|(?=\s+(?:${reportingVerbs.join('|')})\b))`,
  'gu'
)

/** Past tenses and participles that follow "analysis" in English ("analysis found Listeria"). */
const analysisVerbs = new Set(['found', 'gave', 'made', 'saw', 'took', 'led', 'showed', 'shown', 'done', 'got', 'set', 'put', 'yielded'])

interface Candidate {
  start: number
  text: string
  frame: string
  /** The frame allows any common noun here, not only a known outlet rendering. */
  strict: boolean
}

/**
 * The matches of a global `pattern` in `text`, as `matchAll` gives them. `matchAll` copies
 * its pattern at every call, and these patterns, which hold every rendering of every outlet,
 * cost more to copy for each file than to run over most files.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match)
    // An empty match would be found again at the same place: step over one character.
    if (match[0] === '') pattern.lastIndex += (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1
  }
  return matches
}

function outletFor(text: string): TranslatedOutlet | undefined {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’')
  return renderings.find((rendering) => rendering.text.replace(/'/g, '’') === normal)?.outlet
}

/**
 * A French attribution whose name was translated into a common noun: *comme l'écrit Vzgliad*
 * → "as written view", *selon Le Parisien* → "according to the parisian". English puts a
 * name there; a bare lowercase noun means MT translated the outlet's or a person's name.
 */
export default function retextTranslatedAttribution() {
  return function (_tree: Root, file: VFile) {
    const text = String(file.value ?? '')
    const place = fileLocation(file)
    const candidates: Candidate[] = []

    for (const match of matchesOf(asFrame, text)) {
      const [, verb, by, outlet, noun] = match
      const frame = frenchFor[verb!.toLowerCase()] ?? frenchFor.written!
      if (outlet !== undefined) {
        const known = outletFor(outlet)
        // "as reported by the team" is English; only a distinctive rendering is a name there.
        if (by !== undefined && known?.ambiguous) continue
        candidates.push({start: match.index + match[0].length - outlet.length, text: outlet, frame, strict: by === undefined})
      } else if (noun !== undefined && by === undefined && !attributionFollowers.has(noun) && !/ly$/.test(noun)) {
        candidates.push({start: match.index + match[0].length - noun.length, text: noun, frame, strict: true})
      }
    }

    // Every match holds "nalysis": a plain search spares the pattern most texts.
    for (const match of text.includes('nalysis') ? matchesOf(analysisFrame, text) : []) {
      const [, outlet, noun] = match
      const found = outlet ?? noun!
      if (outlet === undefined && (attributionFollowers.has(noun!) || analysisVerbs.has(noun!) || /(?:ed|s|ing|ly)$/.test(noun!))) continue
      candidates.push({start: match.index + match[0].length - found.length, text: found, frame: frenchFor.analysis!, strict: true})
    }

    for (const [pattern, frame] of [[invertedFrame, frenchFor.inverted!], [accordingFrame, frenchFor.according!]] as const) {
      for (const match of matchesOf(pattern, text)) {
        const outlet = match[1]!
        const known = outletFor(outlet)
        if (!known || known.ambiguous) continue
        candidates.push({start: match.index + match[0].length - outlet.length, text: outlet, frame, strict: false})
      }
    }

    for (const match of matchesOf(outletNounFrame, text)) {
      const outlet = match[1]!
      const known = outletFor(outlet)
      // An ambiguous rendering ("news", "truth") is a name here only with its article: "the daily news" is English.
      if (!known || (known.ambiguous && !/^the\s/i.test(outlet))) continue
      candidates.push({start: match.index + match[0].length - outlet.length, text: outlet, frame: frenchFor.outlet!, strict: false})
    }

    const seen = new Set<number>()
    for (const candidate of candidates.sort((a, b) => a.start - b.start)) {
      if (seen.has(candidate.start)) continue
      seen.add(candidate.start)
      const known = outletFor(candidate.text)
      // The outlet's real name, as printed ("according to Le Figaro"), is what we want.
      if (known && candidate.text === known.name) continue
      // An ambiguous rendering in capitals ("as reported The Times") may be another outlet.
      if (known?.ambiguous && candidate.text !== candidate.text.toLowerCase()) continue
      if (!known && !candidate.strict) continue
      const start = place.toPoint(candidate.start)
      const end = place.toPoint(candidate.start + candidate.text.length)
      if (!start || !end) continue
      const reason = known
        ? `Unexpected \`${candidate.text}\` where a publication is named (French attribution *${candidate.frame}*), expected \`${known.name}\`: keep the outlet's original name`
        : `Unexpected common noun \`${candidate.text}\` where a publication or person is named (French attribution *${candidate.frame}*); keep the outlet's original name`
      reportFinding(file, id, {start, end}, reason, candidate.text, known ? [known.name] : undefined)
    }
  }
}

export const translatedAttribution: RuleDefinition = {
  id,
  plugin: retextTranslatedAttribution,
  severity: 'warning',
  category: 'Accuracy/Mistranslation',
  summary: 'A publication\'s name translated as a common noun in an attribution ("as written watchman,").'
}
