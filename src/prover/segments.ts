/**
 * Proving jobs for independently proved segments (issue 14: a model cut into segments whose
 * activations the integer reference has already computed): what a job carries, how a prover
 * finds and checks the build artifacts a job names, and what it returns. Generic over "prove
 * this circuit on this witness input": the local pool (src/prover/pool.ts) and the BullMQ
 * queue (src/prover/queue.ts) both run {@link SegmentJob}s.
 *
 * A job names its artifacts by content, not by path, so that any machine holding the same
 * build/ can prove it (docs/prover.md "Proving segments in parallel"):
 * - `circuitHash`: keccak256 of the .r1cs (src/setup/hashes.ts `circuitHashOf`), as recorded in
 *   the setup manifest and in ERC-7992 `ModelCommitment.circuitHash`;
 * - `zkeySha256`: sha256 of the proving key, as recorded in the manifest;
 * - `wasmSha256`: sha256 of the witness generator (the manifest does not record it; the wasm is
 *   compiled from the same sources as the r1cs, but it is the file the prover runs).
 */
import { readdir, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

import { setupFiles } from "../artifacts.js";
import { ZkattnUserError } from "../errors.js";
import { hashFile } from "../setup/hashes.js";
import { readManifest, type SetupManifest } from "../setup/manifest.js";

/** A circuit input for snarkjs: signal name -> field element(s) as decimal strings, nested arrays allowed. */
export type CircuitInput = { [signal: string]: string | CircuitInputArray };
/** A (nested) array of decimal-string field elements. */
export type CircuitInputArray = (string | CircuitInputArray)[];

/** The content hashes that identify a circuit's build artifacts (0x-less lowercase hex for sha256). */
export interface ArtifactHashes {
  /** Circuit name: build/<circuit>/ is searched first. */
  circuit: string;
  /** keccak256 of the .r1cs, 0x-prefixed bytes32 (manifest `circuitHash`). */
  circuitHash: string;
  /** sha256 of the zkey, hex (manifest `zkey.sha256`). */
  zkeySha256: string;
  /** sha256 of the witness-generator wasm, hex. */
  wasmSha256: string;
}

/** One proving job: prove `artifacts`' circuit on `input`. JSON-serializable (it crosses Redis). */
export interface SegmentJob {
  /** Position of the segment in the run, 0-based; results are returned in this order. */
  index: number;
  artifacts: ArtifactHashes;
  /** Witness input (bigints as decimal strings). */
  input: CircuitInput;
}

/** Wall-clock seconds of one proof. */
export interface SegmentTimings {
  /** Witness computation (circom's wasm witness calculator). */
  witness: number;
  /** Groth16 proof from the witness (snarkjs). */
  prove: number;
}

/** A snarkjs Groth16 proof as JSON (decimal strings). */
export interface Groth16ProofJson {
  pi_a: string[];
  pi_b: string[][];
  pi_c: string[];
  protocol: string;
  curve: string;
}

/** The result of one job. */
export interface SegmentResult {
  index: number;
  proof: Groth16ProofJson;
  /** Public signals in snarkjs order (outputs, then public inputs), decimal strings. */
  publicSignals: string[];
  timings: SegmentTimings;
  /**
   * Resident-set high-water mark of the proving process after this proof, MB (src/prover/proveChild.ts
   * `peakRssMB`): the largest of the proofs that process has made so far.
   */
  peakRssMB: number;
  /** Who proved it: `host:pid` of the worker process (a retried job names the last prover). */
  prover: string;
}

/** The files of a job's circuit on this machine, checked against the job's hashes. */
export interface VerifiedArtifacts {
  dir: string;
  wasm: string;
  zkey: string;
  vkey: string;
  manifest: SetupManifest;
}

/** sha256 of files already hashed by this process, keyed by path, size and mtime. */
const hashCache = new Map<string, string>();

/**
 * sha256 (hex) of a file, computed once per process for a given path, size and modification
 * time (a zkey is hundreds of MB; every job of a run names the same one).
 */
export async function cachedSha256(file: string): Promise<string> {
  const s = await stat(file);
  const key = `${path.resolve(file)}\0${s.size}\0${s.mtimeMs}`;
  let h = hashCache.get(key);
  if (h === undefined) {
    h = await hashFile(file, "sha256");
    hashCache.set(key, h);
  }
  return h;
}

/**
 * The content hashes of circuit `circuit` as built in `buildDir` (`<buildDir>/<circuit>/`, the
 * src/artifacts.ts layout), for the jobs of a run.
 * @throws ZkattnUserError `prove segments: ...` when the circuit has no setup manifest or its
 *   wasm or zkey is missing.
 */
export async function artifactHashes(buildDir: string, circuit: string): Promise<ArtifactHashes> {
  const dir = path.join(buildDir, circuit);
  const manifest = await readManifest(path.join(dir, "manifest.json"));
  if (!manifest)
    throw new ZkattnUserError(
      `prove segments: no setup manifest in ${dir}; run \`npx hardhat zkattn:setup\` for circuit ${circuit} first`,
    );
  const files = setupFiles(dir, manifest);
  for (const f of [files.wasm, files.zkey])
    if (!existsSync(f))
      throw new ZkattnUserError(
        `prove segments: ${f} is missing; re-run \`npx hardhat zkattn:setup\` for circuit ${circuit}`,
      );
  return {
    circuit,
    circuitHash: manifest.circuitHash,
    zkeySha256: manifest.zkey.sha256,
    wasmSha256: await cachedSha256(files.wasm),
  };
}

/** The manifests under `buildDir/*`, build/<circuit>/ first. */
async function candidateManifests(
  buildDir: string,
  circuit: string,
): Promise<{ dir: string; manifest: SetupManifest }[]> {
  const dirs = [path.join(buildDir, circuit)];
  if (existsSync(buildDir))
    for (const e of await readdir(buildDir, { withFileTypes: true }))
      if (e.isDirectory() && e.name !== circuit) dirs.push(path.join(buildDir, e.name));
  const found: { dir: string; manifest: SetupManifest }[] = [];
  for (const dir of dirs) {
    const manifest = await readManifest(path.join(dir, "manifest.json"));
    if (manifest) found.push({ dir, manifest });
  }
  return found;
}

/**
 * Finds the build artifacts a job names on this machine and checks their content: the setup
 * manifest in `<buildDir>/<circuit>/` (or, failing that, any `<buildDir>/*` manifest) with the
 * job's circuitHash and zkey sha256, then the sha256 of the zkey and wasm files themselves.
 *
 * @param who prefix of the error messages (e.g. `worker host:123: segment 2`).
 * @throws ZkattnUserError naming the hash that differs, the file or manifest checked, and the
 *   value found there; or that no manifest under `buildDir` has the job's circuitHash.
 */
export async function locateArtifacts(
  buildDir: string,
  want: ArtifactHashes,
  who: string,
): Promise<VerifiedArtifacts> {
  const candidates = await candidateManifests(buildDir, want.circuit);
  const match = candidates.find(
    (c) =>
      c.manifest.circuitHash === want.circuitHash && c.manifest.zkey.sha256 === want.zkeySha256,
  );
  const fix = `give this machine the enqueuing machine's build/${want.circuit}/ (manifest.json, zkey, vkey and the ${want.circuit}_js/ wasm)`;
  if (!match) {
    const own = candidates.find((c) => c.dir === path.join(buildDir, want.circuit));
    if (!own)
      throw new ZkattnUserError(
        `${who}: no setup of circuit ${want.circuit} with circuitHash ${want.circuitHash} in ${buildDir} (no ${path.join(buildDir, want.circuit, "manifest.json")})`,
        { fix },
      );
    const m = own.manifest;
    const what =
      m.circuitHash !== want.circuitHash
        ? `circuitHash ${want.circuitHash}, but ${own.dir}/manifest.json has circuitHash ${m.circuitHash}`
        : `zkey sha256 ${want.zkeySha256}, but ${own.dir}/manifest.json records zkey sha256 ${m.zkey.sha256}`;
    throw new ZkattnUserError(`${who}: the job needs ${what}`, { fix });
  }
  const files = setupFiles(match.dir, match.manifest);
  for (const [kind, file, expected] of [
    ["zkey", files.zkey, want.zkeySha256],
    ["wasm", files.wasm, want.wasmSha256],
  ] as const) {
    if (!existsSync(file))
      throw new ZkattnUserError(`${who}: ${file} (the job's ${kind}) is missing`, { fix });
    const got = await cachedSha256(file);
    if (got !== expected)
      throw new ZkattnUserError(
        `${who}: the job needs ${kind} sha256 ${expected}, but ${file} has sha256 ${got}`,
        { fix },
      );
  }
  return {
    dir: match.dir,
    wasm: files.wasm,
    zkey: files.zkey,
    vkey: files.vkey,
    manifest: match.manifest,
  };
}

/**
 * Checks that `results` hold exactly one result per index 0..n-1, in order.
 * @throws Error `prove segments: ...` naming a missing or duplicated segment (a bug of the pool
 *   or queue, not a user error).
 */
export function checkSegmentOrder(results: readonly SegmentResult[], n: number): void {
  if (results.length !== n || results.some((r, i) => r.index !== i))
    throw new Error(
      `prove segments: expected results for segments 0..${n - 1} in order, got [${results.map((r) => r.index).join(", ")}]`,
    );
}
