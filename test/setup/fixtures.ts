import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as snarkjs from "snarkjs";

import { compileCircuit } from "../../src/circom/compile.js";
import { releaseCurve } from "../../src/setup/index.js";
import { setupCircuit } from "../../src/setup/pipeline.js";
import { silentLogger } from "../../src/setup/progress.js";
import { DEFAULT_DEV_SEED, developmentPtau, type SetupResult } from "../../src/setup/setup.js";

// Root-level hook (this module is loaded by mocha with the test files): snarkjs keeps the
// worker threads of its shared BN254 curve alive, which would keep the test process from
// exiting after the last test (docs/design.md "Toolchain facts").
after(async function () {
  await releaseCurve();
});

const tempDirs: string[] = [];

// Root-level hook: the directories made by tempDir() go when the test run ends.
after(async function () {
  for (const d of tempDirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** The project root (test/setup/ is two levels below it). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A progress reporter that prints nothing. */
export const quietProgress = { start() {}, update() {}, stop() {} };

/** Compiles circuits/test/setup/<name>.circom into build/<name>/. */
export async function compileTestCircuit(name: string) {
  return await compileCircuit({
    circuit: `circuits/test/setup/${name}.circom`,
    outDir: `build/${name}`,
    root: projectRoot,
  });
}

let smallSetup: Promise<SetupResult> | undefined;

/**
 * The default (deterministic) development setup of circuits/test/setup/setup_small.circom,
 * made once per test process: the same pipeline `zkattn:setup` runs.
 */
export function smallDevSetup(): Promise<SetupResult> {
  smallSetup ??= setupCircuit({
    root: projectRoot,
    circuit: "circuits/test/setup/setup_small.circom",
    logger: silentLogger,
    progress: quietProgress,
  });
  return smallSetup;
}

/**
 * The development ptau of the default seed at `power` (cached in build/ptau/): what
 * `snarkjs zkey verify` checks a default development setup's zkey against.
 */
export function defaultDevPtau(power: number): Promise<string> {
  return developmentPtau({
    seed: DEFAULT_DEV_SEED,
    power,
    cacheDir: path.join(projectRoot, "build/ptau"),
  });
}

/** A fresh temporary directory `zkattn-<prefix>-*`, removed after the last test of the run. */
export async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), `zkattn-${prefix}-`));
  tempDirs.push(d);
  return d;
}

/**
 * A small ceremony-style ptau made with the stock snarkjs path (new, one contribution,
 * prepare phase2) — the same kind of file a public ceremony publishes, at power `power`.
 */
export async function snarkjsCeremonyPtau(dir: string, power: number): Promise<string> {
  const p0 = path.join(dir, `pot${power}_0000.ptau`);
  const p1 = path.join(dir, `pot${power}_0001.ptau`);
  const out = path.join(dir, `pot${power}_final.ptau`);
  // snarkjs exports `curves` (main.js) but @types/snarkjs does not declare it.
  const { curves } = snarkjs as unknown as {
    curves: { getCurveFromName(n: string): Promise<unknown> };
  };
  await snarkjs.powersOfTau.newAccumulator(await curves.getCurveFromName("bn128"), power, p0);
  await snarkjs.powersOfTau.contribute(p0, p1, "test contributor", "test entropy");
  await snarkjs.powersOfTau.preparePhase2(p1, out);
  return out;
}

/**
 * Awaits `p` and asserts it rejects with exactly `message` (error messages are part of the
 * setup's interface: docs/setup.md lists them).
 */
export async function expectRejection(
  p: Promise<unknown>,
  message: string | RegExp,
): Promise<void> {
  let error: unknown;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  if (error === undefined)
    throw new Error(`expected a rejection with "${String(message)}", but the promise resolved`);
  const got = (error as Error).message;
  if (typeof message === "string") {
    if (got !== message) throw new Error(`expected the error\n  ${message}\nbut got\n  ${got}`);
  } else if (!message.test(got)) {
    throw new Error(`expected an error matching ${message}, but got\n  ${got}`);
  }
}
