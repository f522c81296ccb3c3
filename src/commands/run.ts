import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {EXIT, write, type Io} from '../io.js'
import {lintFiles} from '../lint/run-lint.js'
import {displayPath, severityOf} from '../report/json-report.js'
import type {VFile} from 'vfile'

export const runHelp = `Usage: postedit run [paths...]

The main job (what \`npm start\` runs): lint source-text/ and print the report and a
one-line summary per file. Findings are its output: it exits 0 when the job ran and 2 when
it could not.
`

export function summaryLine(file: VFile, cwd: string): string {
  const counts = {error: 0, warning: 0, info: 0}
  for (const message of file.messages) counts[severityOf(message)]++
  const total = file.messages.length
  return `${displayPath(file, cwd)}: ${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info)`
}

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {help: {type: 'boolean', short: 'h', default: false}}
  })
  if (values.help) {
    write(io.stdout, runHelp)
    return EXIT.ok
  }
  const {files, problems} = await lintFiles({cwd: io.cwd, paths: positionals})
  if (problems.length > 0) {
    for (const problem of problems) write(io.stderr, `postedit: ${problem}`)
    return EXIT.usage
  }
  const text = reporter(files, {quiet: true, color: io.color})
  if (text) write(io.stdout, text)
  for (const file of files) write(io.stdout, summaryLine(file, io.cwd))
  return EXIT.ok
}
