import {describe, expect, it} from 'vitest'
import {editEntries} from '../../src/corrections/edit-entries.js'

const text = `# header comment
document: source-text/a.txt
corrections:
  - id: a   # first
    exact: "in in"
    replacement: in
    status: proposed   # pending
  # between
  - {id: b, exact: ev, replacement: pos, status: proposed}
  - id: c
    exact: x
    replacement: y
    status: approved
    reviewer: old
    reviewed: 2026-01-01
`

describe('editEntries', () => {
  it('splices changed values in place and adds fields under the entry, every other byte kept', () => {
    expect(editEntries(text, [{index: 0, set: {status: 'approved', reviewer: 'Ana: desk', reviewed: '2026-12-01'}}])).toBe(
      text.replace('status: proposed   # pending', 'status: approved   # pending\n    reviewer: "Ana: desk"\n    reviewed: 2026-12-01')
    )
  })

  it('removes fields, line and all', () => {
    expect(editEntries(text, [{index: 2, set: {status: 'proposed'}, remove: ['reviewer', 'reviewed']}])).toBe(
      text.replace('status: approved\n    reviewer: old\n    reviewed: 2026-01-01\n', 'status: proposed\n')
    )
  })

  it('a flow mapping goes through the Document API: comments kept, the values set', () => {
    const result = editEntries(text, [{index: 1, set: {status: 'rejected', reviewer: 'Ana', reviewed: '2026-12-01'}}])
    expect(result).toContain('# header comment')
    expect(result).toContain('# between')
    expect(result).toContain('{ id: b, exact: ev, replacement: pos, status: rejected, reviewer: Ana, reviewed: 2026-12-01 }')
  })

  it('nothing to change: the text as it was', () => {
    expect(editEntries(text, [])).toBe(text)
  })
})
