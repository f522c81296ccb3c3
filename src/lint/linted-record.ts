import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/**
 * What linting one file leaves, as plain data: its messages and the data the reports read
 * (score settings, prose view, markup). It crosses from a worker thread by structured clone and
 * sits in the cache as JSON, and becomes a VFile again identical to one linted in place.
 */
export interface LintedRecord {
  messages: Array<Record<string, unknown>>
  data: Record<string, unknown>
}

/** Fields a message carries that are not data: the error machinery and the nodes around it. */
const dropped = new Set(['ancestors', 'cause', 'stack'])

/** A fresh VFileMessage's own fields, so a rebuilt one has the same keys as the original. */
const blank = {
  ancestors: undefined, cause: undefined, column: undefined, fatal: undefined, file: '', message: '', line: undefined, name: '',
  place: undefined, reason: '', ruleId: undefined, source: undefined, actual: undefined, expected: undefined, note: undefined, url: undefined
}

export function recordOf(file: VFile): LintedRecord {
  const messages = file.messages.map((message) => {
    const plain: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(message)) {
      if (!dropped.has(key) && value !== undefined) plain[key] = value
    }
    return plain
  })
  return {messages, data: {...file.data}}
}

/** The file, with its text, given back the messages and data of its record. */
export function fileFromRecord(record: LintedRecord, file: VFile): VFile {
  for (const plain of record.messages) {
    const message = Object.create(VFileMessage.prototype) as VFileMessage
    Object.assign(message, blank, plain)
    file.messages.push(message)
  }
  Object.assign(file.data, record.data)
  return file
}
