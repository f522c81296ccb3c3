import {rules} from '../rules/registry.js'
import type {RuleDefinition, Severity} from '../rules/types.js'

/**
 * One rule's setting in `.posteditrc` or the `postedit` field of package.json:
 * `"off"`, a severity, `true`/`false`, or `[severity, options]` as ESLint spells it.
 */
export type RuleSetting = Severity | 'off' | boolean | [Severity | 'off', Record<string, unknown>?]

export interface PosteditSettings {
  rules?: Record<string, RuleSetting>
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
  const known = new Set(['rules'])
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new SettingsError(`unknown field \`${key}\`, expected \`rules\``, key)
    }
  }
  const value = (raw as {rules?: unknown}).rules
  if (value === undefined) return {}
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
        `rule \`${id}\`: expected "off", "info", "warning", "error" or [severity, options], not ${JSON.stringify(setting)}`,
        id
      )
    }
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new SettingsError(`rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`, id)
    }
  }
  return raw as PosteditSettings
}

/** The rules that run, in registry order, with their effective severity and options. */
export function activeRules(settings: PosteditSettings = {}): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const definition of rules) {
    const setting = settings.rules?.[definition.id]
    const level = Array.isArray(setting) ? setting[0] : setting
    const options = Array.isArray(setting) ? setting[1] : undefined
    if (level === 'off' || level === false) continue
    if (level === undefined && definition.enabledByDefault === false) continue
    const severity: Severity = typeof level === 'string' ? level : definition.severity
    active.push({definition, severity, options})
  }
  return active
}
