/**
 * Compiling a model layer's generated main circuit, cached by the content of every source it
 * includes, so the second `prove-and-submit` skips the ~30 s compile.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { compileCircuit } from "../circom/compile.js";
import type { WeightsMode } from "../circuit/generator.js";
import { circuitName, mainCircuitPath } from "../circuit/mainCircuits.js";
import { writeTextAtomically } from "../setup/fsutil.js";

const require = createRequire(import.meta.url);

/** Compiled artifacts of one circuit. */
export interface CircuitBuild {
  /** Circuit name, e.g. "gpt-nano-sort-layer0" (also the build/ subdirectory). */
  name: string;
  /** Absolute paths. */
  r1csPath: string;
  wasmPath: string;
  /** Whether this call compiled (false: the cached build was still valid). */
  compiled: boolean;
  seconds: number;
}

/** Optimization level of private-weights proving builds (docs/circuits.md measures --O2). */
export const PROVING_OPTIMIZATION = 2;

/**
 * circom optimization level of a proving build. Private weights: `--O2` (233,093 constraints,
 * domain 2^18; `--O1` keeps 327,288, which would need 2^19). Public weights: `--O1`. There `--O2`
 * substitutes the linear Q/K/V projections (48 terms each) into every score and AV product,
 * which removes 14,125 linear constraints but doubles the R1CS's non-zero entries (1.01 M vs
 * 0.49 M); the setup's `zkey new` is proportional to those (measured 167 s vs 48 s) and both
 * builds stay in domain 2^17 (84,431 vs 98,556 constraints). docs/circuits.md has the numbers.
 */
export function provingOptimization(weights: WeightsMode = "private"): 1 | 2 {
  return weights === "public" ? 1 : PROVING_OPTIMIZATION;
}

export { circuitName };

/**
 * Fingerprint of everything a compile depends on: the main circuit, every library template,
 * the circomlib and circom2 versions, and the optimization level.
 */
export function compileKey(
  root: string,
  mainFile: string,
  optimization = PROVING_OPTIMIZATION,
): string {
  const h = createHash("sha256");
  h.update(readFileSync(path.join(root, mainFile)));
  const lib = path.join(root, "circuits/lib");
  for (const f of readdirSync(lib)
    .filter((f) => f.endsWith(".circom"))
    .sort()) {
    h.update(f);
    h.update(readFileSync(path.join(lib, f)));
  }
  for (const pkg of ["circomlib/package.json", "circom2/package.json"]) {
    h.update(
      (JSON.parse(readFileSync(require.resolve(pkg), "utf8")) as { version: string }).version,
    );
  }
  h.update(`O${optimization}`);
  return h.digest("hex");
}

/**
 * Compiles `circuits/main/<name>.circom` (name from {@link circuitName}: `<model>-layer<layer>`,
 * with `-public-weights` in public-weights mode) into `build/<name>/` unless a build with the
 * same {@link compileKey} is there.
 *
 * @throws Error `prover: ...` when the main circuit is missing (names `npx tsx
 *   scripts/gen-circuits.ts`), or circom's errors.
 */
export async function ensureCircuitBuild(opts: {
  root: string;
  model: string;
  layer: number;
  /** Private committed weights (default) or public-weights mode. */
  weights?: WeightsMode;
  log?: (line: string) => void;
}): Promise<CircuitBuild> {
  const { root, model, layer } = opts;
  const log = opts.log ?? (() => {});
  const name = circuitName(model, layer, opts.weights);
  const mainFile = mainCircuitPath(model, layer, opts.weights);
  if (!existsSync(path.join(root, mainFile))) {
    throw new Error(
      `prover: ${mainFile} does not exist; generate it with \`npx tsx scripts/gen-circuits.ts\` (after \`npm run quantize\` for a new model)`,
    );
  }
  const outDir = path.join("build", name);
  const r1csPath = path.join(root, outDir, `${name}.r1cs`);
  const wasmPath = path.join(root, outDir, `${name}_js`, `${name}.wasm`);
  const stampPath = path.join(root, outDir, "compile.json");
  const optimization = provingOptimization(opts.weights);
  const key = compileKey(root, mainFile, optimization);
  if (existsSync(r1csPath) && existsSync(wasmPath) && existsSync(stampPath)) {
    const stamp = JSON.parse(readFileSync(stampPath, "utf8")) as {
      key?: string;
      r1csSha256?: string;
    };
    const r1csSha = createHash("sha256").update(readFileSync(r1csPath)).digest("hex");
    if (stamp.key === key && stamp.r1csSha256 === r1csSha) {
      log(`compile: ${mainFile} unchanged, reusing ${outDir}`);
      return { name, r1csPath, wasmPath, compiled: false, seconds: 0 };
    }
  }
  log(`compile: ${mainFile} with circom2 --O${optimization} --inspect (about 30 s)...`);
  const c = await compileCircuit({
    circuit: mainFile,
    outDir,
    root,
    optimization,
  });
  const r1csSha256 = createHash("sha256").update(readFileSync(c.r1csPath)).digest("hex");
  await writeTextAtomically(
    stampPath,
    `${JSON.stringify({ key, r1csSha256, seconds: c.seconds }, null, 2)}\n`,
  );
  log(`compile: done in ${c.seconds.toFixed(1)} s`);
  return { name, r1csPath: c.r1csPath, wasmPath: c.wasmPath, compiled: true, seconds: c.seconds };
}
