import {serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {compactText} from '../../src/lint/compact-text.js'

/** How V8 stores a string, as its serializer tags it: `"` one byte a character, `c` two. */
const storage = (text: string) => {
  const tag = String.fromCharCode(serialize(text)[2]!)
  return tag === '"' ? 'one byte' : tag === 'c' ? 'two bytes' : `tag ${tag}`
}

describe('compactText', () => {
  const whole = 'He said “no”.\n\nThe café was closed, the minister said.'
  const latin = whole.slice(whole.indexOf('The'))

  it('stores a slice of a wide string one byte a character when it holds Latin-1 alone', () => {
    expect(storage(whole)).toBe('two bytes')
    expect(storage(latin)).toBe('two bytes')
    expect(compactText(latin)).toBe('The café was closed, the minister said.')
    expect(storage(compactText(latin))).toBe('one byte')
  })

  it('leaves a text that needs two bytes as it is', () => {
    expect(compactText(whole)).toBe(whole)
    expect(storage(compactText(whole))).toBe('two bytes')
  })
})
