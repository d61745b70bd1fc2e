import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import { readManifest } from "../../src/setup/manifest.js";
import { runDevelopmentSetup } from "../../src/setup/setup.js";
import { quietProgress, compileTestCircuit, projectRoot, tempDir } from "./fixtures.js";

const CHILD = path.join(projectRoot, "test/setup/interruptedSetupChild.ts");
const NAME = "setup_interrupt";
const ZKEY = `${NAME}.dev-INSECURE.zkey`;

/** A development setup running in a child process (its own process group), with its output. */
interface SetupChild {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every child a test started, so that `afterEach` can kill what a failed test left running. */
const running = new Set<ChildProcess>();

function startSetup(r1cs: string, buildDir: string, ptauDir: string): SetupChild {
  const proc = spawn(process.execPath, ["--import", "tsx", CHILD, r1cs, buildDir, ptauDir], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(proc);
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => {
      running.delete(proc);
      resolve({ code, signal });
    }),
  );
  return { proc, output: () => out, exited };
}

/** Polls `ready` every 20 ms until it holds; fails with the child's output if the child exits first. */
async function waitUntil(child: SetupChild, what: string, ready: () => boolean): Promise<void> {
  let done = false;
  void child.exited.then(() => (done = true));
  while (!ready()) {
    if (done) throw new Error(`the setup exited before ${what}; its output:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const list = async (dir: string) => (existsSync(dir) ? (await readdir(dir)).sort() : []);

describe("interrupted development setup (temporary files, SIGINT / SIGTERM / SIGKILL)", function () {
  // Measured on a loaded 2-core machine (load ~5): a whole setup of this power-14 circuit
  // 33-79 s (the last test), the whole describe 1-2 min. 180 s per test.
  this.timeout(180_000);
  let r1cs: string;
  let work: string;
  let buildDir: string;
  let ptauDir: string;

  before(async function () {
    r1cs = (await compileTestCircuit(NAME)).r1csPath;
    work = await tempDir("interrupt");
    buildDir = path.join(work, "build", NAME);
    ptauDir = path.join(work, "build", "ptau");
  });

  // A failed or timed-out test must not leave its setup running: kill its process group.
  afterEach(function () {
    for (const p of running) {
      try {
        process.kill(-p.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
  });

  after(async function () {
    await rm(work, { recursive: true, force: true });
  });

  /** The zkey's temporary file of process `pid` in the build directory, if there is one. */
  const partialZkey = (pid: number) =>
    existsSync(buildDir)
      ? readdirSync(buildDir).find((f) => f.startsWith(`${ZKEY}.tmp-${pid}-`))
      : undefined;

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} while the zkey is computed removes the partial zkey and the process dies of ${signal}`, async function () {
      const child = startSetup(r1cs, buildDir, ptauDir);
      // The zkey's temporary file: its points are being computed and written.
      await waitUntil(
        child,
        "the zkey started writing",
        () =>
          child.output().includes("computing the development proving key of power 14") &&
          partialZkey(child.proc.pid!) !== undefined,
      );
      child.proc.kill(signal);
      expect(await child.exited).to.deep.equal({ code: null, signal });
      expect(child.output()).to.not.include("development zkey 2^14: done");
      expect(await list(buildDir)).to.deep.equal(["setup.log"]);
      // A development setup writes no ptau.
      expect(await list(ptauDir)).to.deep.equal([]);
    });
  }

  it("after a SIGKILL (which no process can catch), the next run removes the stale zkey, says so and completes", async function () {
    const killed = startSetup(r1cs, buildDir, ptauDir);
    await waitUntil(
      killed,
      "the zkey started writing",
      () => partialZkey(killed.proc.pid!) !== undefined,
    );
    const stale = path.join(buildDir, partialZkey(killed.proc.pid!)!);
    killed.proc.kill("SIGKILL");
    expect(await killed.exited).to.deep.equal({ code: null, signal: "SIGKILL" });
    expect(await list(buildDir)).to.deep.equal(["setup.log", path.basename(stale)]);

    const next = startSetup(r1cs, buildDir, ptauDir);
    expect(await next.exited, next.output()).to.deep.equal({ code: 0, signal: null });
    expect(next.output()).to.match(
      new RegExp(
        `removed stale ${stale.replace(/[.^$]/g, "\\$&")} \\(\\d+ (bytes|kB|MB)\\) left by an interrupted run \\(process ${killed.proc.pid}\\)`,
      ),
    );
    expect(next.output()).to.include(`setup done: ${path.join(buildDir, ZKEY)}`);
    expect(await list(buildDir)).to.deep.equal([
      "manifest.json",
      "setup.log",
      `${NAME}.dev-INSECURE.vkey.json`,
      ZKEY,
    ]);
    expect((await readManifest(path.join(buildDir, "manifest.json")))?.zkey.file).to.equal(ZKEY);
    // The circuit and contribution hashes (snarkjs's hex dump format) go to
    // build/<name>/setup.log, not to the terminal; the step ends with one done line (progress
    // lines, not a bar: stderr is a pipe here).
    const log = await readFile(path.join(buildDir, "setup.log"), "utf8");
    expect(log).to.match(/Circuit hash: \n(\t\t[0-9a-f]{8}( [0-9a-f]{8}){3}\n){4}/);
    expect(log).to.match(/Contribution Hash: \n(\t\t[0-9a-f]{8}( [0-9a-f]{8}){3}\n){4}/);
    expect(next.output()).to.not.match(/Circuit hash|Contribution Hash/);
    expect(next.output()).to.match(/development zkey 2\^14: done in \d+\.\d s/);
  });
});

describe("stale temporary files (setup/fsutil sweepStaleTempFiles)", function () {
  let dir: string;
  after(async function () {
    await rm(dir, { recursive: true, force: true });
  });

  it("removes and reports a temporary file of a dead process, keeps one of a live process", async function () {
    dir = await tempDir("stale");
    const small = await compileTestCircuit("setup_small");
    // A pid that surely belonged to a process that has exited: one we started and waited for.
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], {
      encoding: "utf8",
    });
    const deadPid = Number(dead.stdout.trim());
    const livePid = process.ppid;
    const deadZkey = path.join(dir, `setup_small.dev-INSECURE.zkey.step0-${deadPid}`);
    const deadVkey = path.join(dir, `setup_small.dev-INSECURE.vkey.json.tmp-${deadPid}-0a1b2c3d`);
    const liveZkey = path.join(dir, `setup_small.dev-INSECURE.zkey.step0-${livePid}`);
    const notOurs = path.join(dir, "notes.step0-draft");
    await writeFile(deadZkey, Buffer.alloc(2_500_000));
    await writeFile(deadVkey, "{");
    await writeFile(liveZkey, "x");
    await writeFile(notOurs, "x");
    const lines: string[] = [];
    await runDevelopmentSetup({
      name: "setup_small",
      r1csPath: small.r1csPath,
      buildDir: dir,
      ptauCacheDir: path.join(projectRoot, "build/ptau"),
      logger: { info: (m) => lines.push(m), warn() {}, debug() {}, error() {} },
      progress: quietProgress,
    });
    expect(lines.filter((l) => l.startsWith("removed stale")).sort()).to.deep.equal(
      [
        `removed stale ${deadVkey} (1 bytes) left by an interrupted run (process ${deadPid})`,
        `removed stale ${deadZkey} (3 MB) left by an interrupted run (process ${deadPid})`,
      ].sort(),
    );
    expect(existsSync(deadZkey)).to.equal(false);
    expect(existsSync(deadVkey)).to.equal(false);
    expect(existsSync(liveZkey)).to.equal(true);
    expect(existsSync(notOurs)).to.equal(true);
  });
});
