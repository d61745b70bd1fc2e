import cliProgress from "cli-progress";

/**
 * Progress of one long step (units are step-specific, e.g. weighted curve points).
 * Implementations must tolerate `update` after `stop` (ignored).
 */
export interface ProgressReporter {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

/**
 * Line-oriented log used by the setup library. `info` lines are the user-facing narrative
 * (every step that can take more than a few seconds announces itself); `debug` carries
 * snarkjs' chatty per-chunk messages.
 */
export interface SetupLogger {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
  error(msg: string): void;
}

/** A logger that drops everything (tests). */
export const silentLogger: SetupLogger = {
  info() {},
  warn() {},
  debug() {},
  error() {},
};

/**
 * A logger printing `[setup] ...` lines to stderr. `debug` lines (snarkjs' per-chunk progress
 * such as "processing constraints: 120000/256000") are all printed when `verbose`, otherwise
 * at most one every `debugEverySeconds`, so long snarkjs steps still show progress.
 */
export function consoleLogger(verbose = false, debugEverySeconds = 5): SetupLogger {
  let lastDebug = 0;
  return {
    info: (m) => console.error(`[setup] ${m}`),
    warn: (m) => console.error(`[setup] WARNING: ${m}`),
    debug: (m) => {
      const now = performance.now();
      if (verbose || now - lastDebug >= debugEverySeconds * 1000) {
        lastDebug = now;
        console.error(`[setup]   ${m}`);
      }
    },
    error: (m) => console.error(`[setup] ERROR: ${m}`),
  };
}

/**
 * A cli-progress bar on stderr when it is a TTY; otherwise a log line every 10 %, so CI logs
 * show progress without carriage-return noise.
 */
export function terminalProgress(logger: SetupLogger): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let total = 0;
  let label = "";
  let lastDecile = -1;
  let started = 0;
  return {
    start(l, t) {
      label = l;
      total = t;
      lastDecile = -1;
      started = performance.now();
      if (process.stderr.isTTY) {
        bar = new cliProgress.SingleBar(
          { format: `[setup] ${l} [{bar}] {percentage}% | ETA {eta}s`, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        );
        bar.start(t, 0);
      } else {
        logger.info(`${l}: started`);
      }
    },
    update(done) {
      if (bar) bar.update(done);
      else if (total > 0) {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile && decile < 10) {
          lastDecile = decile;
          logger.info(`${label}: ${decile * 10}%`);
        }
      }
    },
    stop() {
      if (bar) {
        bar.stop();
        bar = undefined;
      }
      logger.info(`${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
