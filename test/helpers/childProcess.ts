/**
 * Child processes for tests that run a CLI: each runs in its own process group, so that a
 * test that fails or times out can stop the child and everything the child started
 * (`npx` -> `hardhat` -> worker threads) with {@link killChildren} in an `afterEach` hook,
 * instead of leaving a prover running at 100 % CPU after the test run.
 */
import { type ChildProcess, spawn } from "node:child_process";

const running = new Set<ChildProcess>();

/** Output of a child that exited with status 0. */
export interface ChildOutput {
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args` (no shell) in a new process group and collects its output.
 * @throws Error naming the command, its exit status or signal, its stderr and its stdout, when
 * it does not exit with status 0.
 */
export function runChild(
  command: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(proc);
    let stdout = "";
    let stderr = "";
    proc.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
    proc.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    proc.on("error", (err) => {
      running.delete(proc);
      reject(err);
    });
    proc.on("close", (code, signal) => {
      running.delete(proc);
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(" ")} exited with ${signal ?? `status ${code}`}; stderr:\n${stderr}\nstdout:\n${stdout}`,
          ),
        );
    });
  });
}

/** A long-running child started by {@link startChild}. */
export interface RunningChild {
  proc: ChildProcess;
  /** Its stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves when it has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Polls every 20 ms until `pattern` occurs in its output; returns the match.
   * @throws Error with the output when the child exits first or `timeoutMs` passes.
   */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` to its whole process group. */
  killGroup(signal: NodeJS.Signals): void;
}

/**
 * Starts `command args` (no shell) in a new process group without waiting for it, e.g. a
 * worker CLI; {@link killChildren} stops it if the test does not.
 */
export function startChild(
  command: string,
  args: readonly string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): RunningChild {
  const proc = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(proc);
  let out = "";
  let done = false;
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("close", (code, signal) => {
      running.delete(proc);
      done = true;
      resolve({ code, signal });
    }),
  );
  return {
    proc,
    output: () => out,
    exited,
    async waitFor(pattern, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(out);
        if (m) return m;
        if (done || Date.now() > deadline)
          throw new Error(
            `${command} ${args.join(" ")} ${done ? "exited" : `ran ${timeoutMs} ms`} without printing ${pattern}; its output:\n${out}`,
          );
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    killGroup(signal) {
      try {
        process.kill(-proc.pid!, signal);
      } catch {
        // the group is already gone
      }
    },
  };
}

/**
 * Stops every child started by {@link runChild} or {@link startChild} that is still running, with its whole process
 * group: SIGTERM first (the setup deletes its temporary files on it), SIGKILL for what is left
 * after `graceMs` milliseconds. Resolves when they are gone.
 */
export async function killChildren(graceMs = 5_000): Promise<void> {
  const left = [...running];
  const signalGroup = (p: ChildProcess, sig: NodeJS.Signals) => {
    try {
      process.kill(-p.pid!, sig);
    } catch {
      // the group is already gone
    }
  };
  for (const p of left) signalGroup(p, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (left.some((p) => running.has(p)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  for (const p of left) signalGroup(p, "SIGKILL");
}
