import {isIsoDate} from './schema.js'
import {UsageError} from '../io.js'

/** `--date YYYY-MM-DD`: the day the texts speak from, for rules that judge facts by date. */
export function dateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isIsoDate(value)) throw new UsageError(`--date must be a calendar day written YYYY-MM-DD, as in \`--date 2023-01-20\`, not \`${value}\``)
  return value
}

/** The help lines of `--date`, its text starting at `column` as the command's other options do. */
export function dateHelp(column: number): string {
  const pad = (text: string) => text.padEnd(column)
  return [
    pad('  --date <YYYY-MM-DD>') + 'the day the texts were published, for the offices',
    pad('') + "person-office checks (default: each corrections",
    pad('') + "file's `published`)"
  ].join('\n')
}
