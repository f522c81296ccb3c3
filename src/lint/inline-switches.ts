import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {rules} from '../rules/registry.js'
import {ruleUrl} from '../rules/url.js'
import {findingSpan, type Finding} from './postedit.js'
import {sourceMarkup, type MarkupComment} from './source-markup.js'

/**
 * Inline switches, as alex and textlint have them: an HTML comment in the text turns rules
 * off and on from where it stands, or for the next block only.
 *
 *   <!-- postedit-disable false-friend calque -->   off from here (no ids: every rule)
 *   <!-- postedit-enable false-friend -->           on again (no ids: every rule)
 *   <!-- postedit-ignore calque -->                 off for the next block only
 *
 * Markdown and HTML have comments of their own. Plain text has none, so there a switch is a
 * line holding nothing but such a comment: prose never does, and the line itself is not linted.
 * A switch is a filter over the findings (as textlint's filter-ignored-process), not a change
 * to the rules, which keeps every rule unaware of it.
 */
export type Verb = 'disable' | 'enable' | 'ignore'

export interface Switch {
  verb: Verb
  /** Empty for every rule. */
  ruleIds: string[]
  start: number
  end: number
  nextEnd: number | undefined
}

/** Findings of `ruleId` (every rule when undefined) starting in `[start, end)` are switched off. */
export interface SwitchRange {
  ruleId: string | undefined
  start: number
  end: number
}

/** Why a comment that reads as a switch cannot be one, and where it is. */
export interface SwitchProblem {
  reason: string
  actual: string
  start: number
  end: number
}

export const switchRuleId = 'postedit-switch'

const verbs = new Set<string>(['disable', 'enable', 'ignore'])
// `postedit disable` (alex's and remark-lint's spelling, with a space) is read too, to be reported.
const switchText = /^\s*postedit([-\s])(\S*)\s*([\s\S]*?)\s*$/
// `(?=\r?$)`: a CRLF file's lines end in `\r` before the `\n` that `$` stops at.
const commentLine = /^[ \t]*<!--(.*?)-->[ \t]*(?=\r?$)/gm

/** The switch a comment holds; undefined for any other comment; a problem for a mistyped one. */
export function readSwitch(comment: MarkupComment, known: ReadonlySet<string>): {switch?: Switch; problems: SwitchProblem[]} {
  const match = switchText.exec(comment.text)
  // With a space, only a known verb makes it a switch: `<!-- postedit run on 3 May -->` is a note.
  if (!match || (match[1] !== '-' && !verbs.has(match[2]!))) return {problems: []}
  const written = `postedit${match[1] === '-' ? '-' : ' '}${match[2]!}`
  const verb = match[1] === '-' ? match[2]! : ''
  const at = {start: comment.start, end: comment.end}
  if (!verbs.has(verb)) {
    return {
      problems: [
        {
          reason: `Unexpected switch \`${written}\`, expected \`postedit-disable\`, \`postedit-enable\` or \`postedit-ignore\``,
          actual: written,
          ...at
        }
      ]
    }
  }
  const ids = match[3]!.split(/[\s,]+/).filter((id) => id !== '')
  const problems = ids
    .filter((id) => !known.has(id))
    .map((id) => ({
      reason: `Unexpected unknown rule \`${id}\` in \`postedit-${verb}\`, expected a rule id (\`postedit rules\` lists them)`,
      actual: id,
      ...at
    }))
  const ruleIds = ids.filter((id) => known.has(id))
  // A switch naming only unknown rules switches nothing (not every rule).
  if (ids.length > 0 && ruleIds.length === 0) return {problems}
  return {switch: {verb: verb as Verb, ruleIds, ...at, nextEnd: comment.nextEnd}, problems}
}

/** Switch comments of a plain text: lines holding only `<!-- … -->`; the next block runs to a blank line. */
export function textComments(value: string): MarkupComment[] {
  const comments: MarkupComment[] = []
  for (const match of value.matchAll(commentLine)) {
    const start = match.index
    const end = start + match[0].length
    comments.push({start, end, text: match[1]!, nextEnd: nextBlockEnd(value, end)})
  }
  return comments
}

function nextBlockEnd(value: string, from: number): number | undefined {
  const rest = value.slice(from)
  const lead = /^\s*/.exec(rest)![0].length
  if (lead === rest.length) return undefined
  const blank = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/.exec(rest.slice(lead))
  return from + lead + (blank ? blank.index : rest.length - lead)
}

/** The ranges switched off by switches in reading order, in a text of `length` characters. */
export function switchRanges(switches: readonly Switch[], length: number): SwitchRange[] {
  const ranges: SwitchRange[] = []
  const open = new Map<string | undefined, number>()
  const close = (ruleId: string | undefined, at: number) => {
    const start = open.get(ruleId)
    if (start === undefined) return
    ranges.push({ruleId, start, end: at})
    open.delete(ruleId)
  }
  for (const item of [...switches].sort((a, b) => a.start - b.start)) {
    // The comment itself is never a finding (in plain text it is linted as text).
    ranges.push({ruleId: undefined, start: item.start, end: item.end})
    const targets = item.ruleIds.length > 0 ? item.ruleIds : [undefined]
    for (const ruleId of targets) {
      if (item.verb === 'disable' && !open.has(ruleId)) open.set(ruleId, item.start)
      if (item.verb === 'ignore' && item.nextEnd !== undefined) ranges.push({ruleId, start: item.start, end: item.nextEnd})
    }
    if (item.verb === 'enable') {
      if (item.ruleIds.length > 0) for (const ruleId of item.ruleIds) close(ruleId, item.start)
      else for (const ruleId of [...open.keys()]) close(ruleId, item.start)
    }
  }
  for (const ruleId of [...open.keys()]) close(ruleId, length)
  return ranges
}

/** The findings no range switches off; other tools' messages and switch warnings are kept. */
export function filterSwitched<T extends Finding>(messages: readonly T[], ranges: readonly SwitchRange[]): T[] {
  if (ranges.length === 0) return [...messages]
  return messages.filter((message) => {
    if (message.source !== 'postedit' || message.ruleId === switchRuleId) return true
    const start = findingSpan(message)?.[0]
    if (start === undefined) return true
    return !ranges.some(
      (range) => range.start <= start && start < range.end && (range.ruleId === undefined || range.ruleId === message.ruleId)
    )
  })
}

/** The plugin: applies the file's switches to its findings, and warns about mistyped ones. */
export default function inlineSwitches() {
  const known = new Set(rules.map((rule) => rule.id))
  return (_tree: Root, file: VFile) => {
    const value = String(file.value)
    // Cheap test first: most texts hold no switch at all.
    if (!value.includes('postedit-')) return
    const comments = sourceMarkup(file)?.comments ?? textComments(value)
    const switches: Switch[] = []
    const problems: SwitchProblem[] = []
    for (const comment of comments) {
      const read = readSwitch(comment, known)
      if (read.switch) switches.push(read.switch)
      problems.push(...read.problems)
    }
    const kept = filterSwitched(file.messages as Finding[], switchRanges(switches, value.length))
    file.messages.length = 0
    for (const message of kept) file.messages.push(message)
    const place = location(file)
    for (const problem of problems) {
      const start = place.toPoint(problem.start)
      const end = place.toPoint(problem.end)
      const message = file.message(problem.reason, {
        place: start && end ? {start, end} : undefined,
        ruleId: switchRuleId,
        source: 'postedit'
      })
      message.fatal = false
      message.actual = problem.actual
      message.url = ruleUrl('inline-switches')
    }
  }
}
