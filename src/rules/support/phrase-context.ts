/**
 * The words around a phrase that decide whether it is the artifact or good English: calques,
 * French grammar and termbase entries all say it the same way (word patterns, see
 * `compilePattern`), so they share one compiler and one test.
 */
import {compilePattern, endsBefore, startsAfter, type Pattern, type Token} from './word-patterns.js'

export interface PhraseContext {
  /** The next token must start one of these patterns (`$` = end of sentence). */
  followedBy?: string[] | undefined
  /** The phrase is good English when the next token starts one of these. */
  notFollowedBy?: string[] | undefined
  /** The token before must end one of these patterns (`^` = start of sentence). */
  precededBy?: string[] | undefined
  /** The phrase is good English when the token before ends one of these. */
  notPrecededBy?: string[] | undefined
}

export interface CompiledContext {
  followedBy?: Pattern[] | undefined
  notFollowedBy?: Pattern[] | undefined
  precededBy?: Pattern[] | undefined
  notPrecededBy?: Pattern[] | undefined
}

export function compileContext(context: PhraseContext): CompiledContext {
  return {
    followedBy: context.followedBy?.map(compilePattern),
    notFollowedBy: context.notFollowedBy?.map(compilePattern),
    precededBy: context.precededBy?.map(compilePattern),
    notPrecededBy: context.notPrecededBy?.map(compilePattern)
  }
}

/** Whether the words around the match `[start, end)` of `tokens` allow flagging it. */
export function contextAllows(context: CompiledContext, tokens: Token[], start: number, end: number): boolean {
  if (context.followedBy && !startsAfter(context.followedBy, tokens, end)) return false
  if (context.notFollowedBy && startsAfter(context.notFollowedBy, tokens, end)) return false
  if (context.precededBy && !endsBefore(context.precededBy, tokens, start)) return false
  if (context.notPrecededBy && endsBefore(context.notPrecededBy, tokens, start)) return false
  return true
}
