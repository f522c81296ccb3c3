import {describe, expect, it} from 'vitest'
import {CorrectionsError} from '../../src/corrections/errors.js'
import {loadCorrectionsFile, parseCorrections} from '../../src/corrections/load.js'
import {scratchDir} from '../helpers.js'
import {allEntries, correctionsYaml, entries} from './fixtures.js'

function problems(text: string): string[] {
  try {
    parseCorrections(text, 'corrections/x.yml')
  } catch (error) {
    if (error instanceof CorrectionsError) return error.problems
    throw error
  }
  return []
}

describe('loadCorrectionsFile', () => {
  it('returns the data, the YAML document (comments kept) and the resolved source', async () => {
    const cwd = scratchDir({'corrections/article.yml': '# reviewed by the desk\n' + allEntries})
    const loaded = await loadCorrectionsFile('corrections/article.yml', cwd)
    expect(loaded.displayPath).toBe('corrections/article.yml')
    expect(loaded.sourcePath).toBe(`${cwd}/source-text/article.txt`)
    expect(loaded.data.published).toBe('2023-01-20')
    expect(loaded.data.corrections.map((entry) => [entry.id, entry.status])).toEqual([
      ['combat-combat', 'approved'],
      ['lavrov-office', 'approved'],
      ['indeed', 'proposed'],
      ['roofs-title', 'rejected']
    ])
    expect(loaded.data.corrections[1]).toEqual({
      id: 'lavrov-office',
      exact: 'Minister of Defense of Russia',
      prefix: 'latest statements, ',
      replacement: "Russia's foreign minister",
      status: 'approved',
      reviewer: 'copy desk',
      reviewed: '2026-11-20',
      category: 'Accuracy/Mistranslation',
      severity: 'major',
      note: 'Lavrov has been foreign minister since 2004.'
    })
    expect(loaded.document.toString()).toMatch(/^# reviewed by the desk\n/)
  })

  it('reads dates as text whether YAML 1.2 (strings) or YAML 1.1 (timestamps) parsed them', () => {
    const yaml12 = parseCorrections(allEntries, 'x.yml').data
    const yaml11 = parseCorrections('%YAML 1.1\n---\n' + allEntries, 'x.yml').data
    expect(yaml11).toEqual(yaml12)
    expect(yaml11.corrections[0]?.reviewed).toBe('2026-11-20')
    expect(yaml11.published).toBe('2023-01-20')
  })

  it('names a file it cannot read', async () => {
    const cwd = scratchDir({})
    await expect(loadCorrectionsFile('corrections/none.yml', cwd)).rejects.toThrow(
      'corrections/none.yml: no such file; check the path'
    )
  })
})

describe('validation messages: file:line:column, entry, field, fix', () => {
  it('a decision needs a reviewer and a date', () => {
    const text = correctionsYaml(entries.combat.replace('    reviewer: copy desk\n', '').replace('    reviewed: 2026-11-20\n', ''))
    // Both fields missing: one line for the entry, naming the command that sets both.
    expect(problems(text)).toEqual([
      'corrections/x.yml:4:5: entry `combat-combat`: `reviewer` and `reviewed` are required when status is approved; run `postedit review approve combat-combat` to set both, or add who reviewed it and the date (YYYY-MM-DD)'
    ])
    const rejectedBare = correctionsYaml(entries.roofs.replace('    reviewer: copy desk\n', '').replace('    reviewed: 2026-11-21\n', ''))
    expect(problems(rejectedBare)).toEqual([
      'corrections/x.yml:4:5: entry `roofs-title`: `reviewer` and `reviewed` are required when status is rejected; run `postedit review reject roofs-title` to set both, or add who reviewed it and the date (YYYY-MM-DD)'
    ])
    const rejected = correctionsYaml(entries.roofs.replace('    reviewer: copy desk\n', ''))
    expect(problems(rejected)).toEqual([
      'corrections/x.yml:4:5: entry `roofs-title`: `reviewer` is required when status is rejected; add who reviewed it'
    ])
    // A proposed entry has not been reviewed yet.
    expect(problems(correctionsYaml(entries.indeed))).toEqual([])
  })

  it('required fields, empty exact, wrong types, enums, dates and unknown fields', () => {
    const text = `document: source-text/article.txt
corrections:
  - id: first
    exact: ""
    replacement: 2015
    status: done
    severity: huge
    reviwer: me
    colour: red
  - exact: combat
    replacement: fight
    status: approved
    reviewer: desk
    reviewed: 20/11/2026
  - id: third
    status: proposed
    exact: x
    start: -3
`
    expect(problems(text)).toEqual([
      'corrections/x.yml:4:12: entry `first`: `exact` must not be empty; give the text to replace, exactly as the source has it',
      'corrections/x.yml:5:18: entry `first`: `replacement` must be text, not the number `2015`; quote it, as in `replacement: "2015"`',
      'corrections/x.yml:6:13: entry `first`: `status` must be proposed, approved or rejected, not `done`; write one of those',
      'corrections/x.yml:7:15: entry `first`: `severity` must be minor, major or critical, not `huge`; write one of those',
      'corrections/x.yml:8:5: entry `first`: unknown field `reviwer`; did you mean `reviewer`?',
      'corrections/x.yml:9:5: entry `first`: unknown field `colour`; remove it (known fields: id, exact, prefix, suffix, replacement, status, reviewer, reviewed, note, rule, category, severity, start)',
      'corrections/x.yml:10:5: entry 2: `id` is required; add a unique id, such as `id: lavrov-office`',
      'corrections/x.yml:14:15: entry 2: `reviewed` must be a date as YYYY-MM-DD, not `20/11/2026`; write it as `reviewed: 2026-11-20`',
      'corrections/x.yml:15:5: entry `third`: `replacement` is required; add what the text becomes (`replacement: ""` deletes it)',
      'corrections/x.yml:18:12: entry `third`: `start` must be 0 or more, not the number `-3`; fix it or remove it'
    ])
  })

  it('suggests the status a typo meant', () => {
    const text = 'document: source-text/a.txt\ncorrections:\n  - id: one\n    exact: x\n    replacement: y\n    status: aproved\n'
    expect(problems(text)).toEqual([
      'corrections/x.yml:6:13: entry `one`: `status` must be proposed, approved or rejected, not `aproved`; did you mean `approved`?'
    ])
  })

  it('a date must exist on the calendar', () => {
    expect(problems(correctionsYaml(entries.combat.replace('2026-11-20', '2026-02-30')))).toEqual([
      'corrections/x.yml:9:15: entry `combat-combat`: `reviewed` must be a date as YYYY-MM-DD, not `2026-02-30`; write it as `reviewed: 2026-11-20`'
    ])
  })

  it('ids are unique in a file, naming both lines', () => {
    expect(problems(correctionsYaml(entries.combat, entries.indeed.replace('id: indeed', 'id: combat-combat')))).toEqual([
      'corrections/x.yml:11:9: entry `combat-combat`: duplicate id, also used at line 4; give each entry its own id'
    ])
  })

  it('a quote or replacement holding half a character is refused: it would split an emoji', () => {
    const text = 'document: source-text/a.txt\ncorrections:\n  - id: half\n    exact: "\\uD83D"\n    suffix: "\\uDE00 now"\n    replacement: "\\U0001F600"\n    status: proposed\n'
    const fix = 'write the whole character, or its escape such as "\\U0001F600" in double quotes'
    expect(problems(text)).toEqual([
      `corrections/x.yml:4:12: entry \`half\`: \`exact\` holds half of a character (the lone UTF-16 surrogate U+D83D); ${fix}`,
      `corrections/x.yml:5:13: entry \`half\`: \`suffix\` holds half of a character (the lone UTF-16 surrogate U+DE00); ${fix}`
    ])
  })

  it('the file itself: missing fields, wrong shapes, unknown top-level fields', () => {
    expect(problems('corrections: []\n')).toEqual([
      'corrections/x.yml:1:1: `document` is required; add the path of the source it corrects, such as `document: source-text/article.txt`'
    ])
    expect(problems('document: a.txt\ncorrections: yes\nauthor: me\n')).toEqual([
      'corrections/x.yml:2:14: `corrections` must be a list of entries, not `yes`; start each entry with `- id: …`',
      'corrections/x.yml:3:1: unknown field `author`; remove it (known fields: document, published, corrections)'
    ])
    expect(problems('')).toEqual([
      'corrections/x.yml:1:1: expected a mapping with `document` and `corrections`, not null; start the file with `document: source-text/<name>.txt`'
    ])
    expect(problems('document: a.txt\ncorrections:\n  - just text\n')).toEqual([
      'corrections/x.yml:3:5: entry 1: expected a mapping of fields such as `id: …` and `exact: …`, not `just text`; indent the entry\'s fields under its `-`'
    ])
  })

  it('YAML syntax errors name their line', () => {
    expect(problems('document: a.txt\ncorrections:\n  - id: a\n   exact: b\n')).toEqual([
      'corrections/x.yml:4:1: invalid YAML: Sequence item without - indicator; fix the syntax there'
    ])
    expect(problems('document: a.txt\ndocument: b.txt\ncorrections: []\n')).toEqual([
      'corrections/x.yml:2:1: invalid YAML: Map keys must be unique; fix the syntax there'
    ])
    // A quote never closed is found at the end: placed on the file's last character, not past it.
    expect(problems('document: a.txt\ncorrections:\n  - id: x\n    exact: "in in\n    replacement: in\n')).toEqual([
      'corrections/x.yml:5:19: invalid YAML: Missing closing "quote; fix the syntax there'
    ])
  })
})
