import {checkRuleIds, type CheckProblem, type ProblemKind, type ReportedProblem} from '../problems/problem.js'
import {rules} from '../rules/registry.js'
import type {Severity} from '../rules/types.js'
import {ruleUrl} from '../rules/url.js'
import {switchRuleId} from '../lint/inline-switches.js'
import {jsonChunks} from '../problems/json-chunks.js'

/**
 * `postedit check --format sarif` and `postedit lint --format sarif`: SARIF 2.1.0 (OASIS),
 * the format code-scanning services read. One run; its driver lists every lint rule and
 * postedit's own check rules, and each problem (or lint finding) is a result located in the
 * file it is in.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset?: number
  charLength?: number
}

export interface SarifRule {
  id: string
  shortDescription: {text: string}
  helpUri?: string
  defaultConfiguration: {level: SarifLevel; enabled?: boolean}
  properties: {category: string}
}

export interface SarifResult {
  ruleId: string
  /** Into `tool.driver.rules`; absent for a rule the driver does not list. */
  ruleIndex?: number
  level: SarifLevel
  message: {text: string}
  locations: {physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region?: SarifRegion}}[]
  fixes?: {
    description: {text: string}
    artifactChanges: {
      artifactLocation: {uri: string; uriBaseId: string}
      replacements: {deletedRegion: SarifRegion; insertedContent: {text: string}}[]
    }[]
  }[]
  /** The check kind; absent on a bare lint finding. */
  properties?: {kind: ProblemKind; correctionId?: string}
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [
    {
      tool: {driver: {name: 'postedit'; version: string; rules: SarifRule[]}}
      /** vfile and the YAML loader count columns in UTF-16 code units, as JavaScript does. */
      columnKind: 'utf16CodeUnits'
      results: SarifResult[]
    }
  ]
}

/** Where result paths are relative to: the folder check ran in, which CI takes as the checkout. */
const SRCROOT = '%SRCROOT%'

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity
}

const checkRules: {kind: keyof typeof checkRuleIds; level: SarifLevel; category: string; text: string}[] = [
  {kind: 'invalid-corrections', level: 'error', category: 'Corrections', text: 'A corrections file that cannot be loaded or validated, or whose document cannot be read.'},
  {kind: 'stale', level: 'error', category: 'Corrections', text: 'An approved correction whose quote is no longer in the source.'},
  {kind: 'ambiguous', level: 'error', category: 'Corrections', text: 'An approved correction whose quote matches more than one place in the source.'},
  {kind: 'conflict', level: 'error', category: 'Corrections', text: 'An approved correction that overlaps another approved one.'},
  {kind: 'cleaned-missing', level: 'error', category: 'Cleaned text', text: 'A document whose cleaned file has not been written.'},
  {kind: 'cleaned-outdated', level: 'error', category: 'Cleaned text', text: 'A cleaned file that differs from what `postedit apply` would write now.'},
  {kind: 'max-penalty', level: 'error', category: 'Quality score', text: 'A document whose MQM penalty per 1,000 words is above `--max-penalty`.'},
  {kind: 'proposed-correction', level: 'warning', category: 'Corrections', text: 'A correction still proposed: nobody has approved or rejected it yet.'}
]

/** Every rule a result can name: the lint rules in registry order, then postedit's own. */
export function sarifRules(): SarifRule[] {
  return [
    ...rules.map((rule) => ({
      id: rule.id,
      shortDescription: {text: rule.summary},
      helpUri: ruleUrl(rule.id),
      defaultConfiguration: {level: sarifLevel(rule.severity), ...(rule.enabledByDefault === false ? {enabled: false} : {})},
      properties: {category: rule.category}
    })),
    // What an inline switch comment that cannot be read is reported as (a warning, by lint).
    {
      id: switchRuleId,
      shortDescription: {text: 'An inline switch comment postedit cannot read: a misspelt verb or an unknown rule id.'},
      helpUri: ruleUrl('inline-switches'),
      defaultConfiguration: {level: 'warning'},
      properties: {category: 'Configuration'}
    },
    ...checkRules.map((rule) => ({
      id: checkRuleIds[rule.kind],
      shortDescription: {text: rule.text},
      defaultConfiguration: {level: rule.level},
      properties: {category: rule.category}
    }))
  ]
}

function region(place: NonNullable<CheckProblem['place']>): SarifRegion {
  const {start, end} = place
  const offsets = start.offset !== null && end.offset !== null ? {charOffset: start.offset, charLength: end.offset - start.offset} : {}
  return {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, ...offsets}
}

/** A fix only where the finding offers exactly one replacement and its span is known. */
function fixes(problem: ReportedProblem, uri: string): SarifResult['fixes'] {
  const expected = problem.finding?.expected
  const place = problem.place
  if (!expected || expected.length !== 1 || !place || place.start.offset === null || place.end.offset === null) return undefined
  const text = expected[0]!
  const actual = problem.finding?.actual
  const description = text === '' ? `Delete ${JSON.stringify(actual ?? '')}` : `Replace ${JSON.stringify(actual ?? '')} with ${JSON.stringify(text)}`
  return [
    {
      description: {text: description},
      artifactChanges: [{artifactLocation: {uri, uriBaseId: SRCROOT}, replacements: [{deletedRegion: region(place), insertedContent: {text}}]}]
    }
  ]
}

/**
 * A relative path as a URI reference: each segment percent-encoded, so that `#` and `?` in a
 * file name are not read as a fragment or a query (encodeURI leaves both), with `/` kept.
 */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

/** The text of a SARIF log, in pieces of a result or so: a log of a million results outgrows a string. */
export function sarifChunks(log: SarifLog): Generator<string> {
  // Levels: the log, its runs, the run, its results; each result is one piece.
  return jsonChunks(log, 4)
}

export function sarifReport(problems: readonly ReportedProblem[], version: string): SarifLog {
  const driverRules = sarifRules()
  const index = new Map(driverRules.map((rule, at) => [rule.id, at]))
  const results = problems.map((problem): SarifResult => {
    const uri = relativeUri(problem.path)
    const fix = fixes(problem, uri)
    const ruleIndex = index.get(problem.ruleId)
    return {
      ruleId: problem.ruleId,
      ...(ruleIndex === undefined ? {} : {ruleIndex}),
      level: sarifLevel(problem.severity),
      message: {text: problem.message},
      locations: [{physicalLocation: {artifactLocation: {uri, uriBaseId: SRCROOT}, ...(problem.place ? {region: region(problem.place)} : {})}}],
      ...(fix ? {fixes: fix} : {}),
      ...(problem.kind === undefined
        ? {}
        : {properties: {kind: problem.kind, ...(problem.correctionId === undefined ? {} : {correctionId: problem.correctionId})}})
    }
  })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{tool: {driver: {name: 'postedit', version, rules: driverRules}}, columnKind: 'utf16CodeUnits', results}]
  }
}
