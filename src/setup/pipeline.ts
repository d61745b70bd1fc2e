import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

import { circuitArtifacts, circuitBuildDir, compiledFiles, ptauCacheDir } from "../artifacts.js";
import { compileCached } from "../circom/compile.js";
import { ZkattnUserError } from "../errors.js";
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

/** Where generated verifiers live, relative to the project root (docs/design.md "Public signals"). */
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
  /**
   * circom optimization level for a .circom circuit (default 1). The generated main circuits
   * need the prover's level (src/prover/build.ts `provingOptimization`) so that the keys match
   * the prover's build.
   */
  optimization?: 1 | 2;
  logger?: SetupLogger;
  progress?: ProgressReporter;
}

/** Hex of at least 32 bytes, optionally 0x-prefixed, an even number of digits. */
const BEACON_HASH = /^(0x)?([0-9a-fA-F]{2}){32,}$/;

/**
 * Checks the options of a setup before anything slow runs (compiling takes up to a minute).
 * @throws ZkattnUserError `setup: ...` for development-only options with --ptau, production-only
 *   options without it, a missing ptau file, no contributions or a malformed beacon hash.
 */
export function checkSetupOptions(opts: SetupCircuitOptions): void {
  if (opts.ptau && (opts.random || opts.seed !== undefined)) {
    throw new ZkattnUserError(
      "setup: --random and --seed apply to development setups only; a production setup takes its randomness from --contributions and --beacon-hash",
    );
  }
  if (!opts.ptau && (opts.contributions?.length || opts.beaconHash || opts.allowUnlistedPtau)) {
    throw new ZkattnUserError(
      "setup: --contributions, --beacon-hash and --allow-unlisted-ptau need --ptau (production setup)",
    );
  }
  if (opts.ptau) {
    if (!existsSync(path.resolve(opts.root, opts.ptau)))
      throw new ZkattnUserError(`setup: ptau file ${opts.ptau} does not exist`);
    if (!opts.contributions?.length)
      throw new ZkattnUserError(
        'setup: a production setup needs at least one named phase-2 contribution (--contributions "alice,bob")',
      );
    if (!BEACON_HASH.test(opts.beaconHash ?? ""))
      throw new ZkattnUserError(
        "setup: the production beacon hash must be hex of at least 32 bytes, a public value fixed after the last contribution (e.g. a future Ethereum block hash): --beacon-hash 0x…",
      );
  }
  const circuitAbs = path.resolve(opts.root, opts.circuit);
  if (!existsSync(circuitAbs))
    throw new ZkattnUserError(`setup: circuit file ${opts.circuit} does not exist`);
  if (![".circom", ".r1cs"].includes(path.extname(circuitAbs)))
    throw new ZkattnUserError(`setup: ${opts.circuit} is neither a .circom nor a .r1cs file`);
}

/**
 * Resolves the circuit (compiling a .circom if needed) and runs the development or
 * production setup into `<root>/build/<name>/`; development ptau files are cached in
 * `<root>/build/ptau/`.
 * @throws ZkattnUserError `setup: ...` for contradictory options or a missing or unknown input
 *   file; any error of the setup itself.
 */
export async function setupCircuit(opts: SetupCircuitOptions): Promise<SetupResult> {
  const log = opts.logger ?? consoleLogger();
  const progress = opts.progress ?? terminalProgress(log);
  checkSetupOptions(opts);
  const circuitAbs = path.resolve(opts.root, opts.circuit);
  const ext = path.extname(circuitAbs);
  const name = opts.name ?? path.basename(circuitAbs, ext);
  const buildDir = circuitBuildDir(opts.root, name);
  let r1csPath: string;
  let wasmPath: string | undefined;
  if (ext === ".circom") {
    const c = await compileCached({
      circuit: path.relative(opts.root, circuitAbs),
      outDir: path.relative(opts.root, buildDir),
      root: opts.root,
      optimization: opts.optimization ?? 1,
      stampPath: circuitArtifacts(opts.root, name).compileStamp,
      log: (m) => log.info(m),
    });
    r1csPath = c.r1csPath;
    wasmPath = c.wasmPath;
  } else {
    r1csPath = circuitAbs;
    const w = compiledFiles(path.dirname(circuitAbs), name).wasm;
    wasmPath = existsSync(w) ? w : undefined;
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
    ptauCacheDir: ptauCacheDir(opts.root),
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
 * @throws ZkattnUserError `setup: no setup for <name> ...` if the manifest or zkey is missing.
 */
export async function exportVerifier(opts: {
  root: string;
  name: string;
  outDir?: string;
  logger?: SetupLogger;
}): Promise<ExportVerifierResult> {
  const a = circuitArtifacts(opts.root, opts.name);
  const buildDir = a.dir;
  const manifest = await readManifest(a.manifest);
  const zkey = manifest ? path.join(buildDir, manifest.zkey.file) : undefined;
  if (!manifest || !zkey || !existsSync(zkey)) {
    throw new ZkattnUserError(
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
