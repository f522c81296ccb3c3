import {existsSync, readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {UsageError} from '../io.js'
import {displayPath} from '../problems/json-message.js'
import {lintExtensions} from './formats.js'
import {createProcessor} from './processor.js'
import postedit from './postedit.js'
import {SettingsError, validateSettings, type PosteditSettings} from './settings.js'
import {ConfigProblem, parseSettings} from './project-settings.js'
import {readTermbase} from '../rules/support/termbase-file.js'
import {TermbaseError} from '../rules/support/termbase-error.js'

export const DEFAULT_SOURCE_DIR = 'source-text'

export interface LintRequest {
  cwd: string
  /** Files, folders or globs; none means `source-text/`. */
  paths: string[]
  /** A text read from standard input, linted instead of `paths`. */
  stdin?: StdinText
  /**
   * The day each text speaks from (`YYYY-MM-DD`), for rules that judge dates and offices. The
   * commands give `--date`, or the `published` of the text's corrections file: lint itself
   * reads no corrections.
   */
  documentDate?: ((file: VFile) => string | undefined) | undefined
}

/** `lint -`: the text, and the path (`--stdin-filename`) that picks its config, format and report name. */
export interface StdinText {
  value: string
  /** Relative to `cwd`; the file need not exist. Default `<stdin>`, plain text. */
  path?: string | undefined
}

/** The name a text from standard input goes by when it is given none. */
export const STDIN_NAME = '<stdin>'

export interface LintResult {
  /** The files that were linted, with their findings as messages. */
  files: VFile[]
  /**
   * Problems that stopped a file from being linted (unreadable file, bad config), one line
   * each with file, line and column where known. Any of these means exit 2.
   */
  problems: string[]
}

const globCharacters = /[*?[\]{}!]/

function checkPathsExist(paths: string[], cwd: string): void {
  for (const given of paths) {
    if (globCharacters.test(given)) continue
    if (!existsSync(path.resolve(cwd, given))) {
      throw new UsageError(`no such file or folder: \`${given}\``)
    }
  }
}

/**
 * Where a config key is written, as `:line:column`, found in the file's text: unified-engine
 * hands the transform a parsed value without positions. JSON and YAML both write a key
 * before a colon, quoted or not.
 */
function keyPosition(filePath: string, key: string | undefined): string {
  if (key === undefined) return ''
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch {
    return ''
  }
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(["']?)${escaped}\\1\\s*:`).exec(text)
  if (!match) return ''
  const before = text.slice(0, match.index)
  const line = before.split('\n').length
  const column = match.index - before.lastIndexOf('\n')
  return `:${line}:${column}`
}

/** A config file postedit cannot use; its message already says where and why. */
class ConfigError extends Error {}

/** The ConfigError somewhere in a chain of causes, if any. */
function configError(cause: unknown): ConfigError | undefined {
  let current = cause
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof ConfigError) return current
    current = current.cause
  }
  return undefined
}

/**
 * A config file unified-engine could not parse, reported at its own line and column (parsed
 * again with positions) rather than against the text file it was looked up for.
 */
function unparsableConfig(cause: unknown, cwd: string): ConfigError | undefined {
  const file = /Cannot parse file `([^`]+)`/.exec(causes(cause))?.[1]
  if (file === undefined || path.basename(file) === 'package.json' || !/\.posteditrc(\.json|\.ya?ml)?$/.test(file)) return undefined
  try {
    parseSettings(readFileSync(path.resolve(cwd, file), 'utf8').replace(/^\uFEFF/, ''), path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/'))
  } catch (error) {
    if (error instanceof ConfigProblem) return new ConfigError(error.message)
  }
  return undefined
}

/** `.posteditrc` and the `postedit` field of package.json speak postedit's schema, not unified-engine's. */
function configTransform(cwd: string) {
  return (raw: unknown, filePath: string) => {
    try {
      return {plugins: [[postedit, resolveTermbases(validateSettings(raw), filePath, cwd)]]}
    } catch (error) {
      if (error instanceof SettingsError) {
        const shown = relativePath(cwd, filePath)
        throw new ConfigError(`${shown}${keyPosition(filePath, error.key)}: invalid configuration: ${error.message}`)
      }
      // A broken termbase is the user's file at fault: its own line and column, not a stack.
      if (error instanceof TermbaseError) throw new ConfigError(error.message)
      throw error
    }
  }
}

function relativePath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/')
}

/**
 * The config's termbases as absolute paths, each read once here so that a bad file fails the
 * run with its position before any text is linted. A termbase is resolved from the config
 * file's folder and must lie inside the project (the folder postedit runs in, after
 * symbolic links): a shared config must not make postedit read files elsewhere on the machine.
 */
function resolveTermbases(settings: PosteditSettings, configPath: string, cwd: string): PosteditSettings {
  if (!settings.termbases) return settings
  const root = realpathOr(path.resolve(cwd))
  const termbases = settings.termbases.map((given) => {
    const absolute = path.resolve(path.dirname(configPath), given)
    const real = realpathOr(absolute)
    const inside = real === root || real.startsWith(root + path.sep)
    if (!inside) {
      throw new SettingsError(`termbase \`${given}\` is outside the project folder ${root}; move it inside the project and give a path relative to the config file`, 'termbases')
    }
    readTermbase(absolute, relativePath(cwd, absolute))
    return absolute
  })
  return {...settings, termbases}
}

/** The real path of a file, or of its nearest existing folder joined to the rest (a missing file is reported later, by name). */
function realpathOr(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    const parent = path.dirname(file)
    return parent === file ? file : path.join(realpathOr(parent), path.basename(file))
  }
}

function isPosteditFinding(message: {source?: string | null | undefined}): boolean {
  return message.source === 'postedit'
}

/** unified-engine wraps the real reason (a config parse error, a file error) in causes. */
function causes(cause: unknown): string {
  let text = ''
  let current = cause
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    text += `: ${current.message}`
    current = current.cause
  }
  return text
}

export function lintFiles(request: LintRequest): Promise<LintResult> {
  const paths = request.paths.length > 0 ? request.paths : [DEFAULT_SOURCE_DIR]
  if (!request.stdin && request.paths.length === 0 && !existsSync(path.resolve(request.cwd, DEFAULT_SOURCE_DIR))) {
    throw new UsageError(
      `no \`${DEFAULT_SOURCE_DIR}/\` folder in ${request.cwd}; name the files to lint, as in \`postedit lint article.txt\``
    )
  }
  if (!request.stdin) checkPathsExist(paths, request.cwd)
  // A file with a value is not read from disk: config lookup and the report still use its path.
  const given = request.stdin
    ? [new VFile({cwd: request.cwd, path: path.resolve(request.cwd, request.stdin.path ?? STDIN_NAME), value: request.stdin.value})]
    : paths

  return new Promise((resolve, reject) => {
    engine(
      {
        // Piecewise: a large file never has its whole tree alive (see createProcessor).
        processor: createProcessor(undefined, {piecewise: true, ...(request.documentDate ? {documentDate: request.documentDate} : {})}),
        cwd: request.cwd,
        files: given,
        extensions: [...lintExtensions],
        rcName: '.posteditrc',
        packageField: 'postedit',
        ignoreName: '.posteditignore',
        detectConfig: true,
        detectIgnore: true,
        configTransform: configTransform(request.cwd) as never,
        out: false,
        output: false,
        // postedit prints its own reports (JSON goes to stdout, not stderr).
        reporter: () => '',
        silentlyIgnore: false
      },
      (error, _code, context) => {
        if (error) {
          reject(error)
          return
        }
        const files = (context?.files ?? []).filter(
          (file) => file.data['unifiedEngineGiven'] && !file.data['unifiedEngineIgnored']
        )
        if (files.length === 0) {
          // Linting nothing would pass a CI gate silently: say so, as ESLint does.
          reject(
            new UsageError(
              request.stdin
                ? `standard input as \`${request.stdin.path ?? STDIN_NAME}\` is excluded by .posteditignore; give another --stdin-filename`
                : `no .txt, .md or .html files to lint in ${paths.map((given) => `\`${given}\``).join(', ')}; name text files or folders that hold them (.posteditignore may exclude them)`
            )
          )
          return
        }
        const problems: string[] = []
        for (const file of files) {
          for (const message of file.messages) {
            if (isPosteditFinding(message)) continue
            const where = message.line ? `:${message.line}:${message.column ?? 1}` : ''
            const config = configError(message.cause) ?? unparsableConfig(message.cause, request.cwd)
            const problem = config ? config.message : `${displayPath(file, request.cwd)}${where}: ${message.reason}${causes(message.cause)}`
            // A broken config file fails every file under it the same way: say it once.
            if (!problems.includes(problem)) problems.push(problem)
          }
        }
        // Rejected spans are dropped by the commands (corrections/suppress.ts): lint reads no corrections.
        resolve({files, problems})
      }
    )
  })
}
