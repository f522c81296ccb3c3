// Library entry point: the processor, the umbrella plugin, each rule plugin and the registry.
export {createProcessor, postedit} from './lint/processor.js'
export {lintFiles, type LintRequest, type LintResult} from './lint/run-lint.js'
export {activeRules, validateSettings, type PosteditSettings, type RuleSetting} from './lint/settings.js'
export {rules, findRule} from './rules/registry.js'
export type {RuleDefinition, Severity} from './rules/types.js'
export {jsonReport, type JsonFile, type JsonMessage} from './report/json-report.js'
export {main} from './cli.js'
