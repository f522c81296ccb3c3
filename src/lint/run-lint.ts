import {existsSync} from 'node:fs'
import path from 'node:path'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {UsageError} from '../io.js'
import {displayPath} from '../report/json-report.js'
import {suppressRejected} from '../corrections/suppress.js'
import {createProcessor} from './processor.js'
import postedit from './postedit.js'
import {SettingsError, validateSettings} from './settings.js'

export const DEFAULT_SOURCE_DIR = 'source-text'

export interface LintRequest {
  cwd: string
  /** Files, folders or globs; none means `source-text/`. */
  paths: string[]
}

export interface LintResult {
  /** The files that were linted, with their findings as messages. */
  files: VFile[]
  /**
   * Problems that stopped a file from being linted (unreadable file, bad config), one line
   * each with file, line and column where known. Any of these means exit 2.
   */
  problems: string[]
  /** The problems (also in `problems`) from corrections files that cannot be loaded. */
  correctionsProblems: string[]
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

/** `.posteditrc` and the `postedit` field of package.json speak postedit's schema, not unified-engine's. */
function configTransform(raw: unknown, filePath: string) {
  try {
    return {plugins: [[postedit, validateSettings(raw)]]}
  } catch (error) {
    if (error instanceof SettingsError) {
      throw new Error(`Invalid configuration in \`${filePath}\`: ${error.message}`)
    }
    throw error
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
  if (request.paths.length === 0 && !existsSync(path.resolve(request.cwd, DEFAULT_SOURCE_DIR))) {
    throw new UsageError(
      `no \`${DEFAULT_SOURCE_DIR}/\` folder in ${request.cwd}; name the files to lint, as in \`postedit lint article.txt\``
    )
  }
  checkPathsExist(paths, request.cwd)

  return new Promise((resolve, reject) => {
    engine(
      {
        processor: createProcessor(),
        cwd: request.cwd,
        files: paths,
        extensions: ['txt'],
        rcName: '.posteditrc',
        packageField: 'postedit',
        ignoreName: '.posteditignore',
        detectConfig: true,
        detectIgnore: true,
        configTransform: configTransform as never,
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
        const problems: string[] = []
        for (const file of files) {
          for (const message of file.messages) {
            if (isPosteditFinding(message)) continue
            const where = message.line ? `:${message.line}:${message.column ?? 1}` : ''
            const problem = `${displayPath(file, request.cwd)}${where}: ${message.reason}${causes(message.cause)}`
            // A broken config file fails every file under it the same way: say it once.
            if (!problems.includes(problem)) problems.push(problem)
          }
        }
        // Reviewed-and-rejected spans are not findings any more (see corrections/suppress.ts).
        suppressRejected(files, request.cwd).then((more) => {
          for (const problem of more) if (!problems.includes(problem)) problems.push(problem)
          resolve({files, problems, correctionsProblems: more})
        }, reject)
      }
    )
  })
}
