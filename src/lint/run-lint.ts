import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {UsageError} from '../io.js'
import {displayPath} from '../problems/json-message.js'
import {lintExtensions} from './formats.js'
import {createProcessor} from './processor.js'
import postedit from './postedit.js'
import {SettingsError, validateSettings} from './settings.js'
import {ConfigProblem, parseSettings} from './project-settings.js'

export const DEFAULT_SOURCE_DIR = 'source-text'

export interface LintRequest {
  cwd: string
  /** Files, folders or globs; none means `source-text/`. */
  paths: string[]
  /** A text read from standard input, linted instead of `paths`. */
  stdin?: StdinText
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
      return {plugins: [[postedit, validateSettings(raw)]]}
    } catch (error) {
      if (error instanceof SettingsError) {
        const shown = path.relative(cwd, filePath).split(path.sep).join('/')
        throw new ConfigError(`${shown}${keyPosition(filePath, error.key)}: invalid configuration: ${error.message}`)
      }
      throw error
    }
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
        processor: createProcessor(undefined, {piecewise: true}),
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
