import {existsSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {projectRoot} from '../fs/project-paths.js'
import {readTermbase} from '../rules/support/termbase-file.js'
import {TermbaseError} from '../rules/support/termbase-error.js'
import {configNames} from './config-names.js'
import {ConfigProblem, keyPosition, readConfigFile, type ConfigFile} from './project-settings.js'
import type {PosteditSettings} from './settings.js'
import {problemLine, type Problem} from '../problems/file-problem.js'

/**
 * The configuration that applies to a file: the nearest `.posteditrc` (JSON or YAML),
 * `.posteditrc.json`, `.posteditrc.yml`, `.posteditrc.yaml`, or `postedit` field of a
 * package.json, looking from the file's folder up to the root; the first of these names found in
 * a folder wins, and a package.json without the field is passed over. No config: the defaults.
 */
export interface FoundConfig {
  /** The config file, absolute; undefined when none applies. */
  file: string | undefined
  settings: PosteditSettings | undefined
}

/** A config file postedit cannot use: where (file, line, column) and the fix, as a problem. */
export class ConfigError extends Error {
  constructor(readonly problem: Problem) {
    super(problemLine(problem))
    this.name = 'ConfigError'
  }
}

/** A problem with config file `file` at `place`. */
function configProblem(file: string, place: Place, message: string, fix?: string): Problem {
  return {file, ...place, kind: 'invalid-config', message, ...(fix === undefined ? {} : {fix})}
}

/** Where in a file, when known. */
type Place = {line: number; column: number} | {line?: undefined; column?: undefined}

/** Finds and validates config files, each folder and each file read once per run. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<FoundConfig>>()

  private readonly root: string

  constructor(private readonly cwd: string) {
    this.root = projectRoot(cwd)
  }

  /** The config of the file at this absolute path (which need not exist). */
  forFile(file: string): Promise<FoundConfig> {
    return this.forFolder(path.dirname(file))
  }

  private forFolder(folder: string): Promise<FoundConfig> {
    let found = this.byFolder.get(folder)
    if (!found) {
      found = this.lookIn(folder)
      this.byFolder.set(folder, found)
    }
    return found
  }

  private async lookIn(folder: string): Promise<FoundConfig> {
    for (const name of configNames) {
      const file = path.join(folder, name)
      let found: ConfigFile | undefined
      try {
        found = await readConfigFile(file, this.shown(file), this.root)
      } catch (error) {
        if (error instanceof ConfigProblem) {
          throw new ConfigError(configProblem(error.file, {line: error.line, column: error.column}, `invalid configuration: ${error.reason}`))
        }
        throw error
      }
      if (found) return {file, settings: this.withTermbases(file, found.text, found.settings)}
    }
    const parent = path.dirname(folder)
    if (parent === folder) return {file: undefined, settings: undefined}
    return this.forFolder(parent)
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/')
  }

  /**
   * The config's termbases as absolute paths, each read once here so that a bad file fails the
   * run with its position before any text is linted. A termbase is resolved from the config
   * file's folder and must lie inside the project (the folder postedit runs in, after
   * symbolic links): a shared config must not make postedit read files elsewhere.
   */
  private withTermbases(configFile: string, text: string, settings: PosteditSettings | undefined): PosteditSettings | undefined {
    if (!settings?.termbases) return settings
    const root = realpathOr(path.resolve(this.cwd))
    const termbases = settings.termbases.map((given) => {
      const absolute = path.resolve(path.dirname(configFile), given)
      const real = realpathOr(absolute)
      if (real !== root && !real.startsWith(root + path.sep)) {
        throw new ConfigError(
          configProblem(
            this.shown(configFile),
            keyPosition(text, 'termbases'),
            `invalid configuration: termbase \`${given}\` is outside the project folder ${root}`,
            'move it inside the project and give a path relative to the config file'
          )
        )
      }
      if (!existsSync(absolute)) {
        // Nothing to point into: the fault is the config's path, placed at its key.
        throw new ConfigError(
          configProblem(
            this.shown(configFile),
            keyPosition(text, 'termbases'),
            `invalid configuration: termbase \`${given}\` does not exist`,
            'fix the path in `termbases` (it is relative to the config file)'
          )
        )
      }
      try {
        readTermbase(absolute, this.shown(absolute))
      } catch (error) {
        // A broken termbase is the user's file at fault: its own line and column, not a stack.
        if (error instanceof TermbaseError) {
          throw new ConfigError(configProblem(error.file, {line: error.line, column: error.column}, `invalid termbase: ${error.detail}`))
        }
        throw error
      }
      return absolute
    })
    return {...settings, termbases}
  }
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
