// A one-line progress indicator on standard error, for people watching a long run in a
// terminal: it appears only when stderr is a terminal and the run has taken more than a
// second, redraws at most ten times a second, and is erased when the run ends. Logs and
// pipes never see it.

export const PROGRESS_DELAY_MS = 1000

/** The delay, which PITCHLINT_PROGRESS_DELAY_MS can change (0: from the first file). */
export function progressDelay(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.PITCHLINT_PROGRESS_DELAY_MS)
  return env.PITCHLINT_PROGRESS_DELAY_MS !== undefined && Number.isFinite(value) && value >= 0 ? value : PROGRESS_DELAY_MS
}
const REDRAW_MS = 100

export class Progress {
  private readonly started: number
  private lastDrawn = -Infinity
  private shown = false

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly delay = PROGRESS_DELAY_MS,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now()
  }

  /** Called after each file. */
  update(done: number, total: number, file: string): void {
    if (!this.enabled) return
    const time = this.now()
    if (time - this.started < this.delay || time - this.lastDrawn < REDRAW_MS) return
    this.lastDrawn = time
    this.shown = true
    const width = Math.max(20, (process.stderr.columns || 80) - 1)
    const line = `pitchlint: ${done}/${total} files  ${file}`
    this.write(`\r\u001b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`)
  }

  /** Erases the line, if it was drawn. */
  finish(): void {
    if (this.shown) this.write('\r\u001b[2K')
    this.shown = false
  }
}
