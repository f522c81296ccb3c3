import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {falseFriends, type ContextCue, type FalseFriendEntry} from './data/false-friends.js'
import {
  compilePattern,
  eachSentence,
  endsBefore,
  matchAt,
  spanText,
  startsAfter,
  type Pattern,
  type Token
} from './support/word-patterns.js'
import {listOr, matchCase} from './support/wording.js'
import type {RuleDefinition} from './types.js'
import {ruleUrl} from './url.js'

const id = 'false-friend'

interface CompiledCue {
  before?: Pattern[]
  after?: Pattern[]
  window: number
}

interface CompiledEntry {
  entry: FalseFriendEntry
  forms: Array<{pattern: Pattern; expected: string[]}>
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

// Compiled once per process: unified-engine attaches the plugins anew for every file.
let compiledEntries: CompiledEntry[] | undefined

function compileEntries(): CompiledEntry[] {
  return falseFriends.filter(reportable).map((entry) => ({
    entry,
    forms: Object.entries(entry.forms).map(([form, expected]) => ({pattern: compilePattern(form), expected})),
    context: (entry.context === 'none' ? [] : entry.context).map(compileCue),
    exceptions: (entry.exceptions ?? []).map(compileCue)
  }))
}

/**
 * English words a French→English MT chooses because they look like the French one
 * ("eventually" for "éventuellement"). Each is often right in English, so a word is only
 * reported when a neighbouring word signals the French sense, and never in a context
 * listed as the English one.
 */
export default function retextFalseFriend() {
  const compiled = (compiledEntries ??= compileEntries())

  return function (tree: Root, file: VFile) {
    const source = String(file.value)
    eachSentence(tree, (tokens) => {
      for (let index = 1; index < tokens.length - 1; index++) {
        if (tokens[index]?.kind !== 'word') continue
        for (const {entry, forms, context, exceptions} of compiled) {
          const form = forms.find((candidate) => matchAt(candidate.pattern, tokens, index) !== -1)
          if (!form) continue
          const end = matchAt(form.pattern, tokens, index)
          if (!context.some((cue) => cueMatches(cue, tokens, index, end))) continue
          if (exceptions.some((cue) => cueMatches(cue, tokens, index, end))) continue
          const actual = spanText(tokens, index, end, source)
          const expected = form.expected.map((value) => matchCase(actual, value))
          const message = file.message(
            `Unexpected \`${actual}\` (French *${entry.french}*), expected ${listOr(expected)}`,
            {place: {start: tokens[index]!.start!, end: tokens[end - 1]!.end!}, ruleId: id, source: 'postedit'}
          )
          message.actual = actual
          message.expected = expected
          message.url = ruleUrl(id)
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
