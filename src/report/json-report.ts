import type {VFile} from 'vfile'
import type {Finding} from '../lint/postedit.js'
import {proseText} from '../lint/prose-view.js'
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
  const report: JsonFile[] = files
    .map((file) => ({
      path: displayPath(file, cwd),
      messages: sortFindings(file.messages as Finding[]).map(toJsonMessage),
      score: fileScore(file)
    }))
    .filter((file) => !options.quiet || file.messages.length > 0)
  return JSON.stringify(report, null, 2) + '\n'
}
