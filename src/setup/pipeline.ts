import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

import { compileCircuit } from "../circom/compile.js";
import { writeTextAtomically } from "./fsutil.js";
import { readManifest } from "./manifest.js";
import {
  consoleLogger,
  type ProgressReporter,
  type SetupLogger,
  terminalProgress,
} from "./progress.js";
import {
  type Phase2Contribution,
  runDevelopmentSetup,
  runProductionSetup,
  type SetupResult,
} from "./setup.js";
import { renderVerifier, verifierContractName } from "./verifier.js";

/** Where generated verifiers live, relative to the project root (DESIGN.md). */
export const GENERATED_VERIFIERS_DIR = "contracts/verifiers/generated";

/** Options for {@link setupCircuit}: what `zkattn:setup` and scripts/setup/setup.ts accept. */
export interface SetupCircuitOptions {
  /** Project root (Hardhat `config.paths.root`). */
  root: string;
  /**
   * A .circom file (compiled first into build/<name>/ with compileCircuit) or a compiled
   * .r1cs (its wasm is looked up at `<dir>/<name>_js/<name>.wasm`). Relative to root.
   */
  circuit: string;
  /** Circuit name; default: the file's base name. */
  name?: string;
  /** A ceremony ptau: production setup. Absent: development setup. */
  ptau?: string;
  /** Production: phase-2 contributor names, in order. */
  contributions?: Phase2Contribution[];
  /** Production: final beacon hash (hex). */
  beaconHash?: string;
  beaconIterationsExp?: number;
  allowUnlistedPtau?: boolean;
  /** Development: explicit phase-1 seed. */
  seed?: string;
  /** Development: fresh randomness instead of the deterministic default seed. */
  random?: boolean;
  force?: boolean;
  logger?: SetupLogger;
  progress?: ProgressReporter;
}

/**
 * Resolves the circuit (compiling a .circom if needed) and runs the development or
 * production setup into `<root>/build/<name>/`; development ptau files are cached in
 * `<root>/build/ptau/`.
 * @throws Error `setup: ...` for a missing input file, or any error of the setup itself.
 */
export async function setupCircuit(opts: SetupCircuitOptions): Promise<SetupResult> {
  const log = opts.logger ?? consoleLogger();
  const progress = opts.progress ?? terminalProgress(log);
  if (opts.ptau && (opts.random || opts.seed !== undefined)) {
    throw new Error(
      "setup: --random and --seed apply to development setups only; a production setup takes its randomness from --contributions and --beacon-hash",
    );
  }
  if (!opts.ptau && (opts.contributions?.length || opts.beaconHash || opts.allowUnlistedPtau)) {
    throw new Error(
      "setup: --contributions, --beacon-hash and --allow-unlisted-ptau need --ptau (production setup)",
    );
  }
  const circuitAbs = path.resolve(opts.root, opts.circuit);
  if (!existsSync(circuitAbs))
    throw new Error(`setup: circuit file ${opts.circuit} does not exist`);
  const ext = path.extname(circuitAbs);
  const name = opts.name ?? path.basename(circuitAbs, ext);
  const buildDir = path.join(opts.root, "build", name);
  let r1csPath: string;
  let wasmPath: string | undefined;
  if (ext === ".circom") {
    log.info(`compiling ${opts.circuit} (circom2, --inspect)`);
    const t = performance.now();
    const c = await compileCircuit({
      circuit: path.relative(opts.root, circuitAbs),
      outDir: path.relative(opts.root, buildDir),
      root: opts.root,
    });
    log.info(`compiled in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    r1csPath = c.r1csPath;
    wasmPath = c.wasmPath;
  } else if (ext === ".r1cs") {
    r1csPath = circuitAbs;
    const w = path.join(path.dirname(circuitAbs), `${name}_js`, `${name}.wasm`);
    wasmPath = existsSync(w) ? w : undefined;
  } else {
    throw new Error(`setup: ${opts.circuit} is neither a .circom nor a .r1cs file`);
  }
  const common = { name, r1csPath, wasmPath, buildDir, force: opts.force, logger: log, progress };
  if (opts.ptau) {
    return await runProductionSetup({
      ...common,
      ptauPath: path.resolve(opts.root, opts.ptau),
      contributions: opts.contributions ?? [],
      beaconHash: opts.beaconHash ?? "",
      beaconIterationsExp: opts.beaconIterationsExp,
      allowUnlistedPtau: opts.allowUnlistedPtau,
    });
  }
  return await runDevelopmentSetup({
    ...common,
    ptauCacheDir: path.join(opts.root, "build", "ptau"),
    seed: opts.seed,
    random: opts.random,
  });
}

/** Result of {@link exportVerifier}. */
export interface ExportVerifierResult {
  contractName: string;
  /** Absolute path of the written .sol file. */
  solPath: string;
  /** Whether the file content changed. */
  changed: boolean;
}

/**
 * Writes the snarkjs Groth16 verifier of circuit `name` (from build/<name>/manifest.json) to
 * `<root>/contracts/verifiers/generated/<Name>Verifier.sol` (see {@link renderVerifier}).
 * @throws Error `setup: no setup for <name> ...` if the manifest or zkey is missing.
 */
export async function exportVerifier(opts: {
  root: string;
  name: string;
  outDir?: string;
  logger?: SetupLogger;
}): Promise<ExportVerifierResult> {
  const buildDir = path.join(opts.root, "build", opts.name);
  const manifest = await readManifest(path.join(buildDir, "manifest.json"));
  const zkey = manifest ? path.join(buildDir, manifest.zkey.file) : undefined;
  if (!manifest || !zkey || !existsSync(zkey)) {
    throw new Error(
      `setup: no setup for ${opts.name} in build/${opts.name}; run \`npx hardhat zkattn:setup <circuit>\` first`,
    );
  }
  const contractName = verifierContractName(opts.name);
  const sol = await renderVerifier(zkey, contractName);
  const outDir = path.resolve(opts.root, opts.outDir ?? GENERATED_VERIFIERS_DIR);
  await mkdir(outDir, { recursive: true });
  const solPath = path.join(outDir, `${contractName}.sol`);
  const before = existsSync(solPath) ? await readFile(solPath, "utf8") : undefined;
  if (before !== sol) await writeTextAtomically(solPath, sol);
  if (manifest.setupKind === "development") {
    opts.logger?.warn(
      `${path.relative(opts.root, solPath)} verifies proofs made with DEVELOPMENT keys: anyone can forge them; do not deploy it where value is at stake`,
    );
  }
  opts.logger?.info(
    `${before === sol ? "unchanged" : "wrote"} ${path.relative(opts.root, solPath)} (${contractName}, ${manifest.setupKind} setup, vkHash ${manifest.vkHash})`,
  );
  return { contractName, solPath, changed: before !== sol };
}
