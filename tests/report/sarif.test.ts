import {describe, expect, it} from 'vitest'
import type {SarifRegion} from '../../src/report/sarif.js'
import {rules} from '../../src/rules/registry.js'
import {runCli, scratchDir} from '../helpers.js'

type Region = SarifRegion

interface Log {
  $schema: string
  version: string
  runs: {
    tool: {driver: {name: string; version: string; informationUri?: string; rules: {id: string; shortDescription: {text: string}; helpUri?: string; defaultConfiguration: {level: string}; properties: {category: string}}[]}}
    columnKind: string
    results: {
      ruleId: string
      ruleIndex?: number
      level: string
      message: {text: string}
      locations: {physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region?: Region}}[]
      fixes?: {description: {text: string}; artifactChanges: {artifactLocation: {uri: string}; replacements: {deletedRegion: Region; insertedContent: {text: string}}[]}[]}[]
      properties: {kind: string; correctionId?: string}
    }[]
  }[]
}

const stray = 'The missiles fly 500 kilometers. from the city.\n'

async function sarif(files: Record<string, string>, ...argv: string[]): Promise<{code: number; log: Log}> {
  const result = await runCli(['check', '--format', 'sarif', ...argv], scratchDir(files))
  expect(result.stderr).toBe('')
  return {code: result.code, log: JSON.parse(result.stdout) as Log}
}

const levels = new Set(['error', 'warning', 'note'])

/** The properties SARIF 2.1.0 requires, and the ones code-scanning services need to place a result. */
function validate(log: Log): void {
  expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
  expect(log.version).toBe('2.1.0')
  expect(log.runs).toHaveLength(1)
  const [run] = log.runs
  const driver = run!.tool.driver
  expect(driver.name).toBe('postedit')
  expect(driver.version).toMatch(/^\d+\.\d+\.\d+/)
  expect(driver).not.toHaveProperty('informationUri')
  const ids = driver.rules.map((rule) => rule.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const rule of driver.rules) {
    expect(rule.shortDescription.text).not.toBe('')
    expect(levels.has(rule.defaultConfiguration.level)).toBe(true)
    expect(rule.properties.category).not.toBe('')
  }
  for (const result of run!.results) {
    expect(levels.has(result.level)).toBe(true)
    expect(result.message.text).not.toBe('')
    expect(result.ruleIndex === undefined ? undefined : ids[result.ruleIndex]).toBe(result.ruleId)
    expect(result.locations).toHaveLength(1)
    const {artifactLocation, region} = result.locations[0]!.physicalLocation
    expect(artifactLocation.uri).not.toMatch(/^\/|\\/)
    if (region) {
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
      expect(region.endLine * 1e6 + region.endColumn).toBeGreaterThanOrEqual(region.startLine * 1e6 + region.startColumn)
    }
  }
}

describe('check --format sarif', () => {
  it('lists every registry rule with its summary, url, level and category, then postedit’s own', async () => {
    const {code, log} = await sarif({'source-text/a.txt': 'Fine.\n'})
    expect(code).toBe(0)
    validate(log)
    const driverRules = log.runs[0]!.tool.driver.rules
    expect(driverRules.slice(0, rules.length)).toEqual(
      rules.map((rule) => ({
        id: rule.id,
        shortDescription: {text: rule.summary},
        helpUri: `https://github.com/postedit/postedit/blob/main/docs/rules.md#${rule.id}`,
        defaultConfiguration: {level: rule.severity === 'info' ? 'note' : rule.severity, ...(rule.enabledByDefault === false ? {enabled: false} : {})},
        properties: {category: rule.category}
      }))
    )
    expect(driverRules.slice(rules.length).map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['postedit-switch', 'warning'],
      ['postedit/invalid-corrections', 'error'],
      ['postedit/stale-correction', 'error'],
      ['postedit/ambiguous-correction', 'error'],
      ['postedit/conflicting-correction', 'error'],
      ['postedit/cleaned-missing', 'error'],
      ['postedit/cleaned-outdated', 'error'],
      ['postedit/max-penalty', 'error'],
      ['postedit/proposed-correction', 'warning']
    ])
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits')
    expect(log.runs[0]!.results).toEqual([])
    // A switch that cannot be read is a result too: its rule is listed, and its index given.
    const switched = await sarif({'source-text/a.txt': '<!-- postedit-disabel -->\nFine.\n'})
    validate(switched.log)
    const [result] = switched.log.runs[0]!.results
    expect([result!.ruleId, driverRules[result!.ruleIndex!]!.id]).toEqual(['postedit-switch', 'postedit-switch'])
  })

  it('a finding with one safe fix: region with offsets, and a fix that deletes the stray full stop', async () => {
    const {code, log} = await sarif({'source-text/a.txt': stray})
    expect(code).toBe(1)
    validate(log)
    const [result, ...rest] = log.runs[0]!.results
    expect(rest).toEqual([])
    const region = {startLine: 1, startColumn: 32, endLine: 1, endColumn: 33, charOffset: 31, charLength: 1}
    expect(result).toEqual({
      ruleId: 'stray-full-stop',
      ruleIndex: rules.findIndex((rule) => rule.id === 'stray-full-stop'),
      level: 'error',
      message: {text: 'Unexpected full stop after `kilometers`: the sentence goes on with `from`, expected `kilometers from`'},
      locations: [{physicalLocation: {artifactLocation: {uri: 'source-text/a.txt', uriBaseId: '%SRCROOT%'}, region}}],
      fixes: [
        {
          description: {text: 'Delete "."'},
          artifactChanges: [
            {artifactLocation: {uri: 'source-text/a.txt', uriBaseId: '%SRCROOT%'}, replacements: [{deletedRegion: region, insertedContent: {text: ''}}]}
          ]
        }
      ],
      properties: {kind: 'unresolved-finding'}
    })
    // Applying the fix as SARIF describes it gives the corrected text.
    const fix = result!.fixes![0]!.artifactChanges[0]!.replacements[0]!
    const offset = fix.deletedRegion.charOffset!
    expect(stray.slice(0, offset) + fix.insertedContent.text + stray.slice(offset + fix.deletedRegion.charLength!)).toBe(
      'The missiles fly 500 kilometers from the city.\n'
    )
  })

  it('a file name with #, ?, % or a space: each segment percent-encoded, the URI reads back to the path', async () => {
    // encodeURI left # and ?: `a b#1.txt` read as the file `a b` with the fragment `1.txt`.
    const {log} = await sarif({'source-text/a b#1?%.txt': 'A fine text.\nthe end.\n'})
    validate(log)
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri
    expect(uri).toBe('source-text/a%20b%231%3F%25.txt')
    expect(decodeURIComponent(new URL(uri, 'file:///repo/').pathname)).toBe('/repo/source-text/a b#1?%.txt')
  })

  it('no fix where a finding offers several candidates or none; warnings and info as warning and note', async () => {
    const {log} = await sarif({
      'source-text/a.txt': 'A fine text.\nthe end.\n',
      'source-text/b.txt': 'The minister spoke on Friday. Which ministry has not commented yet.\n\nThe spokesman refused to comment on the\n',
      'source-text/sub/.posteditrc': '{"rules": {"lowercase-sentence-start": "info"}}',
      'source-text/sub/c.txt': 'A fine text.\nthe end.\n'
    })
    validate(log)
    expect(
      log.runs[0]!.results.map((result) => [
        result.locations[0]!.physicalLocation.artifactLocation.uri,
        result.ruleId,
        result.level,
        result.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent.text ?? null
      ])
    ).toEqual([
      ['source-text/a.txt', 'lowercase-sentence-start', 'warning', 'The'],
      ['source-text/b.txt', 'which-calque', 'warning', null],
      ['source-text/b.txt', 'unterminated-paragraph', 'warning', null],
      ['source-text/sub/c.txt', 'lowercase-sentence-start', 'note', 'The']
    ])
  })

  it('a stale correction and an outdated cleaned file are results under postedit rule ids, placed in their files', async () => {
    const {code, log} = await sarif({
      'source-text/a.txt': stray,
      'corrections/a.yml':
        'document: source-text/a.txt\ncorrections:\n  - id: stop\n    exact: "kilometers. from"\n    replacement: kilometers from\n    status: approved\n    reviewer: desk\n    reviewed: 2026-11-20\n  - id: gone\n    exact: Sergei Shoigu\n    replacement: Lavrov\n    status: approved\n    reviewer: desk\n    reviewed: 2026-11-20\n',
      'cleaned/a.txt': stray
    })
    expect(code).toBe(1)
    validate(log)
    expect(log.runs[0]!.results.map((result) => [result.ruleId, result.level, result.locations[0]!.physicalLocation, result.properties])).toEqual([
      [
        'postedit/stale-correction',
        'error',
        {
          artifactLocation: {uri: 'corrections/a.yml', uriBaseId: '%SRCROOT%'},
          region: {startLine: 10, startColumn: 12, endLine: 10, endColumn: 25, charOffset: 206, charLength: 13}
        },
        {kind: 'stale', correctionId: 'gone'}
      ]
    ])
    const outdated = await sarif({
      'source-text/a.txt': stray,
      'corrections/a.yml':
        'document: source-text/a.txt\ncorrections:\n  - id: stop\n    exact: "kilometers. from"\n    replacement: kilometers from\n    status: approved\n    reviewer: desk\n    reviewed: 2026-11-20\n',
      'cleaned/a.txt': stray
    })
    expect(outdated.log.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation])).toEqual([
      [
        'postedit/cleaned-outdated',
        {
          artifactLocation: {uri: 'cleaned/a.txt', uriBaseId: '%SRCROOT%'},
          region: {startLine: 1, startColumn: 32, endLine: 1, endColumn: 32, charOffset: 31, charLength: 0}
        }
      ]
    ])
  })
})
