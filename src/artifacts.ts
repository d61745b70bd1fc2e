/**
 * The build layout: where every generated file of a circuit lives. One module owns it so that
 * compile, setup, prove, verify and deploy agree on paths.
 *
 * ```
 * circuits/main/<name>.circom            generated main circuit (scripts/gen-circuits.ts)
 * build/<name>/<name>.r1cs               circom2 output (compileCircuit)
 * build/<name>/<name>.sym
 * build/<name>/<name>_js/<name>.wasm     witness generator
 * build/<name>/compile.json              compile cache stamp (src/prover/build.ts)
 * build/<name>/manifest.json             setup manifest (src/setup/manifest.ts); it names the
 *                                        zkey, vkey and wasm files relative to build/<name>/
 * build/ptau/                            cached development ptau files
 * build/proofs/<name>.proof.json         default output of the `prove` task
 * ```
 *
 * `<name>` is a circuit name, e.g. `gpt-nano-sort-layer0` (src/circuit/mainCircuits.ts
 * `circuitName`). All of build/ is git-ignored. The zkey and vkey file names themselves are
 * chosen by the setup (src/setup/setup.ts `artifactPaths`) and read back through the manifest.
 */
import path from "node:path";

/** Build output folder, relative to the project root. */
export const BUILD_DIR = "build";

/** Folder of the generated main circuits, relative to the project root. */
export const MAIN_CIRCUITS_DIR = "circuits/main";

/** Folder of the model directories (`models/<model>/quantized.json`), relative to the root. */
export const MODELS_DIR = "models";

/** Path of a circuit's generated main file relative to the root: `circuits/main/<name>.circom`. */
export function mainCircuitFile(name: string): string {
  return `${MAIN_CIRCUITS_DIR}/${name}.circom`;
}

/** A model directory: `<root>/models/<model>` (absolute if `root` is). */
export function modelDir(root: string, model: string): string {
  return path.join(root, MODELS_DIR, model);
}

/** A circuit's build directory: `<root>/build/<name>` (absolute if `root` is). */
export function circuitBuildDir(root: string, name: string): string {
  return path.join(root, BUILD_DIR, name);
}

/** Cache folder of development ptau files: `<root>/build/ptau`. */
export function ptauCacheDir(root: string): string {
  return path.join(root, BUILD_DIR, "ptau");
}

/** Default proof file of the `prove` task: `<root>/build/proofs/<name>.proof.json`. */
export function defaultProofPath(root: string, name: string): string {
  return path.join(root, BUILD_DIR, "proofs", `${name}.proof.json`);
}

/** The files circom2 writes for main file `<base>.circom` into `dir`. */
export interface CompiledFiles {
  r1cs: string;
  wasm: string;
  sym: string;
}

/**
 * circom2's output files for a main circuit with base name `base` compiled with `-o dir`:
 * `<dir>/<base>.r1cs`, `<dir>/<base>.sym` and `<dir>/<base>_js/<base>.wasm` (circom's own layout).
 */
export function compiledFiles(dir: string, base: string): CompiledFiles {
  return {
    r1cs: path.join(dir, `${base}.r1cs`),
    sym: path.join(dir, `${base}.sym`),
    wasm: path.join(dir, `${base}_js`, `${base}.wasm`),
  };
}

/** Every path of circuit `name` under `<root>/build/<name>/` that does not need the manifest. */
export interface CircuitArtifacts extends CompiledFiles {
  /** `<root>/build/<name>`. */
  dir: string;
  /** Setup manifest, `manifest.json`. */
  manifest: string;
  /** Compile cache stamp, `compile.json`. */
  compileStamp: string;
}

/** The paths of {@link CircuitArtifacts} for circuit `name` (absolute if `root` is). */
export function circuitArtifacts(root: string, name: string): CircuitArtifacts {
  const dir = circuitBuildDir(root, name);
  return {
    dir,
    ...compiledFiles(dir, name),
    manifest: path.join(dir, "manifest.json"),
    compileStamp: path.join(dir, "compile.json"),
  };
}

/** The fields of a setup manifest (src/setup/manifest.ts) that name its files. */
export interface ManifestFiles {
  /** Circuit name. */
  circuit: string;
  zkey: { file: string };
  vkey: { file: string };
  wasm?: { file: string };
}

/** The absolute key files a setup manifest names. */
export interface SetupFiles {
  /** The manifest's directory, `build/<name>`. */
  dir: string;
  zkey: string;
  vkey: string;
  /** The manifest's wasm, or circom's default place for it. */
  wasm: string;
}

/**
 * Resolves the files a setup manifest names (relative to the circuit's build directory).
 * @param dir the manifest's directory, `build/<name>`.
 */
export function setupFiles(dir: string, manifest: ManifestFiles): SetupFiles {
  return {
    dir,
    zkey: path.join(dir, manifest.zkey.file),
    vkey: path.join(dir, manifest.vkey.file),
    wasm: manifest.wasm
      ? path.join(dir, manifest.wasm.file)
      : compiledFiles(dir, manifest.circuit).wasm,
  };
}
