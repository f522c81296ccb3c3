import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {lintFiles} from '../lint/run-lint.js'
import {jsonReport, severityOf} from '../report/json-report.js'

export const lintHelp = `Usage: postedit lint [paths...] [options]

Report machine-translation artifacts. Paths are files, folders or globs of .txt files;
none means source-text/.

Options:
  --format <pretty|json>  report format (default: pretty)
  --frail                 warnings fail too (exit 1)
  --quiet                 only files with findings
  --color / --no-color    colour the pretty report (default: when stdout is a terminal)
  -h, --help              this text
`

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: {type: 'string', default: 'pretty'},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', default: false},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, lintHelp)
    return EXIT.ok
  }
  if (values.format !== 'pretty' && values.format !== 'json') {
    throw new UsageError(`unknown format \`${values.format}\`, expected \`pretty\` or \`json\``)
  }

  const {files, problems} = await lintFiles({cwd: io.cwd, paths: positionals})
  if (problems.length > 0) {
    for (const problem of problems) write(io.stderr, `postedit: ${problem}`)
    return EXIT.usage
  }

  if (values.format === 'json') {
    write(io.stdout, jsonReport(files, io.cwd, {quiet: values.quiet}))
  } else {
    const color = values['no-color'] ? false : (values.color ?? io.color)
    const text = reporter(files, {quiet: values.quiet, color})
    if (text) write(io.stdout, text)
  }

  const severities = files.flatMap((file) => file.messages.map(severityOf))
  const failing = severities.some((s) => s === 'error' || (values.frail && s === 'warning'))
  return failing ? EXIT.findings : EXIT.ok
}
