/**
 * Progress of a set of segment proofs (local pool or queue): one cli-progress bar per segment on
 * a TTY, plain lines otherwise (CI logs), in the manner of src/setup/progress.ts
 * `terminalProgress`.
 */
import cliProgress from "cli-progress";

import type { SetupLogger } from "../setup/progress.js";
import type { SegmentResult } from "./segments.js";

/** A segment's stage while it is being proved. */
export type SegmentStage = "witness" | "prove";

/** Receives the state changes of the segments of one run. Calls after `stop` are ignored. */
export interface SegmentProgress {
  /** Segment `index` is waiting for a prover again (a retry after a failure or a stalled worker). */
  waiting(index: number, reason: string): void;
  /** Segment `index` entered `stage`, on `prover` when known (`host:pid`). */
  stage(index: number, stage: SegmentStage, prover?: string): void;
  done(index: number, result: SegmentResult): void;
  stop(): void;
}

/** Bar value per state: waiting 0, witness 1, proving 2, done 3. */
const STEPS = { waiting: 0, witness: 1, prove: 2, done: 3 } as const;

/**
 * Progress of `total` segments on stderr. On a TTY: a cli-progress multi-bar, one bar per
 * segment going waiting → witness → proving → done, and a total line. Otherwise: a line per
 * finished or retried segment (`segment 3: done in 2.1 s (witness 0.4 s, prove 1.7 s) by
 * host:123`; segments are numbered from 1, like the circuits `<model>-model-seg<i>of<n>`) and at most one summary every `lineEverySeconds`
 * (default 10): `segments: 3 of 8 done; witness: 4; proving: 5; waiting: 6, 7`.
 * @param opts.tty force bars (true) or lines (false); default `process.stderr.isTTY`.
 */
export function terminalSegmentProgress(
  total: number,
  logger: SetupLogger,
  opts: { tty?: boolean; lineEverySeconds?: number; label?: string } = {},
): SegmentProgress {
  const tty = opts.tty ?? process.stderr.isTTY === true;
  const every = (opts.lineEverySeconds ?? 10) * 1000;
  const label = opts.label ?? "segments";
  const state: (keyof typeof STEPS)[] = Array.from({ length: total }, () => "waiting");
  const started = performance.now();
  let stopped = false;
  let lastLine = performance.now();
  let multi: cliProgress.MultiBar | undefined;
  let bars: cliProgress.SingleBar[] = [];
  if (tty) {
    multi = new cliProgress.MultiBar(
      {
        format: `[prove] segment {segment} [{bar}] {state}`,
        stream: process.stderr,
        clearOnComplete: false,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bars = state.map((_, i) =>
      multi!.create(STEPS.done, 0, { segment: `${i + 1}`, state: "waiting" }),
    );
  }
  const summary = () => {
    const by = (s: keyof typeof STEPS) =>
      state.flatMap((x, i) => (x === s ? [String(i + 1)] : [])).join(", ");
    const parts = [`${label}: ${state.filter((s) => s === "done").length} of ${total} done`];
    for (const s of ["witness", "prove", "waiting"] as const) {
      const list = by(s);
      if (list) parts.push(`${s === "prove" ? "proving" : s}: ${list}`);
    }
    return parts.join("; ");
  };
  const set = (i: number, s: keyof typeof STEPS, text: string) => {
    state[i] = s;
    if (bars[i]) bars[i].update(STEPS[s], { state: text });
    else {
      const now = performance.now();
      if (now - lastLine >= every) {
        lastLine = now;
        logger.info(summary());
      }
    }
  };
  return {
    waiting(i, reason) {
      if (stopped) return;
      set(i, "waiting", `waiting (${reason})`);
      if (!tty) logger.info(`segment ${i + 1}: waiting again (${reason})`);
    },
    stage(i, s, prover) {
      if (stopped || state[i] === "done") return;
      set(i, s, `${s === "prove" ? "proving" : "witness"}${prover ? ` on ${prover}` : ""}`);
    },
    done(i, r) {
      if (stopped || state[i] === "done") return;
      const line = `done in ${(r.timings.witness + r.timings.prove).toFixed(1)} s (witness ${r.timings.witness.toFixed(1)} s, prove ${r.timings.prove.toFixed(1)} s) by ${r.prover}`;
      set(i, "done", line);
      if (!tty) logger.info(`segment ${i + 1}: ${line}`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi?.stop();
      logger.info(`${summary()} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
