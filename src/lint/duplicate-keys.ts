/**
 * A key written twice in one map of a config. JSON.parse and the YAML loader keep the last one
 * and drop the other without a word: `"rules"` written twice lost every rule setting of the
 * first, and a rule set to "off" then to "error" ran as an error.
 */
import type {Node} from 'yaml'
import {yaml} from '../fs/yaml-on-demand.js'

/** Where a key sits: map keys, and 0-based list indexes. */
export type KeyPath = ReadonlyArray<string | number>

export interface DuplicateKey {
  path: KeyPath
  /** Offsets in the text of the repeated key and of its first occurrence. */
  offset: number
  firstOffset: number
}

/** `rules.term[2].entries[1].preferred`: list positions from 1, as the other config messages count entries. */
export function keyPathText(path: KeyPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part + 1}]` : index === 0 ? part : `.${part}`)).join('')
}

export function duplicateKeyReason(path: KeyPath, first: {line: number; column: number}): string {
  return `duplicate key \`${keyPathText(path)}\` (first at line ${first.line}, column ${first.column}); write it once: only the last one would count`
}

type Frame = {kind: 'object'; keys: Map<string, number>; key: string} | {kind: 'array'; index: number}

/**
 * The keys repeated within one object of a text that JSON.parse has accepted, in text order.
 * A scan, not a parser: the text is known to be valid JSON. Keys compare as JSON.parse reads
 * them (`"a"` and `"\u0061"` are one key).
 */
export function jsonDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const stack: Frame[] = []
  let expectKey = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '"') {
      let end = at + 1
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const top = stack.at(-1)
      if (expectKey && top?.kind === 'object') {
        const raw = text.slice(at, end + 1)
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
        const first = top.keys.get(key)
        if (first === undefined) top.keys.set(key, at)
        else found.push({path: [...pathOf(stack.slice(0, -1)), key], offset: at, firstOffset: first})
        top.key = key
        expectKey = false
      }
      at = end
    } else if (char === '{') {
      stack.push({kind: 'object', keys: new Map(), key: ''})
      expectKey = true
    } else if (char === '[') {
      stack.push({kind: 'array', index: 0})
    } else if (char === '}' || char === ']') {
      stack.pop()
    } else if (char === ',') {
      const top = stack.at(-1)
      if (top?.kind === 'object') expectKey = true
      else if (top) top.index++
    }
  }
  return found
}

function pathOf(frames: readonly Frame[]): Array<string | number> {
  return frames.map((frame) => (frame.kind === 'object' ? frame.key : frame.index))
}

/**
 * The repeated key the YAML parser found at `offset` (its DUPLICATE_KEY error), with its path
 * and its first occurrence; undefined when it is not a plain key (a map or list as a key).
 * Walked with a stack of its own: a config may nest deep enough to exhaust a recursive walk.
 */
export function yamlDuplicateKey(root: Node | null, offset: number): DuplicateKey | undefined {
  const {isMap, isScalar, isSeq} = yaml()
  const pending: Array<{node: unknown; path: KeyPath}> = [{node: root, path: []}]
  while (pending.length > 0) {
    const {node, path} = pending.pop()!
    if (isSeq(node)) {
      node.items.forEach((item, index) => pending.push({node: item, path: [...path, index]}))
      continue
    }
    if (!isMap(node)) continue
    const seen = new Map<unknown, number>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key : undefined
      const start = key?.range?.[0]
      if (key && start !== undefined) {
        const first = seen.get(key.value)
        if (start === offset && first !== undefined) return {path: [...path, String(key.value)], offset, firstOffset: first}
        if (first === undefined) seen.set(key.value, start)
      }
      pending.push({node: pair.value, path: [...path, key ? String(key.value) : '?']})
    }
  }
  return undefined
}
