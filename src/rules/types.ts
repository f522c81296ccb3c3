import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** How a finding counts: `error` fails `lint`, `warning` fails it with `--frail`, `info` never does. */
export type Severity = 'error' | 'warning' | 'info'

/** A retext plugin as postedit runs it: an attacher taking options, returning a transformer. */
export type RulePlugin = Plugin<[options?: any], Root, Root>

export interface RuleDefinition {
  /** Stable kebab-case id: the `ruleId` of every finding and the anchor in docs/rules.md. */
  id: string
  plugin: RulePlugin
  severity: Severity
  /** MQM error category, such as `Linguistic conventions/Punctuation`. */
  category: string
  /** One line for `postedit rules` and the reference. */
  summary: string
  /** Off unless a config turns it on (rules too noisy on human text). */
  enabledByDefault?: boolean
  /**
   * The ruleIds the plugin itself reports under, when it wraps a third-party plugin
   * (retext-repeated-words reports `no-repeat`); postedit renames them to `id`.
   */
  foreignRuleIds?: string[]
  /**
   * The options the rule takes, by key, with their type: a config passing another key or
   * another type is refused with a message naming both, before the rule runs.
   */
  options?: Record<string, RuleOptionType>
  /**
   * What is wrong with an option's value beyond its type, said so that it follows "option
   * `key`" in the config error, or undefined when it is right.
   */
  checkOption?: (key: string, value: unknown) => string | undefined
}

/** The type of one rule option, as the config must spell it. */
export type RuleOptionType = 'string' | 'number' | 'boolean' | 'string[]' | 'object[]'

export type Transformer = (tree: Root, file: VFile) => void

declare module 'vfile' {
  interface DataMap {
    /**
     * The day the document speaks from (`YYYY-MM-DD`): its corrections file's `published`, or
     * `--date`. Set by the command layer; the person-office rule judges offices on that day.
     */
    documentDate: string
  }
}
