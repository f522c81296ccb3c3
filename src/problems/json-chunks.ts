/**
 * `JSON.stringify(value, null, 2)`, in pieces. A report is written as it is made rather than
 * built as one string: a text of a million findings made a JSON report of 800 MB, past the
 * longest string V8 can hold (about 512 M characters), and lint stopped with "Invalid string
 * length". Shared by the reporters (report/) and the CI gate (check/), which must not import
 * each other.
 */

/** A list written item by item as it is iterated, so that its items need not all exist at once. */
export class JsonList {
  constructor(readonly items: Iterable<unknown>) {}
}

const INDENT = '  '

/**
 * The text of `JSON.stringify(value, null, 2)`, byte for byte, as a sequence of pieces: lists
 * and objects down to `levels` levels are written member by member, anything deeper by one
 * JSON.stringify call (so pieces stay small as long as what lies below `levels` is small). A
 * {@link JsonList} is written as an array. `toJSON` is honoured as JSON.stringify does it (but
 * for the result of a toJSON having a toJSON of its own, which is called too).
 */
export function* jsonChunks(value: unknown, levels: number): Generator<string> {
  const written = writing(value, '', levels, '')
  if (typeof written === 'string') yield written
  else if (written) yield* container(written.container, levels, '')
}

type Writing = string | undefined | {container: object}

/**
 * How `value`, the member `key` of its container, is written at `indent`: its whole text, a
 * container to write member by member, or undefined for a value JSON cannot hold (undefined, a
 * function), which an object leaves out and a list writes as null.
 */
function writing(value: unknown, key: string, levels: number, indent: string): Writing {
  const resolved = typeof (value as {toJSON?: unknown} | null)?.toJSON === 'function' ? (value as {toJSON(key: string): unknown}).toJSON(key) : value
  if (levels > 0 && isContainer(resolved)) return {container: resolved as object}
  const text = JSON.stringify(resolved, null, 2) as string | undefined
  return text?.replaceAll('\n', `\n${indent}`)
}

function* container(value: object, levels: number, indent: string): Generator<string> {
  const inner = indent + INDENT
  if (Array.isArray(value) || value instanceof JsonList) {
    let index = 0
    for (const item of Array.isArray(value) ? (value as unknown[]) : value.items) {
      const written = writing(item, String(index), levels - 1, inner)
      const head = `${index === 0 ? '[' : ','}\n${inner}`
      if (typeof written === 'object') {
        yield head
        yield* container(written.container, levels - 1, inner)
      } else {
        yield head + (written ?? 'null')
      }
      index++
    }
    yield index === 0 ? '[]' : `\n${indent}]`
    return
  }
  let count = 0
  for (const [name, item] of Object.entries(value)) {
    const written = writing(item, name, levels - 1, inner)
    if (written === undefined) continue
    const head = `${count === 0 ? '{' : ','}\n${inner}${JSON.stringify(name)}: `
    if (typeof written === 'object') {
      yield head
      yield* container(written.container, levels - 1, inner)
    } else {
      yield head + written
    }
    count++
  }
  yield count === 0 ? '{}' : `\n${indent}}`
}

/** An array, list or plain object: what is written member by member. Boxed primitives are not. */
function isContainer(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  return !(value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt)
}
