/**
 * Benchmark: development setup (zkattn) vs the stock snarkjs CLI path, on the same r1cs.
 *
 *   npx tsx bench/setup.ts [--powers 16,18] [--stock-timeout-s 2400,300] [--skip-stock] [--out bench/setup-results.json]
 *
 * For each power P it compiles circuits/test/setup/setup_bench_P.circom, then times
 *  - zkattn: `runDevelopmentSetup` from nothing: the zkey computed directly from the toxic
 *    waste (devZkey.ts; + vkey, manifest);
 *  - stock: the snarkjs CLI steps `powersoftau new`, `powersoftau contribute`,
 *    `powersoftau prepare phase2`, `groth16 setup`, `zkey contribute`, each a separate process
 *    as a user would run them, each with a timeout.
 * A stock step that times out is reported as an estimate: its time at the largest power that
 * finished, scaled by (N·log2 N) ratio (group FFTs dominate prepare phase2), marked "est.".
 * `groth16 setup` and `zkey contribute` run on zkattn's development ptau (written for that)
 * when the stock ptau did not finish (their cost does not depend on who made the ptau).
 * Prints a table and writes bench/setup-results.json. Run on an otherwise idle machine.
 */
import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { compileCircuit } from "../src/circom/compile.js";
import {
  consoleLogger,
  DEFAULT_DEV_SEED,
  developmentPtau,
  readR1csInfo,
  releaseCurve,
  runDevelopmentSetup,
  terminalProgress,
} from "../src/setup/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    powers: { type: "string", default: "16,18" },
    "stock-timeout-s": { type: "string", default: "2400,300" },
    "skip-stock": { type: "boolean", default: false },
    out: { type: "string", default: "bench/setup-results.json" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(
    "usage: npx tsx bench/setup.ts [--powers 16,18] [--stock-timeout-s 2400,300] [--skip-stock] [--out bench/setup-results.json]",
  );
  process.exit(0);
}
const powers = values.powers.split(",").map(Number);
const timeouts = values["stock-timeout-s"].split(",").map(Number);
const stockTimeoutFor = (i: number) => timeouts[Math.min(i, timeouts.length - 1)];
const STOCK_STEPS = [
  "powersoftau new",
  "powersoftau contribute",
  "powersoftau prepare phase2",
  "groth16 setup",
  "zkey contribute",
] as const;
type StockStep = (typeof STOCK_STEPS)[number];

interface StepTime {
  seconds: number;
  estimated: boolean;
  /** The step was killed at `seconds` and no smaller power finished: a lower bound. */
  lowerBound?: boolean;
  note?: string;
}
interface PowerResult {
  power: number;
  nConstraints: number;
  ours: { total: number };
  stock: Partial<Record<StockStep, StepTime>>;
  stockTotal?: StepTime;
}

/** Runs the snarkjs CLI; resolves to seconds, or undefined on timeout (the process is killed). */
function snarkjsCli(args: string[], timeoutS: number): Promise<number | undefined> {
  const cli = path.join(root, "node_modules/snarkjs/cli.js");
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve(undefined);
      else if (code !== 0)
        reject(new Error(`bench: snarkjs ${args.join(" ")} failed (${code}): ${err}`));
      else resolve((performance.now() - t) / 1000);
    });
  });
}

const log = consoleLogger();
const results: PowerResult[] = [];
/** "power/step" -> timeout in seconds, for stock steps that were killed. */
const timedOut = new Map<string, number>();
const work = path.join(root, "build/bench-setup");
await mkdir(work, { recursive: true });

const compiled = new Map<number, { r1csPath: string; ptauCache: string }>();
for (const P of powers) {
  const name = `setup_bench_${P}`;
  log.info(`bench 2^${P}: compiling ${name}`);
  const c = await compileCircuit({
    circuit: `circuits/test/setup/${name}.circom`,
    outDir: `build/${name}`,
    root,
  });
  const info = await readR1csInfo(c.r1csPath);

  const cache = path.join(work, `ptau-cache-${P}`);
  await rm(cache, { recursive: true, force: true });
  log.info(`bench 2^${P}: zkattn development setup from nothing`);
  const t = performance.now();
  await runDevelopmentSetup({
    name,
    r1csPath: c.r1csPath,
    buildDir: path.join(work, name),
    ptauCacheDir: cache,
    force: true,
    logger: log,
    progress: terminalProgress(log),
  });
  const total = (performance.now() - t) / 1000;
  await releaseCurve();
  log.info(`bench 2^${P}: zkattn total ${total.toFixed(1)} s`);
  results.push({
    power: P,
    nConstraints: info.nConstraints,
    ours: { total },
    stock: {},
  });
  compiled.set(P, { r1csPath: c.r1csPath, ptauCache: cache });
}

// Partial results first (the stock path can take an hour).
await writeFile(
  path.resolve(root, values.out),
  JSON.stringify({ partial: true, results }, null, 2) + "\n",
);

for (const [pi, res] of values["skip-stock"] ? [] : results.entries()) {
  const P = res.power;
  const stockTimeoutS = stockTimeoutFor(pi);
  const { r1csPath, ptauCache } = compiled.get(P)!;
  const d = path.join(work, `stock-${P}`);
  await mkdir(d, { recursive: true });
  const f = (n: string) => path.join(d, n);
  const run = async (step: StockStep, args: string[]): Promise<boolean> => {
    log.info(`bench 2^${P}: stock snarkjs ${step} (timeout ${stockTimeoutS} s)`);
    const s = await snarkjsCli(args, stockTimeoutS);
    if (s === undefined) {
      log.info(`bench 2^${P}: stock ${step} timed out after ${stockTimeoutS} s`);
      timedOut.set(`${P}/${step}`, stockTimeoutS);
      return false;
    }
    res.stock[step] = { seconds: s, estimated: false };
    log.info(`bench 2^${P}: stock ${step}: ${s.toFixed(1)} s`);
    return true;
  };
  const ptauOk =
    (await run("powersoftau new", [
      "powersoftau",
      "new",
      "bn128",
      String(P),
      f("pot_0000.ptau"),
    ])) &&
    (await run("powersoftau contribute", [
      "powersoftau",
      "contribute",
      f("pot_0000.ptau"),
      f("pot_0001.ptau"),
      "--name=bench",
      "-e=bench entropy",
    ])) &&
    (await run("powersoftau prepare phase2", [
      "powersoftau",
      "prepare",
      "phase2",
      f("pot_0001.ptau"),
      f("pot_final.ptau"),
    ]));
  const note = ptauOk ? undefined : "run on the zkattn ptau (the stock ptau did not finish)";
  if (
    await run("groth16 setup", [
      "groth16",
      "setup",
      r1csPath,
      ptauOk
        ? f("pot_final.ptau")
        : await developmentPtau({ seed: DEFAULT_DEV_SEED, power: P, cacheDir: ptauCache }),
      f("c_0000.zkey"),
    ])
  ) {
    res.stock["groth16 setup"]!.note = note;
    if (
      await run("zkey contribute", [
        "zkey",
        "contribute",
        f("c_0000.zkey"),
        f("c_0001.zkey"),
        "--name=bench",
        "-e=bench entropy",
      ])
    ) {
      res.stock["zkey contribute"]!.note = note;
    }
  }
  await rm(d, { recursive: true, force: true });
}

// Estimates for timed-out stock steps: scale from the largest power where the step finished.
for (const r of results) {
  if (values["skip-stock"]) break;
  for (const step of STOCK_STEPS) {
    if (r.stock[step]) continue;
    const limit = timedOut.get(`${r.power}/${step}`);
    const ref = results
      .filter((o) => o.stock[step] && !o.stock[step]!.estimated)
      .sort((a, b) => b.power - a.power)[0];
    if (!ref) {
      if (limit !== undefined) {
        r.stock[step] = {
          seconds: limit,
          estimated: true,
          lowerBound: true,
          note: `timed out after ${limit} s (lower bound)`,
        };
      }
      continue;
    }
    const scale = (2 ** r.power * r.power) / (2 ** ref.power * ref.power);
    r.stock[step] = {
      seconds: ref.stock[step]!.seconds * scale,
      estimated: true,
      note: `${limit !== undefined ? `timed out after ${limit} s; ` : ""}estimated from 2^${ref.power} x (N log N ratio ${scale.toFixed(2)})`,
    };
  }
  const steps = STOCK_STEPS.map((s) => r.stock[s]).filter((s): s is StepTime => !!s);
  if (steps.length === STOCK_STEPS.length) {
    r.stockTotal = {
      seconds: steps.reduce((a, s) => a + s.seconds, 0),
      estimated: steps.some((s) => s.estimated),
    };
  }
}

const fmt = (s?: StepTime) =>
  s ? `${s.seconds.toFixed(1)} s${s.estimated ? " (est.)" : ""}` : "-";
console.log(
  `\nSetup time, from a compiled r1cs to zkey + vkey (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"})\n`,
);
console.log(
  "| power | constraints | zkattn dev total | stock snarkjs total | stock ptau new | contribute | prepare phase2 | groth16 setup | zkey contribute |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| 2^${r.power} | ${r.nConstraints} | ${r.ours.total.toFixed(1)} s | ${fmt(r.stockTotal)} | ${STOCK_STEPS.map((s) => fmt(r.stock[s])).join(" | ")} |`,
  );
}
await writeFile(
  path.resolve(root, values.out),
  JSON.stringify(
    {
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model },
      stockTimeoutsS: timeouts,
      results,
    },
    null,
    2,
  ) + "\n",
);
console.log(`\nwrote ${values.out}`);
await releaseCurve();
