import {describe, expect, it} from 'vitest'
import {MAX_MARKUP_DEPTH, htmlDepthPoint, tooDeep} from '../../src/lint/markup-depth.js'

interface TestNode {
  name: string
  children?: TestNode[]
}

/** A chain of `depth` nodes under a root, each the only child of the one before. */
function chain(depth: number): TestNode {
  const root: TestNode = {name: 'root', children: []}
  let node = root
  for (let level = 1; level <= depth; level++) {
    const child: TestNode = {name: `level ${level}`, children: []}
    node.children!.push(child)
    node = child
  }
  return root
}

describe('tooDeep', () => {
  it('finds the first node past the limit, without recursion (100,000 levels)', () => {
    expect(tooDeep(chain(MAX_MARKUP_DEPTH))).toBeUndefined()
    expect((tooDeep(chain(MAX_MARKUP_DEPTH + 1)) as TestNode | undefined)?.name).toBe(`level ${MAX_MARKUP_DEPTH + 1}`)
    expect((tooDeep(chain(100_000)) as TestNode | undefined)?.name).toBe(`level ${MAX_MARKUP_DEPTH + 1}`)
  })

  it('finds the first in document order when two branches are too deep', () => {
    const root: TestNode = {name: 'root', children: [{name: 'shallow'}, chain(MAX_MARKUP_DEPTH + 5), chain(MAX_MARKUP_DEPTH + 5)]}
    root.children![1]!.name = 'first'
    const found = tooDeep(root) as TestNode | undefined
    // The first chain's node at the limit plus one (its root is level 1 here).
    let node: TestNode | undefined = root.children![1]
    for (let level = 2; level <= MAX_MARKUP_DEPTH + 1; level++) node = node?.children?.[0]
    expect(found).toBe(node)
  })
})

describe('htmlDepthPoint', () => {
  it('places the first open tag past the limit, void and self-closed tags not counted', () => {
    const text = '<br><img src="a">\n<x/>' + '<div>'.repeat(MAX_MARKUP_DEPTH) + '<span>'
    expect(htmlDepthPoint(text)).toEqual({line: 2, column: 5 + 5 * MAX_MARKUP_DEPTH, offset: text.length - 6})
    expect(htmlDepthPoint('<div>'.repeat(MAX_MARKUP_DEPTH) + '</div><p>')).toBeUndefined()
  })
})
