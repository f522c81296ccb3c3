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
export class SettingsError extends Error {}

export function validateSettings(raw: unknown): PosteditSettings {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError('expected an object such as `{"rules": {"fused-sentence": "off"}}`')
  }
  const known = new Set(['rules'])
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new SettingsError(`unknown field \`${key}\`, expected \`rules\``)
    }
  }
  const value = (raw as {rules?: unknown}).rules
  if (value === undefined) return {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SettingsError('`rules` must map rule ids to a severity, such as `{"fused-sentence": "off"}`')
  }
  const ids = new Set(rules.map((rule) => rule.id))
  for (const [id, setting] of Object.entries(value)) {
    if (!ids.has(id)) {
      throw new SettingsError(
        `unknown rule \`${id}\` in \`rules\`; run \`postedit rules\` to list the ids`
      )
    }
    const severity = Array.isArray(setting) ? setting[0] : setting
    const options = Array.isArray(setting) ? setting[1] : undefined
    const severityOk = typeof severity === 'boolean' || (typeof severity === 'string' && severities.has(severity))
    if (!severityOk || (Array.isArray(setting) && setting.length > 2)) {
      throw new SettingsError(
        `rule \`${id}\`: expected "off", "info", "warning", "error" or [severity, options], not ${JSON.stringify(setting)}`
      )
    }
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new SettingsError(`rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`)
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
