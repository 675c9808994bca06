import type { Writable } from 'node:stream';

const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL', 'TEAMCITY_VERSION'];

/** True when an environment variable says we run under CI (where a redrawn line only clutters the log). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  return ciVariables.some((k) => {
    const v = env[k];
    return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  });
}

/** The progress line is for a person at a terminal: stderr a TTY, records not on that terminal, not CI, not --quiet, not a dumb terminal. */
export function progressEnabled(stderr: { isTTY?: boolean }, env: NodeJS.ProcessEnv, quiet: boolean, recordsOnTerminal = false): boolean {
  // records written to the same terminal would be glued to the line: a person watching them needs no progress line
  return stderr.isTTY === true && !quiet && !recordsOnTerminal && !isCi(env) && env.TERM !== 'dumb';
}

const clearLine = '\r\x1b[K';

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Seconds as "12s" or "3m05s". */
function formatElapsed(ms: number): string {
  return formatEta(ms / 1000);
}

/**
 * One line redrawn in place on stderr: done/total, files/s, MB/s, elapsed time, ETA and failures, cut to the
 * terminal's width (the least useful parts go first), so it never wraps. At most 10 draws a second.
 */
export class Progress {
  private lastDraw = -Infinity;
  private shown = false;
  private done = 0;
  private bytes = 0;
  private failed = 0;

  constructor(
    private readonly stream: Writable & { columns?: number },
    /** null while the files are still being counted (the line then shows no percentage and no ETA). */
    private total: number | null,
    private readonly now: () => number = () => performance.now(),
    private readonly start = now(),
  ) {}

  /** The total, once counted. */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Counts finished files (and how many of them failed); draws when 100 ms have passed since the last draw. */
  add(files: number, bytes: number, failed = 0): void {
    this.done += files;
    this.bytes += bytes;
    this.failed += failed;
    const t = this.now();
    if (t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.stream.write(clearLine + this.line(t));
    this.shown = true;
  }

  /** The parts of the line at time `t` (ms), most important first. */
  private parts(t: number): string[] {
    const secs = Math.max((t - this.start) / 1000, 1e-3);
    const rate = this.done / secs;
    const failed = this.failed > 0 ? [`${this.failed} failed`] : [];
    const elapsed = `${formatElapsed(t - this.start)} elapsed`;
    const speed = [`${Math.round(rate)} files/s`, `${(this.bytes / 1e6 / secs).toFixed(1)} MB/s`];
    if (this.total === null) return [`${this.done} files (counting…)`, ...failed, elapsed, ...speed];
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const pct = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    return [`${this.done}/${this.total} files (${pct}%)`, ...failed, `ETA ${formatEta(eta)}`, elapsed, ...speed];
  }

  /** The text of the line at time `t` (ms), as many parts as fit in the terminal's width less one column. */
  line(t: number): string {
    const parts = this.parts(t);
    const width = (this.stream.columns ?? 80) - 1;
    let line = parts[0]!;
    for (const part of parts.slice(1)) {
      if (line.length + 3 + part.length > width) break;
      line += ` · ${part}`;
    }
    return line.length > width ? line.slice(0, Math.max(0, width)) : line;
  }

  /** Removes the line (before a message is printed, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(clearLine);
    this.shown = false;
  }
}
