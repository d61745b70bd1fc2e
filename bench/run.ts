/**
 * `npm run bench` (issue 6): compile, development setup, witness, prove (median of --runs, in a
 * child process for peak RSS), proof size, on-chain verification gas and accuracy for each
 * configuration of bench/configs.ts, beside the stock snarkjs CLI flow on the same r1cs. Prints a
 * table and writes bench/results.json. See bench/README.md for what each column measures.
 *
 *   npx tsx bench/run.ts [--only <name>] [--runs 3] [--stock-timeout-s 600]
 *   npx tsx bench/run.ts --whole-model [--only <name>] [--runs 3]
 *   npx tsx bench/run.ts --segments [--only <name>] [--runs 3]
 *
 * With --whole-model (issue 11) the rows are the bundled models' whole-model circuits in
 * public-weights mode, proved on one prompt as `prove-and-submit --prompt` does. With --segments
 * (issue 14) they are the segments of a cut whole-model description (bench/configs.ts
 * SEGMENT_CHAIN_CONFIGS), proved as a chain with 1 and with 2 local proving processes.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import * as snarkjs from "snarkjs";

import { compileCircuit } from "../src/circom/compile.js";
import { breakdownTotal } from "../src/circuit/constraints.js";
import { modelCommitment } from "../src/circuit/commitments.js";
import { circuitNameOf, loadDescriptions, segmentCount } from "../src/circuit/descriptions.js";
import { generateModelMainCircuit } from "../src/circuit/mainCircuits.js";
import { modelConstraintBreakdown } from "../src/circuit/modelGenerator.js";
import { modelWitnessInput, segmentWitnessInputs } from "../src/circuit/modelWitness.js";
import { toPublicSignalArray, type NamedPublicSignals } from "../src/circuit/publicSignals.js";
import { circuitInput, publicSignalsFor } from "../src/circuit/witness.js";
import {
  directBinding,
  encodeOutput,
  encodeProof,
  GROTH16_BN254_V1,
  modelIdFromLogs,
  proofToSolidityArgs,
  toBytes32,
  type SnarkjsGroth16Proof,
} from "../src/contracts/calldata.js";
import { chainProofBytes } from "../src/contracts/chain.js";
import { loadModelDir } from "../src/model/description.js";
import { allTaskPrompts } from "../src/model/task.js";
import { ensureMainCircuitBuild, provingOptimization } from "../src/prover/build.js";
import {
  loadModelForPrompt,
  parsePrompt,
  resolveModelRequest,
} from "../src/prover/modelRequest.js";
import {
  artifactHashes,
  type CircuitInput,
  type SegmentJob,
  type SegmentResult,
} from "../src/prover/segments.js";
import { intAttention } from "../src/quant/intAttention.js";
import { writeTextAtomically } from "../src/setup/fsutil.js";
import { setupCircuit } from "../src/setup/pipeline.js";
import {
  DEFAULT_DEV_SEED,
  developmentPtau,
  readR1csInfo,
  releaseCurve,
  renderVerifier,
  runDevelopmentSetup,
  silentLogger,
  type SetupManifest,
} from "../src/setup/index.js";
import { measureTask } from "../src/stages/accuracy.js";
import {
  BENCH_CONFIGS,
  SEGMENT_CHAIN_CONFIGS,
  WHOLE_MODEL_CONFIGS,
  type PreparedConfig,
  type SegmentChainConfig,
} from "./configs.js";
import { compileVerifier } from "./solc.js";
import {
  measureSegmentChainGas,
  median,
  summarizeWorkerRuns,
  timeWorkerCounts,
  type WorkerCountSummary,
} from "./segmentChain.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const thisFile = fileURLToPath(import.meta.url);
const RESULTS = path.join(root, "bench", "results.json");
const SNARKJS_CLI = path.join(root, "node_modules/snarkjs/cli.js");

const HELP = `Usage: npm run bench -- [options]   (= npx tsx bench/run.ts [options])

For each configuration (${BENCH_CONFIGS.map((c) => c.name).join(", ")}):
compile (circom2 at the prover's level: --O2 private weights, --O1 public; fresh), zkattn development setup from nothing (the
zkey computed directly from the toxic waste), witness calculation, Groth16 proving (median of --runs, child process, peak RSS),
proof size, gas of the bare verifier and of ModelRegistry.verifyInference on the in-process
Hardhat network, accuracy; and the stock snarkjs CLI flow (powersoftau new/contribute/prepare
phase2, groth16 setup, zkey contribute, groth16 prove) on the same r1cs. Prints a table and
writes bench/results.json (the rows of an existing file that were not run are kept).

With --whole-model, the rows are instead the bundled models' whole models in public-weights mode
(${WHOLE_MODEL_CONFIGS.map((c) => c.name).join(", ")}), each proved on one prompt as
\`prove-and-submit --prompt\` does: compile (the prover's cached build/<name>/: "cached" when it is
still valid), development setup, witness, prove, gas, the task accuracy of the integer model; no
stock baseline. The private-weights whole model (2^22 in one circuit) is benchmarked as a chain of
segments (--segments).

With --segments, the rows are the segment circuits of a cut whole-model description
(${SEGMENT_CHAIN_CONFIGS.map((c) => c.name).join(", ")}): per segment the cached compile and
development setup ("cached"/"reused" when present), constraints, witness and prove medians; for the
chain, every segment proved with 1 and with 2 local proving processes (alternating, --runs times
each: medians, ratio, peak RSS), and the gas of verifyInference of the whole chain vs each
segment's bare verifier.

Options:
  --whole-model          benchmark the whole-model rows instead of the attention-block rows
  --segments             benchmark the segment chains instead of the attention-block rows
  --only <name>          run one configuration (of the selected kind)
  --runs <n>             proving/witness runs per configuration, median reported (default 3, >= 3)
  --stock-timeout-s <s>  kill a stock snarkjs step after s seconds; the step is then reported as
                         "estimated" from earlier measurements of the same power (default 600)
  --no-stock             skip the stock baseline
  -h, --help             show this help

Needs compiled contracts (npx hardhat build) for ModelRegistry.`;

// ---------------------------------------------------------------------------------------------
// Child mode: prove --runs times in a fresh process, report seconds and peak RSS.
// ---------------------------------------------------------------------------------------------

/** What the proving child prints (one JSON line). */
interface ChildReport {
  seconds: number[];
  /** process.resourceUsage().maxRSS after proving, in MB (KiB / 1024). */
  peakRssMB: number;
  proof: SnarkjsGroth16Proof;
  publicSignals: string[];
}

if (process.argv[2] === "--child-prove") {
  const [zkey, wtns, runsText] = process.argv.slice(3);
  const seconds: number[] = [];
  let out: { proof: SnarkjsGroth16Proof; publicSignals: string[] } | undefined;
  for (let i = 0; i < Number(runsText); i++) {
    const t = performance.now();
    out = (await snarkjs.groth16.prove(zkey, wtns)) as unknown as typeof out;
    seconds.push((performance.now() - t) / 1000);
  }
  const report: ChildReport = {
    seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    proof: out!.proof,
    publicSignals: out!.publicSignals,
  };
  console.log(JSON.stringify(report));
  await releaseCurve();
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Parent.
// ---------------------------------------------------------------------------------------------

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "whole-model": { type: "boolean", default: false },
    segments: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    "stock-timeout-s": { type: "string", default: "600" },
    "no-stock": { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 3) {
  console.error(
    `bench: --runs ${values.runs} must be an integer >= 3 (the issue asks for a median of at least 3 runs)`,
  );
  process.exit(2);
}
const stockTimeoutS = Number(values["stock-timeout-s"]);
if (!(stockTimeoutS > 0)) {
  console.error(
    `bench: --stock-timeout-s ${values["stock-timeout-s"]} must be a positive number of seconds`,
  );
  process.exit(2);
}
const wholeModel = values["whole-model"];
const segmentChains = values.segments;
if (wholeModel && segmentChains) {
  console.error("bench: pass either --whole-model or --segments, not both");
  process.exit(2);
}
const kindConfigs: readonly { name: string }[] = wholeModel
  ? WHOLE_MODEL_CONFIGS
  : segmentChains
    ? SEGMENT_CHAIN_CONFIGS
    : BENCH_CONFIGS;
const kindName = wholeModel
  ? "a whole-model"
  : segmentChains
    ? "a segment-chain"
    : "an attention-block";
const configNames = (
  values.only ? kindConfigs.filter((c) => c.name === values.only) : kindConfigs
).map((c) => c.name);
if (configNames.length === 0) {
  console.error(
    `bench: --only ${values.only} is not ${kindName} configuration; choose one of ${kindConfigs.map((c) => c.name).join(", ")}${wholeModel || segmentChains ? "" : `, or pass --whole-model for ${WHOLE_MODEL_CONFIGS.map((c) => c.name).join(", ")}, or --segments for ${SEGMENT_CHAIN_CONFIGS.map((c) => c.name).join(", ")}`}`,
  );
  process.exit(2);
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Runs a command; resolves to { seconds, stdout } or undefined when killed at the timeout. */
function run(
  cmd: string,
  args: string[],
  timeoutS: number,
): Promise<{ seconds: number; stdout: string } | undefined> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve(undefined);
      else if (code !== 0)
        reject(
          new Error(
            `bench: ${path.basename(args[0] ?? cmd)} ${args.slice(1).join(" ")} failed (exit ${code}): ${err.slice(-2000)}`,
          ),
        );
      else resolve({ seconds: (performance.now() - t) / 1000, stdout: out });
    });
  });
}

// ---- stock snarkjs CLI ----------------------------------------------------------------------

const STOCK_STEPS = [
  "powersoftau new",
  "powersoftau contribute",
  "prepare phase2",
  "groth16 setup",
  "zkey contribute",
] as const;
type StockStep = (typeof STOCK_STEPS)[number];

/** One stock step: measured, or estimated (killed at the timeout) with where the estimate came from. */
interface StockTime {
  seconds: number;
  estimated: boolean;
  /** Killed at the timeout with no earlier measurement: `seconds` is only a lower bound. */
  lowerBound?: boolean;
  source: string;
}

/**
 * Stock timings measured earlier on this machine (2 cores, snarkjs 0.7.6) for estimating a step
 * that hits --stock-timeout-s: docs/design.md "Toolchain facts", stock setup table (2^18
 * prepare phase2 is itself an estimate there, ~54 min), then bench/setup-results.json (stock,
 * non-estimated entries) when present.
 */
function earlierStock(power: number, step: StockStep): StockTime | undefined {
  const file = path.join(root, "bench", "setup-results.json");
  if (existsSync(file)) {
    const key = {
      "powersoftau new": "new",
      "powersoftau contribute": "contribute",
      "prepare phase2": "prepare",
      "groth16 setup": "setup",
      "zkey contribute": "zkeyContribute",
    }[step];
    const r = (
      JSON.parse(readFileSync(file, "utf8")) as {
        results?: {
          power: number;
          stock?: Record<string, { seconds: number; estimated?: boolean }>;
        }[];
      }
    ).results?.find((x) => x.power === power);
    const s = r?.stock?.[key] ?? r?.stock?.[step];
    if (s && !s.estimated)
      return {
        seconds: s.seconds,
        estimated: true,
        source: `bench/setup-results.json (measured stock, 2^${power})`,
      };
  }
  const design: Partial<Record<number, Partial<Record<StockStep, number>>>> = {
    12: {
      "powersoftau contribute": 3.4,
      "prepare phase2": 49,
      "groth16 setup": 2.4,
      "zkey contribute": 1.1,
    },
    16: {
      "powersoftau contribute": 58,
      "prepare phase2": 887,
      "groth16 setup": 22,
      "zkey contribute": 12.5,
    },
    18: {
      "powersoftau contribute": 191,
      "prepare phase2": 54 * 60,
      "groth16 setup": 75,
      "zkey contribute": 55,
    },
  };
  const d = design[power]?.[step];
  if (d === undefined) return undefined;
  const estimatedThere = power === 18 && step === "prepare phase2";
  return {
    seconds: d,
    estimated: true,
    source: `docs/design.md setup table (2^${power}${estimatedThere ? ", itself an estimate" : ", measured"})`,
  };
}

interface StockResult {
  steps: Partial<Record<StockStep, StockTime>>;
  setupSeconds: number;
  setupEstimated: boolean;
  /** Some step was killed with no earlier measurement: setupSeconds is a lower bound. */
  setupLowerBound: boolean;
  proveSecondsMedian: number | null;
  note: string[];
}

/**
 * The stock snarkjs CLI flow on `r1csPath` at `power`: each step timed as its own process; a step
 * killed at the timeout is replaced by an earlier measurement ({@link earlierStock}); when the
 * stock prepared ptau is missing, `groth16 setup` runs on zkattn's development prepared ptau of
 * the same power (same file format; the step's cost depends only on the power and the r1cs), and
 * without a stock zkey `groth16 prove` uses zkattn's development zkey.
 */
async function stockFlow(
  dir: string,
  r1csPath: string,
  power: number,
  /** zkattn's development ptau of the same power (made on demand: the setup writes none). */
  ourPtau: () => Promise<string>,
  ourZkey: string,
  wtns: string,
): Promise<StockResult> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const f = (n: string) => path.join(dir, n);
  const steps: Partial<Record<StockStep, StockTime>> = {};
  const note: string[] = [];
  const cli = (args: string[]) => run(process.execPath, [SNARKJS_CLI, ...args], stockTimeoutS);
  const step = async (name: StockStep, args: string[] | undefined): Promise<boolean> => {
    const r = args ? await cli(args) : undefined;
    if (r) {
      steps[name] = { seconds: r.seconds, estimated: false, source: "measured" };
      log(`  stock ${name}: ${r.seconds.toFixed(1)} s`);
      return true;
    }
    const e = earlierStock(power, name);
    steps[name] = e ?? {
      seconds: stockTimeoutS,
      estimated: true,
      lowerBound: true,
      source: `lower bound: killed at --stock-timeout-s ${stockTimeoutS}`,
    };
    log(
      `  stock ${name}: ${args ? `killed at ${stockTimeoutS} s` : "skipped (input missing)"}, using ${steps[name]!.seconds.toFixed(1)} s from ${steps[name]!.source}`,
    );
    return false;
  };
  const entropy = "-e=zkattn bench entropy";
  const okNew = await step("powersoftau new", [
    "powersoftau",
    "new",
    "bn128",
    String(power),
    f("pot_0.ptau"),
  ]);
  const okContrib = await step(
    "powersoftau contribute",
    okNew
      ? ["powersoftau", "contribute", f("pot_0.ptau"), f("pot_1.ptau"), "--name=bench", entropy]
      : undefined,
  );
  const okPrepare = await step(
    "prepare phase2",
    okContrib
      ? ["powersoftau", "prepare", "phase2", f("pot_1.ptau"), f("pot_final.ptau")]
      : undefined,
  );
  const prepared = okPrepare ? f("pot_final.ptau") : await ourPtau();
  if (!okPrepare)
    note.push(
      "groth16 setup ran on zkattn's development prepared ptau (stock prepare phase2 did not finish)",
    );
  const okSetup = await step("groth16 setup", [
    "groth16",
    "setup",
    r1csPath,
    prepared,
    f("c_0.zkey"),
  ]);
  const okZc = await step(
    "zkey contribute",
    okSetup
      ? ["zkey", "contribute", f("c_0.zkey"), f("c_1.zkey"), "--name=bench", entropy]
      : undefined,
  );
  let proveSecondsMedian: number | null = null;
  // Proving cost depends on the zkey's size (power and r1cs), not on who made it: without a stock
  // zkey the stock CLI proves with zkattn's development zkey.
  const proveZkey = okZc ? f("c_1.zkey") : ourZkey;
  if (!okZc) note.push("stock groth16 prove used zkattn's development zkey (no stock zkey)");
  {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await cli(["groth16", "prove", proveZkey, wtns, f("proof.json"), f("public.json")]);
      if (!r) break;
      times.push(r.seconds);
    }
    if (times.length === runs) proveSecondsMedian = median(times);
    log(
      `  stock groth16 prove (CLI process, median of ${times.length}): ${proveSecondsMedian?.toFixed(2) ?? "timed out"} s`,
    );
  }
  const all = STOCK_STEPS.map((s) => steps[s]!);
  return {
    steps,
    setupSeconds: all.reduce((a, s) => a + s.seconds, 0),
    setupEstimated: all.some((s) => s.estimated),
    setupLowerBound: all.some((s) => s.lowerBound === true),
    proveSecondsMedian,
    note,
  };
}

// ---- shared steps ---------------------------------------------------------------------------

/**
 * Proves --runs times in a child process ({@link ChildReport}: seconds and peak RSS), then checks
 * the public signals against the integer reference's and verifies the proof off-chain.
 * @throws Error `bench: <name>: ...` when the signals differ or the proof does not verify.
 */
async function proveInChild(
  name: string,
  zkeyPath: string,
  vkeyPath: string,
  wtns: string,
  named: NamedPublicSignals,
): Promise<ChildReport> {
  log(`${name}: prove x${runs} in a child process`);
  const child = await run(
    process.execPath,
    ["--import", "tsx", thisFile, "--child-prove", zkeyPath, wtns, String(runs)],
    24 * 3600,
  );
  const report = JSON.parse(child!.stdout.trim().split("\n").pop()!) as ChildReport;
  const expected = toPublicSignalArray(named).map(String);
  if (report.publicSignals.join() !== expected.join())
    throw new Error(
      `bench: ${name}: the proof's public signals differ from the integer reference's`,
    );
  const vkey = JSON.parse(await readFile(vkeyPath, "utf8"));
  if (!(await snarkjs.groth16.verify(vkey, report.publicSignals, report.proof as never)))
    throw new Error(`bench: ${name}: the proof does not verify off-chain`);
  await releaseCurve();
  log(
    `  prove median ${median(report.seconds).toFixed(2)} s (${report.seconds.map((s) => s.toFixed(2)).join(", ")}), peak RSS ${report.peakRssMB.toFixed(0)} MB`,
  );
  return report;
}

/** Proof size and gas columns of a row (see bench/README.md). */
interface GasColumns {
  proofBytes: number;
  proofJsonBytes: number;
  verifyInferenceGas: number;
  verifierGas: number;
}

/**
 * Gas of the bare generated verifier and of `ModelRegistry.verifyInference` with the real proof,
 * through a fresh registry with this zkey's verifier registered and the model `modelHash`, on
 * the in-process Hardhat network.
 * @throws Error `bench: <name>: a gas transaction reverted`, or solc errors.
 */
async function measureGas(
  conn: Conn,
  name: string,
  zkeyPath: string,
  manifest: SetupManifest,
  p: { modelHash: bigint; named: NamedPublicSignals; report: ChildReport },
): Promise<GasColumns> {
  const { report, named } = p;
  log(`${name}: gas on the in-process Hardhat network`);
  const contractName = "Groth16Verifier";
  const { abi, bytecode } = compileVerifier(
    await renderVerifier(zkeyPath, contractName),
    contractName,
  );
  const { ethers } = conn;
  const [admin, prover] = await ethers.getSigners();
  const verifier = await new ethers.ContractFactory(abi as never, bytecode, admin).deploy();
  await verifier.waitForDeployment();
  const registry = await ethers.deployContract("ModelRegistry", [admin.address]);
  const { circuitHash, vkHash } = manifest;
  const development = manifest.setupKind === "development";
  await (
    await registry.registerVerifier(circuitHash, vkHash, await verifier.getAddress(), development)
  ).wait();
  const registration = await (
    await registry.registerModel({
      modelHash: toBytes32(p.modelHash),
      circuitHash,
      vkHash,
      proofSystemId: GROTH16_BN254_V1,
      uri: "",
    })
  ).wait();
  const modelId = modelIdFromLogs(registration!.logs, await registry.getAddress());
  const args = proofToSolidityArgs(report.proof, report.publicSignals);
  const bareData = verifier.interface.encodeFunctionData("verifyProof", [
    args.a,
    args.b,
    args.c,
    args.publicSignals,
  ]);
  const bare = await (
    await prover.sendTransaction({ to: await verifier.getAddress(), data: bareData })
  ).wait();
  const proofHex = encodeProof(report.proof, report.publicSignals);
  const viData = registry.interface.encodeFunctionData("verifyInference", [
    modelId,
    toBytes32(named.inputCommitment),
    encodeOutput(named.outputCommitment),
    proofHex,
  ]);
  const vi = await (
    await prover.sendTransaction({ to: await registry.getAddress(), data: viData })
  ).wait();
  if (bare?.status !== 1 || vi?.status !== 1)
    throw new Error(`bench: ${name}: a gas transaction reverted`);
  log(`  verifyInference ${vi.gasUsed} gas, bare verifier ${bare.gasUsed} gas`);
  return {
    proofBytes: (proofHex.length - 2) / 2,
    proofJsonBytes: JSON.stringify(report.proof).length,
    verifyInferenceGas: Number(vi.gasUsed),
    verifierGas: Number(bare.gasUsed),
  };
}

// ---- one configuration ----------------------------------------------------------------------

/** One row of bench/results.json (see bench/README.md). */
export interface BenchRow {
  name: string;
  description: string;
  constraints: number;
  power: number;
  compileSeconds: number;
  setupSeconds: number;
  witnessSeconds: number;
  witnessSecondsRuns: number[];
  proveSecondsMedian: number;
  proveSecondsRuns: number[];
  peakRssMB: number;
  proofBytes: number;
  proofJsonBytes: number;
  verifyInferenceGas: number;
  verifierGas: number;
  cosine: number | null;
  cosineNote: string;
  stock: StockResult | null;
  measuredAt: string;
}

type Conn = Awaited<ReturnType<(typeof import("hardhat"))["network"]["create"]>>;

async function benchOne(c: PreparedConfig, description: string, conn: Conn): Promise<BenchRow> {
  const dir = path.join(root, "build", "bench", c.name);
  const out = path.join(dir, "out");
  await rm(out, { recursive: true, force: true });

  log(`${c.name}: compile ${c.circuit} (--O${provingOptimization(c.weights)}, fresh)`);
  const comp = await compileCircuit({
    circuit: c.circuit,
    outDir: path.relative(root, out),
    root,
    optimization: provingOptimization(c.weights),
  });
  const info = await readR1csInfo(comp.r1csPath);
  log(`  ${info.nConstraints} constraints, compiled in ${comp.seconds.toFixed(1)} s`);

  log(`${c.name}: development setup from nothing`);
  const keys = path.join(dir, "keys");
  const ptauCache = path.join(dir, "ptau-cache");
  await rm(keys, { recursive: true, force: true });
  await rm(ptauCache, { recursive: true, force: true });
  let t = performance.now();
  const setup = await runDevelopmentSetup({
    name: c.name,
    r1csPath: comp.r1csPath,
    wasmPath: comp.wasmPath,
    buildDir: keys,
    ptauCacheDir: ptauCache,
    force: true,
    logger: silentLogger,
  });
  const setupSeconds = (performance.now() - t) / 1000;
  await releaseCurve();
  log(
    `  setup ${setupSeconds.toFixed(1)} s (zkey ${setup.seconds.zkey?.toFixed(1)} s), power ${setup.manifest.r1cs.power}`,
  );

  const [, prover] = await conn.ethers.getSigners();
  const salt = 0x5a17n;
  const trace = intAttention(c.layer, c.xQ);
  const named = publicSignalsFor(c.layer, trace, salt, directBinding(prover.address));
  const input = circuitInput(c.layer, named, c.xQ, salt, c.weights);
  const wtns = path.join(out, "witness.wtns");
  const witnessRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await snarkjs.wtns.calculate(input as never, comp.wasmPath, wtns);
    witnessRuns.push((performance.now() - t) / 1000);
  }
  log(`${c.name}: witness median ${median(witnessRuns).toFixed(2)} s`);

  const report = await proveInChild(c.name, setup.zkeyPath, setup.vkeyPath, wtns, named);
  const gas = await measureGas(conn, c.name, setup.zkeyPath, setup.manifest, {
    modelHash: modelCommitment(c.layer),
    named,
    report,
  });

  log(`${c.name}: accuracy`);
  const cosine = c.cosine();

  let stock: StockResult | null = null;
  if (!values["no-stock"]) {
    log(
      `${c.name}: stock snarkjs CLI flow at 2^${setup.manifest.r1cs.power} (timeout ${stockTimeoutS} s per step)`,
    );
    stock = await stockFlow(
      path.join(dir, "stock"),
      comp.r1csPath,
      setup.manifest.r1cs.power,
      () =>
        developmentPtau({
          seed: DEFAULT_DEV_SEED,
          power: setup.manifest.r1cs.power,
          cacheDir: ptauCache,
        }),
      setup.zkeyPath,
      wtns,
    );
  }

  return {
    name: c.name,
    description,
    constraints: info.nConstraints,
    power: setup.manifest.r1cs.power,
    compileSeconds: comp.seconds,
    setupSeconds,
    witnessSeconds: median(witnessRuns),
    witnessSecondsRuns: witnessRuns,
    proveSecondsMedian: median(report.seconds),
    proveSecondsRuns: report.seconds,
    peakRssMB: report.peakRssMB,
    ...gas,
    cosine,
    cosineNote: c.cosineNote,
    stock,
    measuredAt: new Date().toISOString(),
  };
}

// ---- one whole model ------------------------------------------------------------------------

/** One whole-model row of bench/results.json (`--whole-model`; see bench/README.md). */
export interface WholeModelRow {
  kind: "whole-model";
  name: string;
  description: string;
  model: string;
  /** The proved prompt and the generated tokens. */
  prompt: number[];
  generated: number[];
  /** nConstraints of the compiled r1cs. */
  constraints: number;
  /**
   * The formulas' count (src/circuit/modelGenerator.ts `modelConstraintBreakdown`), which is the
   * circom --O2 count; the prover's public-weights build is --O1 (more: linear constraints kept).
   */
  constraintsFormula: number;
  power: number;
  /** Seconds of the compile, or "cached" when the prover's build/<name>/ was still valid. */
  compileSeconds: number | "cached";
  setupSeconds: number;
  witnessSeconds: number;
  witnessSecondsRuns: number[];
  proveSecondsMedian: number;
  proveSecondsRuns: number[];
  peakRssMB: number;
  proofBytes: number;
  proofJsonBytes: number;
  verifyInferenceGas: number;
  verifierGas: number;
  /** measureTask (src/stages/accuracy.ts) over every prompt of the task, integer model. */
  taskPrompts: number;
  taskSolved: number;
  floatSolved: number;
  logitCosine: number;
  /** Free-text remark (machine load). */
  note: string;
  measuredAt: string;
}

/**
 * Benchmarks a whole model: the request, circuit and witness input as `prove-and-submit --prompt`
 * builds them (`resolveModelRequest`, `generateModelMainCircuit`, `modelWitnessInput`), the
 * prover's cached compile (`ensureMainCircuitBuild`), a fresh development setup, witness and
 * proving medians, gas, and the integer model's task accuracy.
 */
async function benchWholeModel(
  c: (typeof WHOLE_MODEL_CONFIGS)[number],
  conn: Conn,
  note: string,
): Promise<WholeModelRow> {
  const req = resolveModelRequest(root, { model: c.model, prompt: c.prompt }, "bench");
  const d = req.description;
  if (req.circuit !== c.name)
    throw new Error(`bench: ${c.name}: the model's whole-model circuit is ${req.circuit}`);
  const dir = path.join(root, "build", "bench", c.name);
  const out = path.join(dir, "out");
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  log(`${c.name}: compile (the prover's cached build, --O${provingOptimization(d.weights)})`);
  const build = await ensureMainCircuitBuild({ root, description: d, log: (l) => log(`  ${l}`) });
  const info = await readR1csInfo(build.r1csPath);
  const constraintsFormula = breakdownTotal(
    modelConstraintBreakdown(req.intModel.params, d.T, d.promptLength!, d.weights, d.cuts ?? []),
  );
  log(
    `  ${info.nConstraints} constraints (formula ${constraintsFormula}), ${build.compiled ? `compiled in ${build.seconds.toFixed(1)} s` : "cached"}`,
  );

  log(`${c.name}: development setup from nothing`);
  const keys = path.join(dir, "keys");
  await rm(keys, { recursive: true, force: true });
  let t = performance.now();
  const setup = await runDevelopmentSetup({
    name: c.name,
    r1csPath: build.r1csPath,
    wasmPath: build.wasmPath,
    buildDir: keys,
    ptauCacheDir: path.join(dir, "ptau-cache"),
    force: true,
    logger: silentLogger,
  });
  const setupSeconds = (performance.now() - t) / 1000;
  await releaseCurve();
  log(`  setup ${setupSeconds.toFixed(1)} s, power ${setup.manifest.r1cs.power}`);

  const [, prover] = await conn.ethers.getSigners();
  const circuit = generateModelMainCircuit(root, d);
  const wi = modelWitnessInput(req.intModel.params, circuit.generated, req.prompt, {
    T: d.T,
    promptLength: d.promptLength!,
    salt: 0x5a17n,
    binding: directBinding(prover.address),
    modelCommitment: req.modelCommitment,
  });
  const wtns = path.join(out, "witness.wtns");
  const witnessRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await snarkjs.wtns.calculate(wi.input as never, build.wasmPath, wtns);
    witnessRuns.push((performance.now() - t) / 1000);
  }
  log(`${c.name}: witness median ${median(witnessRuns).toFixed(2)} s`);

  const named = wi.publicSignals;
  const report = await proveInChild(c.name, setup.zkeyPath, setup.vkeyPath, wtns, named);
  const gas = await measureGas(conn, c.name, setup.zkeyPath, setup.manifest, {
    modelHash: req.modelCommitment,
    named,
    report,
  });

  log(`${c.name}: task accuracy of the integer model`);
  const md = loadModelDir(path.join(root, "models", c.model));
  const acc = measureTask(md.float, req.intModel.params, req.task, allTaskPrompts(req.task));
  log(`  solved ${acc.solved} / ${acc.prompts} (float ${acc.floatSolved})`);

  return {
    kind: "whole-model",
    name: c.name,
    description: c.description,
    model: c.model,
    prompt: req.prompt,
    generated: wi.generated,
    constraints: info.nConstraints,
    constraintsFormula,
    power: setup.manifest.r1cs.power,
    compileSeconds: build.compiled ? build.seconds : "cached",
    setupSeconds,
    witnessSeconds: median(witnessRuns),
    witnessSecondsRuns: witnessRuns,
    proveSecondsMedian: median(report.seconds),
    proveSecondsRuns: report.seconds,
    peakRssMB: report.peakRssMB,
    ...gas,
    taskPrompts: acc.prompts,
    taskSolved: acc.solved,
    floatSolved: acc.floatSolved,
    logitCosine: acc.logitCosine,
    note,
    measuredAt: new Date().toISOString(),
  };
}

// ---- one segment chain ----------------------------------------------------------------------

/** One segment's row of bench/results.json (`--segments`; see bench/README.md). */
export interface SegmentRow {
  kind: "segment";
  /** The segment's circuit name (`<model>-model-seg<i>of<n>`). */
  name: string;
  /** The chain row's name. */
  chain: string;
  /** 1-based position in the chain. */
  segment: number;
  /** First and last stage of the segment (`embedding .. h0.mlpResid`). */
  stages: string;
  /** nConstraints of the compiled r1cs. */
  constraints: number;
  power: number;
  /** Seconds of the compile, or "cached" when build/<name>/ was still valid. */
  compileSeconds: number | "cached";
  /** Seconds of the development setup, or "reused" when build/<name>/ had valid keys. */
  setupSeconds: number | "reused";
  /** Witness and prove seconds in the proving process, from the 1-worker chain runs. */
  witnessSeconds: number;
  witnessSecondsRuns: number[];
  proveSecondsMedian: number;
  proveSecondsRuns: number[];
  /** Prove median of this segment in the 2-worker runs (two proofs share the cores). */
  proveSecondsMedian2Workers: number;
  /** The bare verifier's `verifyProof` sent as a transaction: whole transaction and execution gas. */
  verifierGas: number;
  verifierExecutionGas: number;
  measuredAt: string;
}

/** A chain's row of bench/results.json (`--segments`; see bench/README.md). */
export interface SegmentChainRow {
  kind: "segment-chain";
  name: string;
  description: string;
  model: string;
  weights: string;
  cuts: string[];
  /** The segments' circuit names, in order. */
  segments: string[];
  prompt: number[];
  generated: number[];
  /** Sum of the segments' constraints. */
  constraints: number;
  /** Sum of the segments' prove medians (1 worker). */
  proveSecondsSum: number;
  /** Per worker count: `proveSegments` wall clock (medians and runs) and the proving processes' peak RSS. */
  workers: WorkerCountSummary[];
  /** Median total with 2 workers / with 1 (< 1: 2 workers are faster). */
  ratio2to1: number;
  /** Compact chain proof bytes (`chainProofBytes`). */
  proofBytes: number;
  /** `ModelRegistry.verifyInference` of the whole chain, one transaction. */
  verifyInferenceGas: number;
  verifyInferenceExecutionGas: number;
  /** Sums over the segments' bare verifier transactions. */
  bareVerifierGasSum: number;
  bareVerifierExecutionGasSum: number;
  /** verifyInference execution gas over the sum of the bare verifiers' execution gas − 1, percent. */
  executionOverheadPercent: number;
  note: string;
  measuredAt: string;
}

/**
 * Benchmarks a chain of segment circuits: the cut description of `c` (circuits/circuits.json),
 * each segment's cached compile (`ensureMainCircuitBuild` with `segment`) and development setup
 * (`setupCircuit`, reused when valid), the chain's witness inputs (`segmentWitnessInputs`) and
 * jobs (`artifactHashes`), every segment proved `--runs` times with 1 and with 2 local proving
 * processes (`proveSegments`), and the gas of the whole chain's `verifyInference` vs the bare
 * verifiers (`measureRegisteredChainGas`, shared with bench/gas.ts).
 * @throws Error `bench: <name>: ...` when circuits/circuits.json has no such description, a proof's
 *   public signals differ from the integer reference's, or a proof does not verify.
 */
async function benchSegmentChain(
  c: SegmentChainConfig,
  conn: Conn,
  note: string,
): Promise<(SegmentRow | SegmentChainRow)[]> {
  const d = loadDescriptions(root).find(
    (x) =>
      x.model === c.model &&
      x.stages === "all" &&
      x.weights === c.weights &&
      JSON.stringify(x.cuts ?? []) === JSON.stringify(c.cuts),
  );
  if (!d)
    throw new Error(
      `bench: ${c.name}: circuits/circuits.json has no whole-model description of ${c.model} (${c.weights} weights) with cuts ${c.cuts.join(", ")}`,
    );
  const { task, intModel } = loadModelForPrompt(root, c.model, "bench");
  const prompt = parsePrompt(c.prompt, task, intModel.config.blockSize, c.model, "bench");
  const n = segmentCount(d);
  const names = Array.from({ length: n }, (_, k) => circuitNameOf(d, k));

  const builds = [];
  for (let k = 0; k < n; k++) {
    log(`${names[k]}: compile (cached build/${names[k]}/, --O${provingOptimization(d.weights)})`);
    const build = await ensureMainCircuitBuild({
      root,
      description: d,
      segment: k,
      log: (l) => log(`  ${l}`),
    });
    const info = await readR1csInfo(build.r1csPath);
    log(`${names[k]}: development setup (reused when build/${names[k]}/ has valid keys)`);
    const t = performance.now();
    const setup = await setupCircuit({
      root,
      circuit: path.relative(root, build.r1csPath),
      name: names[k],
    });
    const setupSeconds = (performance.now() - t) / 1000;
    await releaseCurve();
    log(
      `  ${info.nConstraints} constraints, 2^${setup.manifest.r1cs.power}, compile ${build.compiled ? `${build.seconds.toFixed(1)} s` : "cached"}, setup ${setup.reused ? "reused" : `${setupSeconds.toFixed(1)} s`}`,
    );
    builds.push({ build, info, setup, setupSeconds });
  }

  const [, prover] = await conn.ethers.getSigners();
  const gens = Array.from({ length: n }, (_, k) => generateModelMainCircuit(root, d, k).generated);
  const chain = segmentWitnessInputs(intModel.params, gens, prompt, {
    T: d.T,
    promptLength: d.promptLength!,
    salt: 0x5a17n,
    binding: directBinding(prover.address),
  });
  const buildDir = path.join(root, "build");
  const jobs: SegmentJob[] = [];
  for (let k = 0; k < n; k++)
    jobs.push({
      index: k,
      artifacts: await artifactHashes(buildDir, names[k]),
      input: chain.segments[k].input as CircuitInput,
    });
  const expected = chain.segments.map((s) => toPublicSignalArray(s.publicSignals).map(String));

  const workerCounts = [1, 2] as const;
  log(`${c.name}: prove the ${n} segments x${runs} with ${workerCounts.join(" and ")} worker(s)`);
  const timing = {
    buildDir,
    runs,
    workerCounts,
    log: (l: string) => log(`  ${l}`),
    check: (results: SegmentResult[]) =>
      results.forEach((r, k) => {
        if (r.publicSignals.join() !== expected[k].join())
          throw new Error(
            `bench: ${names[k]}: the proof's public signals differ from the integer reference's`,
          );
      }),
  };
  // The first run's proofs are verified and measured on-chain before the other runs, so that a
  // failing step costs one run, not all of them.
  const first = await timeWorkerCounts(jobs, { ...timing, until: 1 });
  const proofs = first[0].results;
  for (let k = 0; k < n; k++) {
    const vkey = JSON.parse(await readFile(builds[k].setup.vkeyPath, "utf8"));
    if (!(await snarkjs.groth16.verify(vkey, proofs[k].publicSignals, proofs[k].proof as never)))
      throw new Error(`bench: ${names[k]}: the proof does not verify off-chain`);
  }
  await releaseCurve();

  log(`${c.name}: gas on the in-process Hardhat network`);
  const gas = await measureSegmentChainGas(
    conn.ethers,
    builds.map((b, k) => ({
      zkeyPath: b.setup.zkeyPath,
      manifest: b.setup.manifest,
      modelCommitment: chain.segments[k].publicSignals.modelCommitment,
    })),
    proofs,
  );
  await releaseCurve();
  log(
    `  verifyInference ${gas.verifyInference.txGas} gas (execution ${gas.verifyInference.executionGas}), bare verifiers ${gas.bareTxGasSum} (execution ${gas.bareExecutionGasSum}, overhead ${gas.executionOverheadPercent} %)`,
  );
  const made = [...first, ...(await timeWorkerCounts(jobs, { ...timing, from: 1 }))];
  const summary = summarizeWorkerRuns(made, workerCounts);

  const measuredAt = new Date().toISOString();
  const segmentRows = builds.map(({ build, info, setup, setupSeconds }, k): SegmentRow => ({
    kind: "segment",
    name: names[k],
    chain: c.name,
    segment: k + 1,
    stages: `${gens[k].stages[0].stage.name} .. ${gens[k].stages[gens[k].stages.length - 1].stage.name}`,
    constraints: info.nConstraints,
    power: setup.manifest.r1cs.power,
    compileSeconds: build.compiled ? build.seconds : "cached",
    setupSeconds: setup.reused ? "reused" : setupSeconds,
    ...summary.segments[k],
    proveSecondsMedian2Workers: summary.proveSecondsMedianByWorkers[2][k],
    verifierGas: gas.bareVerifiers[k].txGas,
    verifierExecutionGas: gas.bareVerifiers[k].executionGas,
    measuredAt,
  }));
  return [
    ...segmentRows,
    {
      kind: "segment-chain",
      name: c.name,
      description: c.description,
      model: c.model,
      weights: c.weights,
      cuts: [...c.cuts],
      segments: names,
      prompt,
      generated: chain.generated,
      constraints: segmentRows.reduce((a, r) => a + r.constraints, 0),
      proveSecondsSum: summary.proveSecondsSum,
      workers: summary.byWorkers,
      ratio2to1: summary.ratio,
      proofBytes: chainProofBytes(n),
      verifyInferenceGas: gas.verifyInference.txGas,
      verifyInferenceExecutionGas: gas.verifyInference.executionGas,
      bareVerifierGasSum: gas.bareTxGasSum,
      bareVerifierExecutionGasSum: gas.bareExecutionGasSum,
      executionOverheadPercent: gas.executionOverheadPercent,
      note,
      measuredAt,
    },
  ];
}

function segmentTable(rows: readonly SegmentRow[]): string {
  return markdownTable(rows, [
    ["segment", (r) => r.name],
    ["stages", (r) => r.stages],
    ["constraints", (r) => String(r.constraints)],
    ["2^k", (r) => String(r.power)],
    ["compile s", (r) => (r.compileSeconds === "cached" ? "cached" : r.compileSeconds.toFixed(1))],
    ["setup s", (r) => (r.setupSeconds === "reused" ? "reused" : r.setupSeconds.toFixed(1))],
    ["witness s", (r) => r.witnessSeconds.toFixed(2)],
    ["prove s (med)", (r) => r.proveSecondsMedian.toFixed(2)],
    ["prove s, 2 workers", (r) => r.proveSecondsMedian2Workers.toFixed(2)],
    ["verifier gas", (r) => r.verifierGas.toLocaleString("en-US")],
  ]);
}

function chainTable(rows: readonly SegmentChainRow[]): string {
  const w = (r: SegmentChainRow, n: number) => r.workers.find((x) => x.workers === n)!;
  return markdownTable(rows, [
    ["chain", (r) => r.name],
    ["constraints", (r) => String(r.constraints)],
    ["sum of prove s", (r) => r.proveSecondsSum.toFixed(1)],
    ["1 worker s (med)", (r) => w(r, 1).totalSecondsMedian.toFixed(1)],
    ["2 workers s (med)", (r) => w(r, 2).totalSecondsMedian.toFixed(1)],
    ["2/1", (r) => r.ratio2to1.toFixed(2)],
    [
      "peak RSS MB 1w / 2w",
      (r) => `${w(r, 1).peakRssMB.toFixed(0)} / ${w(r, 2).peakRssMB.toFixed(0)}`,
    ],
    ["verifyInference gas", (r) => r.verifyInferenceGas.toLocaleString("en-US")],
    ["bare verifiers gas", (r) => r.bareVerifierGasSum.toLocaleString("en-US")],
    ["exec overhead %", (r) => r.executionOverheadPercent.toFixed(2)],
  ]);
}

function wholeModelTable(rows: readonly WholeModelRow[]): string {
  return markdownTable(rows, [
    ["name", (r) => r.name],
    ["constraints", (r) => String(r.constraints)],
    ["formula", (r) => String(r.constraintsFormula)],
    ["2^k", (r) => String(r.power)],
    ["compile s", (r) => (r.compileSeconds === "cached" ? "cached" : r.compileSeconds.toFixed(1))],
    ["setup s", (r) => r.setupSeconds.toFixed(1)],
    ["witness s", (r) => r.witnessSeconds.toFixed(2)],
    ["prove s (med)", (r) => r.proveSecondsMedian.toFixed(2)],
    ["peak RSS MB", (r) => r.peakRssMB.toFixed(0)],
    ["proof B", (r) => String(r.proofBytes)],
    ["verifyInference gas", (r) => r.verifyInferenceGas.toLocaleString("en-US")],
    ["solved", (r) => `${r.taskSolved}/${r.taskPrompts}`],
  ]);
}

// ---- table ----------------------------------------------------------------------------------

function table(rows: readonly BenchRow[]): string {
  return markdownTable(rows, [
    ["name", (r) => r.name],
    ["constraints", (r) => String(r.constraints)],
    ["2^k", (r) => String(r.power)],
    ["compile s", (r) => r.compileSeconds.toFixed(1)],
    ["setup s", (r) => r.setupSeconds.toFixed(1)],
    ["witness s", (r) => r.witnessSeconds.toFixed(2)],
    ["prove s (med)", (r) => r.proveSecondsMedian.toFixed(2)],
    ["peak RSS MB", (r) => r.peakRssMB.toFixed(0)],
    ["proof B", (r) => String(r.proofBytes)],
    ["verifyInference gas", (r) => r.verifyInferenceGas.toLocaleString("en-US")],
    ["verifier gas", (r) => r.verifierGas.toLocaleString("en-US")],
    ["cosine", (r) => (r.cosine === null ? "n/a" : r.cosine.toFixed(6))],
    [
      "stock setup s",
      (r) =>
        r.stock
          ? `${r.stock.setupLowerBound ? ">=" : r.stock.setupEstimated ? "~" : ""}${r.stock.setupSeconds.toFixed(1)}${r.stock.setupEstimated ? " (estimated)" : ""}`
          : "-",
    ],
    [
      "stock prove s",
      (r) => (r.stock?.proveSecondsMedian != null ? r.stock.proveSecondsMedian.toFixed(2) : "-"),
    ],
  ]);
}

/** A markdown table: one column per [header, cell of a row]; the first column left-aligned. */
function markdownTable<R>(rows: readonly R[], cols: [string, (r: R) => string][]): string {
  const cells = [cols.map(([h]) => h), ...rows.map((r) => cols.map(([, f]) => f(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [
    line(cells[0]),
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

// ---- main -----------------------------------------------------------------------------------

const { network } = await import("hardhat");
const conn = await network.create();
type Row = BenchRow | WholeModelRow | SegmentRow | SegmentChainRow;
const kindOf = (r: Row) => (r as { kind?: string }).kind;
const isWhole = (r: Row): r is WholeModelRow => kindOf(r) === "whole-model";
const isSegment = (r: Row): r is SegmentRow => kindOf(r) === "segment";
const isChain = (r: Row): r is SegmentChainRow => kindOf(r) === "segment-chain";
const rows: Row[] = [];
const loadNote = `load average ${loadavg()
  .map((x) => x.toFixed(2))
  .join(", ")} (1/5/15 min) at the start on ${cpus().length} cores`;
for (const name of configNames) {
  if (wholeModel) {
    rows.push(
      await benchWholeModel(
        WHOLE_MODEL_CONFIGS.find((c) => c.name === name)!,
        conn,
        loadNote,
      ),
    );
  } else if (segmentChains) {
    rows.push(
      ...(await benchSegmentChain(
        SEGMENT_CHAIN_CONFIGS.find((c) => c.name === name)!,
        conn,
        loadNote,
      )),
    );
  } else {
    const cfg = BENCH_CONFIGS.find((c) => c.name === name)!;
    const prepared = await cfg.prepare(root);
    rows.push(await benchOne(prepared, cfg.description, conn));
  }
}

// Rows not run now are kept from an existing file (every kind alike); a chain's segment rows
// and its chain row are replaced together.
const old: Row[] =
  existsSync(RESULTS) && statSync(RESULTS).size > 0
    ? (JSON.parse(await readFile(RESULTS, "utf8")) as Row[])
    : [];
const ofChain = (src: Row[], chain: string) =>
  src.filter((r) => (isSegment(r) && r.chain === chain) || (isChain(r) && r.name === chain));
const all: Row[] = [
  ...[...BENCH_CONFIGS, ...WHOLE_MODEL_CONFIGS]
    .map((c) => rows.find((r) => r.name === c.name) ?? old.find((r) => r.name === c.name))
    .filter((r): r is Row => r !== undefined),
  ...SEGMENT_CHAIN_CONFIGS.flatMap((c) =>
    ofChain(rows, c.name).length ? ofChain(rows, c.name) : ofChain(old, c.name),
  ),
];
await writeTextAtomically(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
const blocks = all.filter((r): r is BenchRow => kindOf(r) === undefined);
const wholes = all.filter(isWhole);
const segs = all.filter(isSegment);
const chains = all.filter(isChain);
if (blocks.length) console.log(`\n${table(blocks)}\n`);
if (wholes.length) console.log(`\nwhole models:\n${wholeModelTable(wholes)}\n`);
if (segs.length) console.log(`\nsegments:\n${segmentTable(segs)}\n`);
if (chains.length) console.log(`\nsegment chains:\n${chainTable(chains)}\n`);
for (const r of blocks) {
  if (r.stock?.setupEstimated) {
    const est = Object.entries(r.stock.steps)
      .filter(([, s]) => s.estimated)
      .map(([k, s]) => `${k} ${s.seconds.toFixed(0)} s from ${s.source}`);
    console.log(`~ ${r.name}: stock setup estimated: ${est.join("; ")}`);
  }
  for (const n of r.stock?.note ?? []) console.log(`  ${r.name}: ${n}`);
}
console.log(`wrote ${path.relative(root, RESULTS)}`);
await releaseCurve();
process.exit(0);
