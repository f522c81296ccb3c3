import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter, type Options} from 'vfile-reporter'
import {printable} from '../problems/printable.js'

/**
 * Findings of one file handed to vfile-reporter at a time, at most. It spreads a file's rows
 * into its output in one call (`rows.push(...messageRows)`), and a call takes only so many
 * arguments: a 640 kB file with 256,000 findings stopped `postedit run` with "Maximum call
 * stack size exceeded".
 */
export const FINDINGS_PER_PART = 10_000

/**
 * The pretty report, vfile-reporter's, of files whatever their number of findings: a file
 * with more than FINDINGS_PER_PART is reported as parts of that many under its name, each
 * with its header line; the closing counts are the whole run's.
 */
export function prettyReport(files: readonly VFile[], options: Options): string {
  const parts: VFile[] = []
  for (const file of files.map(printableFile)) {
    if (file.messages.length <= FINDINGS_PER_PART) {
      parts.push(file)
      continue
    }
    for (let from = 0; from < file.messages.length; from += FINDINGS_PER_PART) {
      const part = new VFile({cwd: file.cwd, path: file.path})
      part.messages = file.messages.slice(from, from + FINDINGS_PER_PART)
      parts.push(part)
    }
  }
  return reporter(parts, options)
}

/**
 * The file as the terminal may show it: its name and its findings' reasons with control
 * characters escaped (a quote in a reason is the text's own). Only a file that needs it is
 * copied, and only the messages that need it.
 */
function printableFile(file: VFile): VFile {
  const name = file.path === undefined ? undefined : printable(file.path)
  let changed = name !== file.path
  const messages = file.messages.map((message) => {
    const reason = printable(message.reason)
    if (reason === message.reason) return message
    changed = true
    return Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message, {reason, message: reason})
  })
  if (!changed) return file
  const copy = new VFile({cwd: file.cwd, ...(name === undefined ? {} : {path: name})})
  copy.messages = messages
  return copy
}
