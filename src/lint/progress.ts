/**
 * The progress line of a long lint run (`postedit: linting 120/1,000 files`), redrawn in place
 * on a terminal's stderr and erased at the end. Only on a terminal, and only once the run is
 * long (more than 50 files, or past a second): a short run or a log file gets no noise.
 */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

export class Progress {
  private readonly started: number
  private shown = false
  private lastDraw = 0

  constructor(
    private readonly stream: ProgressStream | undefined,
    private readonly total: number,
    private readonly now: () => number = Date.now
  ) {
    this.started = now()
  }

  private get active(): boolean {
    return this.stream?.isTTY === true
  }

  /** `done` files of the total are linted. */
  update(done: number): void {
    if (!this.active) return
    const time = this.now()
    if (!this.shown && this.total <= 50 && time - this.started <= 1000) return
    // A redraw per file would cost more than the files on a fast run: ten a second at most.
    if (this.shown && time - this.lastDraw < 100 && done < this.total) return
    this.lastDraw = time
    this.shown = true
    this.stream!.write(`\r\x1b[2Kpostedit: linting ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} files`)
  }

  /** Erases the line, so the report starts on a clean one. */
  end(): void {
    if (this.shown) this.stream!.write('\r\x1b[2K')
    this.shown = false
  }
}
