/**
 * What the engine derives from a tree or a file (its views, its line index) hangs off that
 * object under a symbol, not in a WeakMap keyed by it. V8's young-generation collector keeps a
 * weak table's entries alive, so every tree with an entry survived into the old generation,
 * and half the lint's time went to collecting them; a hidden property dies with its owner in
 * the first collection after the lint.
 */

/** Hangs `value` off `owner` under `key`, out of sight of JSON, spreads and structured clones. */
export function attachHidden(owner: object, key: symbol, value: unknown): void {
  Object.defineProperty(owner, key, {value, enumerable: false, configurable: true, writable: true})
}

/** What `attachHidden` hung off `owner` under `key`, if anything. */
export function hidden<T>(owner: object, key: symbol): T | undefined {
  return (owner as Record<symbol, T | undefined>)[key]
}
