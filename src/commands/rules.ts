import {parseArgs} from 'node:util'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {rules} from '../rules/registry.js'
import {ruleUrl} from '../rules/url.js'

export const rulesHelp = `Usage: postedit rules [options]

List the rules: id, default severity (\`off\` when not enabled by default), MQM category and
what each flags. docs/rules.md documents each one.

Options:
  --format <text|json>  output format (default: text)
  -h, --help            this text
`

export async function rulesCommand(argv: string[], io: Io): Promise<number> {
  const {values} = parseArgs({
    args: argv,
    options: {
      format: {type: 'string', default: 'text'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, rulesHelp)
    return EXIT.ok
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`unknown format \`${values.format}\`, expected \`text\` or \`json\``)
  }
  if (values.format === 'json') {
    const list = rules.map((rule) => ({
      id: rule.id,
      severity: rule.severity,
      enabledByDefault: rule.enabledByDefault !== false,
      category: rule.category,
      summary: rule.summary,
      url: ruleUrl(rule.id)
    }))
    write(io.stdout, JSON.stringify(list, null, 2))
    return EXIT.ok
  }
  const width = Math.max(...rules.map((rule) => rule.id.length))
  for (const rule of rules) {
    const state = rule.enabledByDefault === false ? 'off' : rule.severity
    write(io.stdout, `${rule.id.padEnd(width)}  ${state.padEnd(7)}  ${rule.category}: ${rule.summary}`)
  }
  return EXIT.ok
}
