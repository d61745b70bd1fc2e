import { copyFile, cp, readFile, writeFile } from "node:fs/promises";
import { totalmem } from "node:os";
import path from "node:path";

import { expect } from "chai";
import * as snarkjs from "snarkjs";

import { ZkattnUserError } from "../../src/errors.js";
import { proveSegmentsLocally } from "../../src/prover/pool.js";
import { terminalSegmentProgress } from "../../src/prover/segmentProgress.js";
import { connectRedis, proveSegmentsOnQueue } from "../../src/prover/queue.js";
import {
  artifactHashes,
  locateArtifacts,
  type ArtifactHashes,
  type SegmentJob,
  type SegmentResult,
} from "../../src/prover/segments.js";
import { hashFile } from "../../src/setup/hashes.js";
import { silentLogger } from "../../src/setup/progress.js";
import { killChildren, startChild, type RunningChild } from "../helpers/childProcess.js";
import { expectRejection, projectRoot, smallDevSetup, tempDir } from "../setup/fixtures.js";

/** The Redis the queue tests use; .ci/run starts one and sets it. */
const REDIS = process.env.ZKATTN_TEST_REDIS;
const BUILD = path.join(projectRoot, "build");
const CIRCUIT = "setup_small";
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/** setup_small's public signals, computed independently: out = x^(2^64) + offset, offset, binding. */
function expectedSignals(x: number, offset: number, binding: number): string[] {
  let y = BigInt(x);
  for (let i = 0; i < 64; i++) y = (y * y) % R;
  return [((y + BigInt(offset)) % R).toString(), String(offset), String(binding)];
}

/** Segment i proves x = 3 + i with offset 10 + i, binding 100 + i. */
function jobsFor(artifacts: ArtifactHashes, n: number): SegmentJob[] {
  return Array.from({ length: n }, (_, i) => ({
    index: i,
    artifacts,
    input: { x: String(3 + i), offset: String(10 + i), binding: String(100 + i) },
  }));
}

/** Every result is segment i's, with the right public signals and a proof the vkey accepts. */
async function expectValidResults(results: SegmentResult[], n: number): Promise<void> {
  const vk = JSON.parse(await readFile((await smallDevSetup()).vkeyPath, "utf8")) as object;
  expect(results.map((r) => r.index)).to.deep.equal([...Array(n).keys()]);
  for (const [i, r] of results.entries()) {
    expect(r.publicSignals, `segment ${i}`).to.deep.equal(expectedSignals(3 + i, 10 + i, 100 + i));
    const ok = await snarkjs.groth16.verify(vk, r.publicSignals, r.proof as never);
    expect(ok, `segment ${i}`).to.equal(true);
  }
}

describe("parallel segment proving (src/prover/pool.ts, src/prover/queue.ts)", function () {
  this.timeout(240_000);
  let artifacts: ArtifactHashes;

  before(async function () {
    await smallDevSetup();
    artifacts = await artifactHashes(BUILD, CIRCUIT);
  });
  describe("local proving processes", function () {
    it("proves 4 segments on 2 processes and returns them in segment order, each verifying", async function () {
      const results = await proveSegmentsLocally(jobsFor(artifacts, 4), {
        buildDir: BUILD,
        workers: 2,
      });
      await expectValidResults(results, 4);
      // The proving process's resident-set high-water mark in MB: a Node process running snarkjs
      // holds well over 50 MB, and no process exceeds the machine's memory (a KiB value would).
      for (const r of results)
        expect(r.peakRssMB, `segment ${r.index}`).to.be.within(50, totalmem() / 2 ** 20);
    });

    it("reports each segment's stages and completion once in line mode, then a closing summary", async function () {
      const lines: string[] = [];
      const logger = { ...silentLogger, info: (m: string) => lines.push(m) };
      const progress = terminalSegmentProgress(3, logger, { tty: false, lineEverySeconds: 0 });
      const results = await proveSegmentsLocally(jobsFor(artifacts, 3), {
        buildDir: BUILD,
        workers: 2,
        progress,
      });
      await expectValidResults(results, 3);
      for (let i = 0; i < 3; i++)
        expect(
          lines.filter((l) =>
            new RegExp(
              `^segment ${i + 1}: done in [0-9.]+ s \\(witness [0-9.]+ s, prove [0-9.]+ s\\) by ${results[i].prover}$`,
            ).test(l),
          ),
          lines.join("\n"),
        ).to.have.length(1);
      // lineEverySeconds 0: a summary at every stage change, e.g. while segments wait for a process.
      expect(lines.some((l) => /^segments: [0-2] of 3 done; .*waiting: /.test(l))).to.equal(true);
      expect(lines.at(-1)).to.match(/^segments: 3 of 3 done in [0-9.]+ s$/);
    });

    it("names an unreachable Redis and the reason instead of reconnecting forever", async function () {
      const err = await connectRedis("redis://127.0.0.1:1").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(ZkattnUserError);
      expect((err as Error).message).to.equal(
        "queue: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1",
      );
      await expectRejection(
        connectRedis("http://127.0.0.1:6379"),
        'queue: "http://127.0.0.1:6379" is not a Redis URL; pass --queue redis://host:port',
      );
    });

    it("refuses a zkey whose content differs from the job's hash, naming both hashes and the file", async function () {
      const build = await tempDir("queue-tampered");
      await cp(path.join(BUILD, CIRCUIT), path.join(build, CIRCUIT), { recursive: true });
      const zkey = path.join(build, CIRCUIT, "setup_small.dev-INSECURE.zkey");
      const bytes = await readFile(zkey);
      bytes[bytes.length - 1] ^= 1;
      await writeFile(zkey, bytes);
      const got = await hashFile(zkey, "sha256");
      expect(got).to.not.equal(artifacts.zkeySha256);
      const err = await proveSegmentsLocally(jobsFor(artifacts, 2), { buildDir: build }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(ZkattnUserError);
      expect((err as Error).message).to.match(
        new RegExp(
          `^local prover [^:]+:\\d+: segment 1: the job needs zkey sha256 ${artifacts.zkeySha256}, but ${zkey.replace(/[.]/g, "\\.")} has sha256 ${got}$`,
        ),
      );
    });

    it("refuses a build whose manifest has another circuitHash, naming both", async function () {
      const build = await tempDir("queue-other-circuit");
      await cp(path.join(BUILD, CIRCUIT), path.join(build, CIRCUIT), { recursive: true });
      const wanted = `0x${"ab".repeat(32)}`;
      await expectRejection(
        locateArtifacts(build, { ...artifacts, circuitHash: wanted }, "worker w: segment 3"),
        `worker w: segment 3: the job needs circuitHash ${wanted}, but ${path.join(build, CIRCUIT)}/manifest.json has circuitHash ${artifacts.circuitHash}`,
      );
    });

    it("finds the artifacts by content under another directory name", async function () {
      const build = await tempDir("queue-renamed");
      await cp(path.join(BUILD, CIRCUIT), path.join(build, "renamed"), { recursive: true });
      const found = await locateArtifacts(build, artifacts, "w");
      expect(found.dir).to.equal(path.join(build, "renamed"));
      expect(found.zkey).to.equal(path.join(build, "renamed", "setup_small.dev-INSECURE.zkey"));
    });

    it("refuses a wasm whose content differs from the job's hash", async function () {
      const build = await tempDir("queue-wasm");
      await cp(path.join(BUILD, CIRCUIT), path.join(build, CIRCUIT), { recursive: true });
      const wasm = path.join(build, CIRCUIT, "setup_small_js", "setup_small.wasm");
      // Another circuit's witness generator in its place.
      const other = await tempDir("queue-wasm-other");
      await writeFile(path.join(other, "x.wasm"), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
      await copyFile(path.join(other, "x.wasm"), wasm);
      await expectRejection(
        locateArtifacts(build, artifacts, "w"),
        `w: the job needs wasm sha256 ${artifacts.wasmSha256}, but ${wasm} has sha256 ${await hashFile(wasm, "sha256")}`,
      );
    });
  });

  describe("BullMQ queue on Redis with zkattn:worker processes", function () {
    const queueName = `zkattn-test-${process.pid}-${Date.now()}`;
    let a: RunningChild;
    let b: RunningChild;

    before(async function () {
      if (!REDIS) {
        console.log(
          "    skipped: set ZKATTN_TEST_REDIS=redis://127.0.0.1:6390 to a running redis-server (e.g. `redis-server --port 6390 --save '' --appendonly no --daemonize yes`) to run the queue tests; CI (.ci/run) sets it",
        );
        this.skip();
      }
      // Fails (does not skip) when CI set the variable but Redis does not answer.
      await (await connectRedis(REDIS)).quit();
      a = startWorker();
      b = startWorker();
      await a.waitFor(/worker \S+: ready/);
      await b.waitFor(/worker \S+: ready/);
    });
    after(async function () {
      await killChildren();
    });

    const startWorker = () =>
      startChild(
        "npx",
        [
          "hardhat",
          "zkattn:worker",
          "--queue",
          REDIS!,
          "--queue-name",
          queueName,
          // Short locks so that a killed worker's job comes back within seconds.
          "--lock-duration",
          "3000",
          "--stalled-interval",
          "1000",
        ],
        { cwd: projectRoot, env: { ...process.env, NO_COLOR: "1" } },
      );

    it("retries the job of a worker killed mid-proof on the other worker; each segment arrives once and verifies", async function () {
      const n = 4;
      const bId = (await b.waitFor(/worker (\S+): ready/))[1];
      const run = proveSegmentsOnQueue(jobsFor(artifacts, n), { redisUrl: REDIS!, queueName });
      // Worker A's first job: kill A (and its proving process) as soon as the witness starts.
      const m = await a.waitFor(/segment (\d+) \(job \S+, attempt 1\): witness/);
      a.killGroup("SIGKILL");
      await a.exited;
      const killed = Number(m[1]);
      expect(a.output()).to.not.match(new RegExp(`segment ${killed} \\(.*\\): done`));
      const results = await run;
      await expectValidResults(results, n);
      // Everything, including the killed worker's segment, was proved by B, each segment once.
      expect(results.map((r) => r.prover)).to.deep.equal(Array(n).fill(bId));
      for (let i = 0; i < n; i++)
        expect(
          b.output().match(new RegExp(`segment ${i + 1} \\(job [^)]*\\): done`, "g")),
          `segment ${i + 1}`,
        ).to.have.length(1);
      expect(b.output()).to.match(new RegExp(`segment ${killed} \\(job \\S+, attempt 2\\): done`));
    });

    it("keeps one result per segment when a stalled worker wakes up and finishes a job another worker already proved", async function () {
      const c = startWorker();
      try {
        await c.waitFor(/worker \S+: ready/);
        const bId = (await b.waitFor(/worker (\S+): ready/))[1];
        const n = 2;
        const run = proveSegmentsOnQueue(jobsFor(artifacts, n), { redisUrl: REDIS!, queueName });
        // Freeze C (and its proving process) in its first job: its lock expires, B proves the job.
        const m = await c.waitFor(/segment (\d+) \(job \S+, attempt 1\): witness/);
        c.killGroup("SIGSTOP");
        const stalled = Number(m[1]);
        const results = await run;
        await expectValidResults(results, n);
        expect(results[stalled - 1].prover).to.equal(bId);
        // C wakes up, finishes its proof and is refused: the job is B's now.
        c.killGroup("SIGCONT");
        await c.waitFor(new RegExp(`segment ${stalled} \\(job \\S+, attempt 1\\): done`));
        await c.waitFor(/ERROR: .*Missing lock/);
        expect(results.map((r) => r.index)).to.deep.equal([0, 1]);
      } finally {
        c.killGroup("SIGCONT");
        c.killGroup("SIGKILL");
        await c.exited;
      }
    });

    it("fails a job whose artifact hash no worker has, with the worker's message", async function () {
      const wrong = { ...artifacts, zkeySha256: "00".repeat(32) };
      await expectRejection(
        proveSegmentsOnQueue(jobsFor(wrong, 1), {
          redisUrl: REDIS!,
          queueName,
          attempts: 1,
        }),
        new RegExp(
          `^queue: segment 1 failed: worker \\S+: segment 1 \\(job \\S+, attempt 1\\): the job needs zkey sha256 ${"00".repeat(32)}, but ${BUILD}/setup_small/manifest.json records zkey sha256 ${artifacts.zkeySha256}$`,
        ),
      );
    });

    it("stops a worker on SIGTERM: it says so, exits with status 0 and leaves no process behind", async function () {
      const bPid = Number((await b.waitFor(/worker \S+:(\d+): ready/))[1]);
      process.kill(bPid, "SIGTERM");
      expect(await b.exited).to.deep.equal({ code: 0, signal: null });
      expect(b.output()).to.match(/SIGTERM: finishing the jobs in progress, then exiting/);
      expect(b.output()).to.match(/\[worker\] stopped/);
      // The proving processes it forked were in its process group: none may be left.
      const deadline = Date.now() + 10_000;
      let alive = true;
      while (alive && Date.now() < deadline) {
        try {
          process.kill(-b.proc.pid!, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          alive = false;
        }
      }
      expect(alive, "a process of the stopped worker's group is still running").to.equal(false);
    });
  });
});
