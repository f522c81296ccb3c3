// Library entry point: the processor, the umbrella plugin, each rule plugin and the registry.
export {createProcessor, postedit, type ProcessorOptions} from './lint/processor.js'
export {formatOf, type Format} from './lint/formats.js'
export {lintFiles, type LintRequest, type LintResult} from './lint/run-lint.js'
export {activeRules, validateSettings, type PosteditSettings, type RuleSetting} from './lint/settings.js'
export {rules, findRule} from './rules/registry.js'
export type {RuleDefinition, Severity} from './rules/types.js'
export type {TermEntry} from './rules/support/termbase.js'
export {TermbaseError} from './rules/support/termbase-error.js'
export {jsonReport, jsonReportChunks, type JsonFile, type JsonMessage} from './report/json-report.js'
export {main} from './cli.js'
export {loadCorrectionsFile, parseCorrections, type LoadedCorrections, type FilePosition} from './corrections/load.js'
export {CorrectionsError} from './corrections/errors.js'
export {problemLine, type Problem, type FileProblemKind} from './problems/file-problem.js'
export {
  applyCorrections,
  type ApplyResult,
  type ApplyOptions,
  type AppliedCorrection,
  type ApplyProblem,
  type FuzzyMove
} from './corrections/apply.js'
export {anchorQuote, type Anchor} from './corrections/anchor.js'
export {correctionsDiff, type CorrectionsDiffOptions} from './corrections/diff.js'
export {suppressRejected} from './corrections/suppress.js'
export {correctionsSchema} from './corrections/schema.js'
export type {Correction, CorrectionsFile, CorrectionStatus, CorrectionSeverity} from './corrections/types.js'
export {checkDocuments, type CheckRequest, type CheckOutcome} from './check/check-documents.js'
export {fails as checkFails, type CheckProblem, type CheckedDocument, type ProblemKind} from './check/problems.js'
export {summarize as summarizeCheck, type CheckSummary} from './check/summary.js'
export {checkJsonReport, checkJsonReportChunks, type CheckJsonReport} from './check/report-json.js'
export {sarifChunks, sarifReport, type SarifLog} from './report/sarif.js'
export {githubAnnotationLines, githubAnnotations} from './report/github-annotations.js'
