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

  it('a flow mapping is spliced too: its values in place, new fields before its brace, every other byte kept', () => {
    expect(editEntries(text, [{index: 1, set: {status: 'rejected', reviewer: 'Ana, desk', reviewed: '2026-12-01'}}])).toBe(
      text.replace(
        '{id: b, exact: ev, replacement: pos, status: proposed}',
        '{id: b, exact: ev, replacement: pos, status: rejected, reviewer: "Ana, desk", reviewed: 2026-12-01}'
      )
    )
  })

  it('taking a field out of a flow mapping goes through the Document API: comments kept, the values set', () => {
    const flow = text.replace('status: proposed}', 'status: approved, reviewer: old, reviewed: 2026-01-01}')
    const result = editEntries(flow, [{index: 1, set: {status: 'proposed'}, remove: ['reviewer', 'reviewed']}])
    expect(result).toContain('# header comment')
    expect(result).toContain('# between')
    expect(result).toContain('{ id: b, exact: ev, replacement: pos, status: proposed }')
  })

  it('a CRLF file gets CRLF on its new lines', () => {
    const crlf = text.replace(/\n/g, '\r\n')
    expect(editEntries(crlf, [{index: 0, set: {status: 'approved', reviewer: 'Ana', reviewed: '2026-12-01'}}])).toBe(
      crlf.replace('status: proposed   # pending', 'status: approved   # pending\r\n    reviewer: Ana\r\n    reviewed: 2026-12-01')
    )
    expect(editEntries(crlf, [{index: 2, set: {status: 'proposed'}, remove: ['reviewer', 'reviewed']}])).toBe(
      crlf.replace('status: approved\r\n    reviewer: old\r\n    reviewed: 2026-01-01\r\n', 'status: proposed\r\n')
    )
    // Through the Document API too: no line of it is left with LF alone.
    const flow = crlf.replace('status: proposed}', 'status: approved, reviewer: old}')
    const result = editEntries(flow, [{index: 1, set: {status: 'proposed'}, remove: ['reviewer']}])
    expect(result).toContain('{ id: b, exact: ev, replacement: pos, status: proposed }\r\n')
    expect(result).not.toMatch(/(^|[^\r])\n/)
  })

  it('nothing to change: the text as it was', () => {
    expect(editEntries(text, [])).toBe(text)
  })
})
