/**
 * A progress bar on stderr for long batches. It draws only when stderr is a TTY and the
 * command is not in `--json` mode, so pipes, CI logs and JSON consumers never see it.
 *
 * ```ts
 * const progress = createProgress({ total: files.length, label: "converting", json: opts.json });
 * for (const f of files) { ...; progress.tick(f); }
 * progress.done();
 * ```
 */
export interface Progress {
  /** Advances by `n` (default 1); `item` is shown after the bar (e.g. the current file). */
  tick(item?: string, n?: number): void;
  /** Erases the bar; call before printing the summary. Safe to call twice. */
  done(): void;
  /** Whether the bar is drawn at all. */
  readonly active: boolean;
}

export interface ProgressOptions {
  total: number;
  label?: string;
  /** `--json` mode: never draw. */
  json?: boolean;
  /** Where to draw; defaults to `process.stderr`. */
  stream?: { isTTY?: boolean; columns?: number; write(s: string): unknown };
  /** Smallest batch worth a bar (default 20 items): short runs stay quiet. */
  minTotal?: number;
  /** Minimum time between redraws in ms (default 80). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

const NOOP: Progress = { tick() {}, done() {}, active: false };

/** Creates a progress bar, or a no-op one when stderr is not a TTY, in `--json` mode, or for short batches. */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.json || stream.isTTY !== true || options.total < (options.minTotal ?? 20)) return NOOP;
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 80;
  const label = options.label ?? "";
  let count = 0;
  let last = -Infinity;
  let finished = false;

  function draw(item: string | undefined): void {
    const columns = stream.columns ?? 80;
    const ratio = options.total > 0 ? Math.min(1, count / options.total) : 1;
    const barWidth = Math.max(10, Math.min(30, columns - 40));
    const filled = Math.round(ratio * barWidth);
    const head = `${label ? label + " " : ""}[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${count}/${options.total}`;
    const room = columns - head.length - 2;
    // Only printable ASCII from file names reaches the terminal.
    const tail = item && room > 5 ? " " + ellipsize(item.replace(/[^\x20-\x7e]/g, "?"), room) : "";
    stream.write(`\r${head}${tail}\u001b[K`);
  }

  return {
    active: true,
    tick(item, n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      if (t - last >= interval || count >= options.total) {
        last = t;
        draw(item);
      }
    },
    done() {
      if (finished) return;
      finished = true;
      stream.write("\r\u001b[K");
    },
  };
}

function ellipsize(s: string, max: number): string {
  return s.length <= max ? s : "…" + s.slice(s.length - max + 1);
}
