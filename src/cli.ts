import {EXIT, UsageError, processIo, write, type Io} from './io.js'
import {systemErrorLine} from './fs/system-error.js'
import {printable} from './problems/printable.js'
import {packageVersion} from './package-version.js'

const bugsUrl = 'https://github.com/postedit/postedit/issues'

type Command = (argv: string[], io: Io) => Promise<number>

/**
 * One module per command, imported only when it runs: `postedit --version` and `--help` load
 * no command, no rule and no word list (see bench/startup.ts).
 */
const commands: Record<string, () => Promise<Command>> = {
  apply: async () => (await import('./commands/apply.js')).applyCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  run: async () => (await import('./commands/run.js')).runCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  record: async () => (await import('./commands/record.js')).recordCommand,
  propose: async () => (await import('./commands/propose.js')).proposeCommand,
  review: async () => (await import('./commands/review.js')).reviewCommand,
  report: async () => (await import('./commands/report.js')).reportCommand
}

export const help = `Usage: postedit <command> [options]

Find machine-translation artifacts in English text and apply human-reviewed corrections.

Commands:
  run             the main job: lint source-text/, apply corrections/ to cleaned/, sum up
  lint [paths]    report artifacts in .txt, .md and .html files, or - for stdin (default: source-text/)
  rules           list the rules with their id, severity and category
  apply [docs]    apply approved corrections/*.yml entries, writing cleaned/<name>.txt
  diff [docs]     show what the corrections change, each hunk naming its entry ids
  check [docs]    CI gate, read-only: corrections anchor, cleaned/ up to date, nothing unresolved
  record SRC ED   record the changes in a hand-edited copy ED as proposed corrections
  propose [docs]  add a proposed entry for each finding with one safe fix
  review          approve or reject entries (by id, --rule or --all), or one by one
  report [docs]   write an HTML report per document: findings, corrections, diff, score

Options:
  -h, --help      help (also after a command, or as postedit help <command>)
  -v, --version   version

Exit codes: 0 no error-level finding, 1 error-level finding (or a warning with --frail),
2 usage or I/O problem. See README.md.
`

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv
  try {
    // `postedit help lint` is `postedit lint --help`, as git and npm read it.
    if (name === 'help' && rest[0] !== undefined) {
      const command = rest[0]
      if (!Object.hasOwn(commands, command)) throw new UsageError(`unknown command \`${command}\`; run \`postedit --help\` for the list`)
      return await (await commands[command]!())(['--help'], io)
    }
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      write(io.stdout, help)
      return name === undefined ? EXIT.usage : EXIT.ok
    }
    if (name === '-v' || name === '--version') {
      write(io.stdout, packageVersion())
      return EXIT.ok
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined
    if (!load) throw new UsageError(`unknown command \`${name}\`; run \`postedit --help\` for the list`)
    return await (await load())(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote a file name from the project or an argument, both untrusted.
      write(io.stderr, `postedit: ${printable(error.message)}`)
      return EXIT.usage
    }
    // parseArgs reports unknown options and missing values with these codes.
    const code = (error as {code?: string}).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // Node's own message ends in an unclosed quote and speaks of positionals: say which
      // option, and where the command's options are listed.
      const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? 'given'
      write(io.stderr, printable(`postedit: unknown option \`${option}\` for \`${name}\`; run \`postedit ${name} --help\` for its options`))
      return EXIT.usage
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      write(io.stderr, `postedit: ${printable((error as Error).message)}`)
      return EXIT.usage
    }
    const fsCode = code && /^E[A-Z]+$/.test(code) ? code : undefined
    if (fsCode) {
      write(io.stderr, `postedit: ${printable(systemErrorLine(error as NodeJS.ErrnoException, io.cwd))}`)
      return EXIT.usage
    }
    // Anything else is a bug, not bad input; still one line and exit 2 (exit 1 would read as
    // "findings"), never a stack trace in a CI log. POSTEDIT_DEBUG=1 shows the stack.
    const message = error instanceof Error ? error.message : String(error)
    write(io.stderr, `postedit: internal error: ${printable(message.split('\n')[0]!)}; please report it at ${bugsUrl}`)
    if (process.env['POSTEDIT_DEBUG'] && error instanceof Error && error.stack) write(io.stderr, error.stack)
    return EXIT.usage
  }
}
