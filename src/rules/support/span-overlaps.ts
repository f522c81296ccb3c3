/**
 * Whether a span overlaps any of a set of spans, asked many times: a rule that keeps its
 * findings clear of another check's spans used to test each finding against each span, the
 * product of their numbers, which a long block of both made minutes. These spans are sorted
 * once, and each question is a binary search.
 */
export interface Span {
  start: number
  end: number
}

export class SpanSet {
  /** Starts in order, and the furthest end of the spans up to each. */
  readonly #starts: number[]
  readonly #reach: number[]

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.#starts = sorted.map((span) => span.start)
    this.#reach = []
    let reach = -Infinity
    for (const span of sorted) this.#reach.push((reach = Math.max(reach, span.end)))
  }

  /** Whether `start`–`end` shares a character with one of the spans. */
  overlaps(start: number, end: number): boolean {
    // The last span that starts before `end`: of it and those before, one reaching past
    // `start` overlaps.
    let low = 0
    let high = this.#starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#starts[middle]! < end) low = middle + 1
      else high = middle
    }
    return low > 0 && this.#reach[low - 1]! > start
  }
}
