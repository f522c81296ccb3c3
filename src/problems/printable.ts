/**
 * Text from a pull request (a file name, a quote in a finding, a note, a config key) printed
 * for a person: control characters, line breaks included, and the bidirectional overrides
 * that reorder what a terminal shows, become `\u001b`-style escapes. Printed raw, ESC
 * sequences in a text retitle or clear the reader's terminal, and a line break in a file name
 * forges a report line. JSON and SARIF escape their strings themselves.
 */
const unprintable = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u
const everyUnprintable = new RegExp(unprintable.source, 'gu')

/** `keepLineBreaks`: for a text of several lines that is split at its line breaks afterwards. */
export function printable(text: string, keepLineBreaks = false): string {
  if (!unprintable.test(text)) return text
  return text.replace(everyUnprintable, (char) =>
    char === '\n' ? (keepLineBreaks ? char : '\\n') : char === '\r' ? '\\r' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
