import type {VFile} from 'vfile'
import type {Finding} from '../lint/postedit.js'
import {proseText} from '../lint/prose-view.js'
import {JsonList, jsonChunks} from '../problems/json-chunks.js'
import {countWords, scoreOf, scoreSettingsOf, type Score} from '../lint/score.js'
import {displayPath, severityOf, sortFindings, toJsonMessage, type JsonMessage} from '../problems/json-message.js'

export {displayPath, severityOf, sortFindings, toJsonMessage, type JsonMessage, type JsonPoint} from '../problems/json-message.js'

export interface JsonFile {
  path: string
  messages: JsonMessage[]
  /** The file's MQM score (added after `messages`, which keeps its contract). */
  score: Score
}

/** A linted file's MQM score: all its findings, over its words, with its config's weights. */
export function fileScore(file: VFile, findings: readonly Finding[] = file.messages as Finding[]): Score {
  return scoreOf(findings.map(severityOf), countWords(proseText(file)), scoreSettingsOf(file))
}

export function jsonReport(files: VFile[], cwd: string, options: {quiet?: boolean} = {}): string {
  return [...jsonReportChunks(files, cwd, options)].join('')
}

/**
 * The text of {@link jsonReport} in pieces of a message or so, each message converted as it is
 * written: a text of a million findings gives a report longer than a string can be.
 */
export function* jsonReportChunks(files: VFile[], cwd: string, options: {quiet?: boolean} = {}): Generator<string> {
  const shown = files.filter((file) => !options.quiet || file.messages.length > 0)
  // Levels: the list of files, a file, its messages; each message is one piece.
  yield* jsonChunks(
    new JsonList(
      shown.map((file) => ({
        path: displayPath(file, cwd),
        messages: new JsonList(jsonMessages(file)),
        score: fileScore(file)
      }))
    ),
    3
  )
  yield '\n'
}

function* jsonMessages(file: VFile): Generator<JsonMessage> {
  for (const finding of sortFindings(file.messages as Finding[])) yield toJsonMessage(finding)
}
