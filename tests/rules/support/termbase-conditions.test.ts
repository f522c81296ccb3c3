import {describe, expect, it} from 'vitest'
import {terms} from '../../../src/rules/data/terms.js'
import {conditionFields, conditionProblem, misspeltCondition} from '../../../src/rules/support/termbase-conditions.js'

describe('conditionProblem', () => {
  it('passes every condition of the built-in termbase', () => {
    const problems = terms.flatMap((entry) =>
      conditionFields.flatMap((field) => (entry[field] ?? []).flatMap((pattern) => {
        const problem = conditionProblem(field, pattern)
        return problem ? [`${entry.preferred} ${field}: ${problem}`] : []
      }))
    )
    expect(problems).toEqual([])
    expect(terms.filter((entry) => conditionFields.some((field) => entry[field])).length).toBeGreaterThan(50)
  })

  it('reads `?` as an optional slot, not as part of an empty alternative', () => {
    expect(conditionProblem('precededBy', 'mayor|city? of')).toBeUndefined()
    expect(conditionProblem('precededBy', 'mayor|? of')).toBe('`mayor|? of` has an empty alternative: write alternatives as `in|at`')
  })
})

describe('misspeltCondition', () => {
  it('takes a name one letter off, or written in other case or dashes, for the condition, and leaves other names alone', () => {
    expect(['x-notprecededby', 'x-not-preceded-by', 'x-precededBY', 'x-folowedBy', 'x-notFollwoedBy', 'notInSentence'].map(misspeltCondition)).toEqual([
      'notPrecededBy', 'notPrecededBy', 'precededBy', 'followedBy', 'notFollowedBy', 'notInSentence'
    ])
    expect(['x-reviewedBy', 'x-followUp', 'administrativeStatus', 'termNote', 'x-notFollowed'].map(misspeltCondition)).toEqual([
      undefined, undefined, undefined, undefined, undefined
    ])
  })
})
