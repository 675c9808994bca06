import type { Writable } from 'node:stream';

const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL', 'TEAMCITY_VERSION'];

/** True when an environment variable says we run under CI (where a redrawn line only clutters the log). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  return ciVariables.some((k) => {
    const v = env[k];
    return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
  });
}

/** The progress line is for a person at a terminal: stderr a TTY, not CI, not --quiet, not a dumb terminal. */
export function progressEnabled(stderr: { isTTY?: boolean }, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return stderr.isTTY === true && !quiet && !isCi(env) && env.TERM !== 'dumb';
}

const clearLine = '\r\x1b[K';

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** One line redrawn in place on stderr: done/total, files/s, MB/s, ETA. At most 10 draws a second. */
export class Progress {
  private lastDraw = -Infinity;
  private shown = false;
  private done = 0;
  private bytes = 0;

  constructor(
    private readonly stream: Writable,
    /** null while the files are still being counted (the line then shows no percentage and no ETA). */
    private total: number | null,
    private readonly now: () => number = () => performance.now(),
    private readonly start = now(),
  ) {}

  /** The total, once counted. */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Counts finished files; draws when 100 ms have passed since the last draw. */
  add(files: number, bytes: number): void {
    this.done += files;
    this.bytes += bytes;
    const t = this.now();
    if (t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.stream.write(clearLine + this.line(t));
    this.shown = true;
  }

  /** The text of the line at time `t` (ms). */
  line(t: number): string {
    const secs = Math.max((t - this.start) / 1000, 1e-3);
    const rate = this.done / secs;
    const speed = `${Math.round(rate)} files/s · ${(this.bytes / 1e6 / secs).toFixed(1)} MB/s`;
    if (this.total === null) return `${this.done} files (counting…) · ${speed}`;
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const pct = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    return `${this.done}/${this.total} files (${pct}%) · ${speed} · ETA ${formatEta(eta)}`;
  }

  /** Removes the line (before a message is printed, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(clearLine);
    this.shown = false;
  }
}
