import {realpathSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {yaml} from '../fs/yaml-on-demand.js'
import {readTermbase} from '../rules/support/termbase-file.js'
import {TermbaseError} from '../rules/support/termbase-error.js'
import {ConfigProblem, keyPosition, parseSettings} from './project-settings.js'
import {SettingsError, validateSettings, type PosteditSettings} from './settings.js'
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

const names = ['.posteditrc', '.posteditrc.json', '.posteditrc.yml', '.posteditrc.yaml', 'package.json'] as const

/** Finds and validates config files, each folder and each file read once per run. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<FoundConfig>>()

  constructor(private readonly cwd: string) {}

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
    for (const name of names) {
      const file = path.join(folder, name)
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch {
        continue
      }
      if (name === 'package.json') {
        const raw = this.parse(file, text)
        const field = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['postedit'] : undefined
        if (field === undefined) continue
        return {file, settings: this.withTermbases(file, text, this.validate(file, text, field))}
      }
      return {file, settings: this.withTermbases(file, text, this.parseConfig(file, text))}
    }
    const parent = path.dirname(folder)
    if (parent === folder) return {file: undefined, settings: undefined}
    return this.forFolder(parent)
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/')
  }

  /**
   * A `.posteditrc`: JSON is YAML, so one parser (with alias limits, since a config can come
   * with a pull request) reads every config and says where a syntax error or a bad value is.
   */
  private parseConfig(file: string, text: string): PosteditSettings {
    try {
      return parseSettings(text.replace(/^\uFEFF/, ''), this.shown(file))
    } catch (error) {
      if (error instanceof ConfigProblem) {
        throw new ConfigError(configProblem(error.file, {line: error.line, column: error.column}, `invalid configuration: ${error.reason}`))
      }
      throw error
    }
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

  /**
   * package.json is JSON: JSON.parse reads it, and on a fault the YAML parser reads it again
   * to say where it stopped (JSON.parse's message names no line in Node 20).
   */
  private parse(file: string, text: string): unknown {
    try {
      return JSON.parse(text)
    } catch {
      // Reported below, with the YAML parser's position.
    }
    const {parse: parseYaml, YAMLParseError} = yaml()
    try {
      return parseYaml(text)
    } catch (error) {
      if (error instanceof YAMLParseError) {
        const at = error.linePos?.[0]
        const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
        throw new ConfigError(
          configProblem(
            this.shown(file),
            at ? {line: at.line, column: at.col} : {},
            `cannot parse the configuration: ${reason}`,
            'write it as JSON or YAML, such as `{"rules": {"fused-sentence": "off"}}`'
          )
        )
      }
      throw error
    }
  }

  private validate(file: string, text: string, raw: unknown): PosteditSettings {
    try {
      return validateSettings(raw)
    } catch (error) {
      if (error instanceof SettingsError) {
        throw new ConfigError(configProblem(this.shown(file), keyPosition(text, error.key), `invalid configuration: ${error.message}`))
      }
      throw error
    }
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
