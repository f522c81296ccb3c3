import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {falseFriends, type ContextCue, type FalseFriendEntry} from './data/false-friends.js'
import {
  compilePattern,
  eachSentence,
  endsBefore,
  phraseSpan,
  startsAfter,
  type Pattern,
  type Token
} from './support/word-patterns.js'
import {PhraseIndex} from './support/phrase-index.js'
import {listOr, matchCase} from './support/wording.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'false-friend'

interface CompiledCue {
  before?: Pattern[]
  after?: Pattern[]
  window: number
}

interface CompiledEntry {
  entry: FalseFriendEntry
  context: CompiledCue[]
  exceptions: CompiledCue[]
}

function compileCue(cue: ContextCue): CompiledCue {
  return {before: cue.before?.map(compilePattern), after: cue.after?.map(compilePattern), window: cue.window ?? 1}
}

/** Entries the rule reports: the others are reference data (see the data module). */
export function reportable(entry: FalseFriendEntry): boolean {
  return entry.confidence !== 'low' && entry.context !== 'none'
}

function cueMatches(cue: CompiledCue, tokens: Token[], start: number, end: number): boolean {
  if (cue.before && !endsBefore(cue.before, tokens, start, cue.window)) return false
  if (cue.after && !startsAfter(cue.after, tokens, end, cue.window)) return false
  return true
}

function anyCueMatches(cues: CompiledCue[], tokens: Token[], start: number, end: number): boolean {
  for (const cue of cues) if (cueMatches(cue, tokens, start, end)) return true
  return false
}

/** Whether an earlier match at the same token was a form of the same entry (which decided it). */
function decidedBefore(matches: ReadonlyArray<{value: {compiled: CompiledEntry}}>, which: number, compiled: CompiledEntry): boolean {
  for (let earlier = 0; earlier < which; earlier++) if (matches[earlier]!.value.compiled === compiled) return true
  return false
}

/** Each form of each reportable entry, indexed by first word; candidates come in list order. */
type FormIndex = PhraseIndex<{compiled: CompiledEntry; expected: string[]}>

// Compiled once per process: unified-engine attaches the plugins anew for every file.
let compiledIndex: FormIndex | undefined

function compileIndex(): FormIndex {
  const index: FormIndex = new PhraseIndex()
  for (const entry of falseFriends.filter(reportable)) {
    const compiled: CompiledEntry = {
      entry,
      context: (entry.context === 'none' ? [] : entry.context).map(compileCue),
      exceptions: (entry.exceptions ?? []).map(compileCue)
    }
    for (const [form, expected] of Object.entries(entry.forms)) index.add(form, {compiled, expected})
  }
  return index
}

/**
 * English words a French→English MT chooses because they look like the French one
 * ("eventually" for "éventuellement"). Each is often right in English, so a word is only
 * reported when a neighbouring word signals the French sense, and never in a context
 * listed as the English one.
 */
export default function retextFalseFriend() {
  const index = (compiledIndex ??= compileIndex())

  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    eachSentence(tree, (tokens) => {
      // Only the tokens an entry may start on are tried (see `nextStart`).
      for (let at = index.nextStart(tokens, 1); at < tokens.length - 1; at = index.nextStart(tokens, at + 1)) {
        if (tokens[at]?.kind !== 'word') continue
        const matches = index.matchesAt(tokens, at)
        if (matches.length === 0) continue
        // Per entry, its first form that matches decides; the first entry whose cues hold is
        // reported. Common English words start most matches ("actually", "important"): no set
        // and no closures for them.
        for (let which = 0; which < matches.length; which++) {
          const {value: {compiled, expected: forms}, end} = matches[which]!
          if (decidedBefore(matches, which, compiled)) continue
          const {entry, context, exceptions} = compiled
          if (!anyCueMatches(context, tokens, at, end)) continue
          if (anyCueMatches(exceptions, tokens, at, end)) continue
          const span = phraseSpan(tokens, at, end, source)
          if (!span) break
          const actual = span.text
          const expected = forms.map((value) => matchCase(actual, value))
          const reason = `Unexpected \`${actual}\` (French *${entry.french}*), expected ${listOr(expected)}`
          reportFinding(file, id, span.place, reason, actual, expected)
          break
        }
      }
    })
  }
}

export const falseFriend: RuleDefinition = {
  id,
  plugin: retextFalseFriend,
  severity: 'warning',
  category: 'Accuracy/Mistranslation',
  summary: 'An English look-alike of a French word used in the French sense ("eventually" for "possibly").'
}
