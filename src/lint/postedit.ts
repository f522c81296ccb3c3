import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl} from '../rules/url.js'
import type {Transformer} from '../rules/types.js'
import {activeRules, validateSettings, type PosteditSettings} from './settings.js'

/** A finding as postedit reports it: a vfile message plus its MQM category. */
export type Finding = VFileMessage & {category?: string}

/**
 * The umbrella plugin: runs every enabled rule plugin and stamps each finding with
 * postedit's rule id, severity, category and reference link, so that single rule
 * plugins stay ordinary retext plugins and the policy lives in one place.
 * unified-engine re-`use`s this plugin with a config file's settings, which unified merges.
 */
export default function postedit(this: Processor, options?: PosteditSettings) {
  const settings = validateSettings(options ?? {})
  const steps = activeRules(settings).map((active) => ({
    active,
    transform: active.definition.plugin.call(this as never, active.options) as unknown as Transformer
  }))

  return function (tree: Root, file: VFile) {
    for (const {active, transform} of steps) {
      const before = file.messages.length
      transform(tree, file)
      const {definition, severity} = active
      for (const message of file.messages.slice(before) as Finding[]) {
        message.ruleId = definition.id
        message.source = 'postedit'
        message.category = definition.category
        message.url = ruleUrl(definition.id)
        message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
        // Plugins may record the nodes around a finding; a message that keeps them keeps the
        // whole tree alive after linting, and unified-engine holds every file's messages
        // until the last file is done. Positions already say where the finding is.
        message.ancestors = undefined
      }
    }
    dropRepeatedFindings(file)
  }
}

function spanKey(message: Finding): string | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  return `${place.start.offset}:${place.end.offset}:${JSON.stringify(message.expected ?? null)}`
}

/**
 * Two rules can see one artifact from two sides ("The army left. russian troops…" is both a
 * lowercase sentence start and a lowercase demonym). When they flag the same span with the
 * same fix, the reader and `apply` need it once: the first rule in registry order keeps it.
 */
function dropRepeatedFindings(file: VFile): void {
  const seen = new Set<string>()
  const kept = (file.messages as Finding[]).filter((message) => {
    const key = spanKey(message)
    if (key === undefined || message.source !== 'postedit') return true
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  file.messages.splice(0, file.messages.length, ...kept)
}
