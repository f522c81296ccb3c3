import {rules} from '../rules/registry.js'
import type {RuleDefinition, RuleOptionType, Severity} from '../rules/types.js'
import {mqmSeverities, type ScoreSettings} from './score.js'

/**
 * One rule's setting in `.posteditrc` or the `postedit` field of package.json:
 * `"off"`, a severity, `true`/`false`, or `[severity, options]` as ESLint spells it.
 */
export type RuleSetting = Severity | 'off' | boolean | [Severity | 'off', Record<string, unknown>?]

export interface PosteditSettings {
  rules?: Record<string, RuleSetting>
  /** MQM score weights and severity mapping (see score.ts). */
  score?: ScoreSettings
  /**
   * The user's termbases (.tbx, .yml, .yaml) for the `term` rule, merged with the built-in one.
   * In a config file, relative to its folder and inside the project; the config loader hands
   * the rules absolute paths.
   */
  termbases?: string[]
  /** The largest text or corrections file read, in bytes (default DEFAULT_MAX_BYTES, 16 MiB). */
  maxBytes?: number
}

export interface ActiveRule {
  definition: RuleDefinition
  severity: Severity
  options: Record<string, unknown> | undefined
}

const severities = new Set(['error', 'warning', 'info', 'off'])

/** Thrown for a setting that names no rule or no severity; the message says how to fix it. */
export class SettingsError extends Error {
  /** The config key at fault (a field or a rule id), so the caller can point at its line. */
  readonly key: string | undefined

  constructor(message: string, key?: string) {
    super(message)
    this.key = key
  }
}

export function validateSettings(raw: unknown): PosteditSettings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError('expected an object such as `{"rules": {"fused-sentence": "off"}}`')
  }
  const known = new Set(['rules', 'score', 'termbases', 'maxBytes'])
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new SettingsError(`unknown field \`${key}\`, expected \`rules\`, \`score\`, \`termbases\` or \`maxBytes\``, key)
    }
  }
  const maxBytes = (raw as {maxBytes?: unknown}).maxBytes
  if (maxBytes !== undefined && !(typeof maxBytes === 'number' && Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
    throw new SettingsError(`\`maxBytes\` must be a whole number of bytes above 0, such as \`33554432\` (32 MiB), not ${shown(maxBytes)}`, 'maxBytes')
  }
  validateScore((raw as {score?: unknown}).score)
  validateTermbases((raw as {termbases?: unknown}).termbases)
  const value = (raw as {rules?: unknown}).rules
  if (value === undefined) return raw as PosteditSettings
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SettingsError('`rules` must map rule ids to a severity, such as `{"fused-sentence": "off"}`', 'rules')
  }
  const ids = new Set(rules.map((rule) => rule.id))
  for (const [id, setting] of Object.entries(value)) {
    if (!ids.has(id)) {
      throw new SettingsError(
        `unknown rule \`${id}\` in \`rules\`; run \`postedit rules\` to list the ids`,
        id
      )
    }
    const severity = Array.isArray(setting) ? setting[0] : setting
    const options = Array.isArray(setting) ? setting[1] : undefined
    const severityOk = typeof severity === 'boolean' || (typeof severity === 'string' && severities.has(severity))
    if (!severityOk || (Array.isArray(setting) && setting.length > 2)) {
      throw new SettingsError(
        `rule \`${id}\`: expected "off", "info", "warning", "error" or [severity, options], not ${shown(setting)}`,
        id
      )
    }
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new SettingsError(`rule \`${id}\`: options must be an object, not ${shown(options)}`, id)
    }
    if (options !== undefined) validateOptions(id, options as Record<string, unknown>)
  }
  return raw as PosteditSettings
}

const typeNames: Record<RuleOptionType, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  'string[]': 'a list of text, such as `["vfile"]`',
  'object[]': 'a list of objects, such as `[{"preferred": "Kyiv", "forbidden": ["Kiev"]}]`'
}

function hasType(value: unknown, type: RuleOptionType): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string')
  if (type === 'object[]') return Array.isArray(value) && value.every(isObject)
  return typeof value === type && (type !== 'number' || Number.isFinite(value))
}

/** A rule's options against the types it declares: an unknown key or a wrong type is an error. */
function validateOptions(id: string, options: Record<string, unknown>): void {
  const definition = rules.find((rule) => rule.id === id)
  const declared: Record<string, RuleOptionType> = definition?.options ?? {}
  const known = Object.keys(declared)
  for (const [key, value] of Object.entries(options)) {
    const type = declared[key]
    if (type === undefined) {
      const fix = known.length > 0 ? `known options: ${known.map((name) => `\`${name}\``).join(', ')}` : 'it takes no options'
      throw new SettingsError(`rule \`${id}\`: unknown option \`${key}\`; ${fix}`, key)
    }
    if (!hasType(value, type)) {
      throw new SettingsError(`rule \`${id}\`: option \`${key}\` must be ${typeNames[type]}, not ${shown(value)}`, key)
    }
    const problem = definition?.checkOption?.(key, value)
    if (problem !== undefined) throw new SettingsError(`rule \`${id}\`: option \`${key}\`: ${problem}`, key)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Far above MQM's 25 for a critical error: a weight past it is a typo, and 1e308 overflows. */
const MAX_WEIGHT = 1000

/** `"score": {"weights": {"minor": 1, "major": 5, "critical": 10}, "severities": {"info": "minor"}}` */
function validateScore(score: unknown): void {
  if (score === undefined) return
  const example = '`{"weights": {"minor": 1, "major": 5, "critical": 10}}`'
  if (!isObject(score)) throw new SettingsError(`\`score\` must be an object such as ${example}`, 'score')
  for (const [key, value] of Object.entries(score)) {
    if (key === 'weights') {
      if (!isObject(value)) throw new SettingsError(`\`score.weights\` must be an object such as \`{"minor": 1, "major": 5, "critical": 10}\``, 'weights')
      for (const [level, weight] of Object.entries(value)) {
        if (!(mqmSeverities as readonly string[]).includes(level)) {
          throw new SettingsError(`unknown MQM severity \`${level}\` in \`score.weights\`, expected ${mqmSeverities.map((name) => `\`${name}\``).join(', ')}`, level)
        }
        // Bounded: a weight of 1e308 made every penalty Infinity, written as null in JSON.
        if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
          throw new SettingsError(`\`score.weights.${level}\` must be a number of penalty points from 0 to ${MAX_WEIGHT.toLocaleString('en')}, not ${shown(weight)}`, level)
        }
      }
    } else if (key === 'severities') {
      if (!isObject(value)) throw new SettingsError('`score.severities` must map lint severities to MQM ones, such as `{"error": "critical"}`', 'severities')
      for (const [level, mqm] of Object.entries(value)) {
        if (!['error', 'warning', 'info'].includes(level)) {
          throw new SettingsError(`unknown lint severity \`${level}\` in \`score.severities\`, expected \`error\`, \`warning\` or \`info\``, level)
        }
        if (typeof mqm !== 'string' || !(mqmSeverities as readonly string[]).includes(mqm)) {
          throw new SettingsError(`\`score.severities.${level}\` must be ${mqmSeverities.map((name) => `"${name}"`).join(', ')}, not ${shown(mqm)}`, level)
        }
      }
    } else {
      throw new SettingsError(`unknown field \`${key}\` in \`score\`, expected \`weights\` or \`severities\``, key)
    }
  }
}

/** `"termbases": ["terms/newsroom.tbx", "terms/extra.yml"]` */
function validateTermbases(termbases: unknown): void {
  if (termbases === undefined) return
  const valid = Array.isArray(termbases) && termbases.every((entry) => typeof entry === 'string' && entry.trim() !== '')
  if (!valid) {
    throw new SettingsError(`\`termbases\` must be a list of file paths, such as \`["terms/newsroom.tbx"]\`, not ${shown(termbases)}`, 'termbases')
  }
}

/** Settings a rule takes from outside its own entry in `rules` (the `term` rule's termbases). */
function sharedOptions(id: string, settings: PosteditSettings): Record<string, unknown> | undefined {
  return id === 'term' && settings.termbases ? {termbases: settings.termbases} : undefined
}

/** The rules that run, in registry order, with their effective severity and options. */
export function activeRules(settings: PosteditSettings = {}): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const definition of rules) {
    const setting = settings.rules?.[definition.id]
    const level = Array.isArray(setting) ? setting[0] : setting
    const own = Array.isArray(setting) ? setting[1] : undefined
    if (level === 'off' || level === false) continue
    if (level === undefined && definition.enabledByDefault === false) continue
    const severity: Severity = typeof level === 'string' ? level : definition.severity
    const shared = sharedOptions(definition.id, settings)
    const options = shared ? {...own, ...shared} : own
    active.push({definition, severity, options})
  }
  return active
}

/**
 * A value as a message quotes it: JSON, cut to a line. A config from a pull request may nest
 * arrays thousands deep, which JSON.stringify cannot walk (the call stack runs out), or hold a
 * megabyte in one value.
 */
function shown(value: unknown): string {
  // JSON writes Infinity (1e400 in the config) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = Array.isArray(value) ? '[…]' : '{…}'
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
