import {describe, expect, it} from 'vitest'
import {supersede} from '../../src/corrections/supersede.js'
import type {Correction} from '../../src/corrections/types.js'

const source = 'A cat sat. A cat ran.'

const entry = (fields: Partial<Correction>): Correction => ({id: 'x', exact: 'cat', replacement: 'dog', status: 'proposed', ...fields})

describe('supersede', () => {
  it('the same edit quoted with other context is already present', () => {
    const existing = [entry({id: 'cat-sat', suffix: ' sat', status: 'approved', reviewer: 'desk', reviewed: '2026-12-01'})]
    const recorded = [entry({id: 'rec-1-cat', prefix: 'A ', suffix: ' sat.', start: 2})]
    expect(supersede(source, existing, recorded)).toEqual({fresh: [], present: recorded, updated: []})
  })

  it('an overlapping edit updates the entry: anchor fields replaced, a decision undone', () => {
    const existing = [entry({id: 'cat-sat', suffix: ' sat', status: 'rejected', reviewer: 'desk', reviewed: '2026-12-01', rule: 'r'})]
    const recorded = [entry({id: 'rec-1-cat-sat', exact: 'cat sat', replacement: 'dog slept', start: 2, note: 'recorded'}), entry({id: 'rec-1-ran', exact: 'ran', start: 17})]
    expect(supersede(source, existing, recorded)).toEqual({
      fresh: [recorded[1]],
      present: [],
      updated: [
        {
          previous: existing[0],
          recorded: recorded[0],
          edit: {index: 0, set: {exact: 'cat sat', start: 2, replacement: 'dog slept', note: 'recorded', status: 'proposed'}, remove: ['suffix', 'reviewer', 'reviewed']}
        }
      ]
    })
  })
})
