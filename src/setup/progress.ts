import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";

import cliProgress from "cli-progress";

/**
 * Progress of one long step (units are step-specific, e.g. weighted curve points).
 * Implementations must tolerate `update` after `stop` (ignored).
 */
export interface ProgressReporter {
  start(label: string, total: number): void;
  /**
   * Optional: the running step entered a new stage (e.g. snarkjs `zkey new` going from
   * "processing constraints" to "writing points C") with its own label and total; progress
   * and its estimate restart at 0.
   */
  stage?(label: string, total: number): void;
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
 * A cli-progress bar with an estimate of the time left on stderr when it is a TTY (one bar per
 * stage, cleared when the stage ends); otherwise (CI logs) plain lines: at most one
 * `<label>: 40%, about 12 s left` every `lineEverySeconds` (default 10), and
 * `<label>: done in 3.2 s`. The done line is logged in both modes; the caller announces the
 * step itself.
 * @param opts.tty force bar (true) or line (false) mode; default `process.stderr.isTTY`.
 */
export function terminalProgress(
  logger: SetupLogger,
  opts: { tty?: boolean; lineEverySeconds?: number } = {},
): ProgressReporter {
  const tty = opts.tty ?? process.stderr.isTTY === true;
  const every = (opts.lineEverySeconds ?? 10) * 1000;
  let bar: cliProgress.SingleBar | undefined;
  let running = false;
  let stepLabel = "";
  let label = "";
  let total = 0;
  let stepStarted = 0;
  let stageStarted = 0;
  let lastLine = 0;
  const newBar = () => {
    bar = new cliProgress.SingleBar(
      {
        format: "[setup] {label} [{bar}] {percentage}% | ETA {eta_formatted}",
        stream: process.stderr,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0, { label });
  };
  const beginStage = (l: string, t: number) => {
    label = l;
    total = t;
    stageStarted = performance.now();
    lastLine = stageStarted;
    if (tty) {
      bar?.stop();
      newBar();
    }
  };
  return {
    start(l, t) {
      bar?.stop();
      running = true;
      stepLabel = l;
      stepStarted = performance.now();
      beginStage(l, t);
    },
    stage(l, t) {
      if (running) beginStage(l, t);
    },
    update(done) {
      if (!running) return;
      if (bar) bar.update(done);
      else if (total > 0 && done > 0 && done < total) {
        const now = performance.now();
        if (now - lastLine < every) return;
        lastLine = now;
        const left = ((now - stageStarted) / 1000) * ((total - done) / done);
        logger.info(
          `${label}: ${Math.floor((done / total) * 100)}%, about ${Math.ceil(left)} s left`,
        );
      }
    },
    stop() {
      if (!running) return;
      running = false;
      bar?.stop();
      bar = undefined;
      logger.info(
        `${stepLabel}: done in ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`,
      );
    },
  };
}

/** `done/total` in a snarkjs debug message, e.g. "processing constraints: 120000/256000". */
const SNARKJS_PROGRESS = /^(.*?):? (\d+)\/(\d+)$/;

/**
 * The logger handed to snarkjs during a setup step: every message goes to `file` (the
 * circuit's setup.log), none to the terminal except errors (to `terminal.error`): snarkjs'
 * "Circuit hash" / "Contribution Hash" hex dumps and per-chunk messages stay out of the
 * user's way. Its `done/total` debug messages drive `progress` as stages of the step (the
 * "Writing points start" half of each pair is skipped: the "end" messages measure completion).
 */
export function snarkjsStepLogger(
  file: SetupLogger,
  terminal: SetupLogger,
  progress: ProgressReporter | undefined,
  stepLabel: string,
): SetupLogger {
  let stage = "";
  return {
    info: (m) => file.info(m),
    warn: (m) => file.warn(m),
    error: (m) => {
      file.error(m);
      terminal.error(m);
    },
    debug: (m) => {
      file.debug(m);
      const p = SNARKJS_PROGRESS.exec(m.trim());
      if (!p || !progress || /^Writing points start/.test(p[1])) return;
      const name = p[1].replace(/^Writing points end/, "writing points").replace(/:$/, "");
      const total = Number(p[3]);
      if (name !== stage) {
        stage = name;
        progress.stage?.(`${stepLabel}: ${name}`, total);
      }
      progress.update(Number(p[2]));
    },
  };
}

/**
 * A logger appending timestamped lines to `logPath` (created with its directory on the first
 * line). Used for build/<circuit>/setup.log.
 */
export function fileLogger(logPath: string): SetupLogger {
  let ready = false;
  const write = (level: string, m: string) => {
    if (!ready) {
      mkdirSync(path.dirname(logPath), { recursive: true });
      ready = true;
    }
    appendFileSync(logPath, `${new Date().toISOString()} ${level} ${m}\n`);
  };
  return {
    info: (m) => write("info", m),
    warn: (m) => write("warn", m),
    debug: (m) => write("debug", m),
    error: (m) => write("error", m),
  };
}

/** A logger sending every line to both `a` and `b`. */
export function teeLogger(a: SetupLogger, b: SetupLogger): SetupLogger {
  return {
    info: (m) => (a.info(m), b.info(m)),
    warn: (m) => (a.warn(m), b.warn(m)),
    debug: (m) => (a.debug(m), b.debug(m)),
    error: (m) => (a.error(m), b.error(m)),
  };
}
