/**
 * Compiling a generated main circuit (a model layer's attention block or the whole model), cached by the content of every source it
 * includes, so the second `prove-and-submit` skips the ~30 s compile.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import { circuitArtifacts } from "../artifacts.js";
import { compileCached } from "../circom/compile.js";
import type { WeightsMode } from "../circuit/types.js";
import { circuitNameOf, mainFileOf, type CircuitDescription } from "../circuit/descriptions.js";
import { circuitName, layerDescription } from "../circuit/mainCircuits.js";
import { ZkattnUserError } from "../errors.js";

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
 * Compiles `circuits/main/<name>.circom` (name from {@link circuitName}: `<model>-layer<layer>`,
 * with `-public-weights` in public-weights mode) into `build/<name>/` unless a build with the
 * same compile key (src/circom/compile.ts `compileKey`: the sources it includes, the toolchain
 * versions and the optimization level) is there.
 *
 * @throws ZkattnUserError `prover: ...` when the main circuit is missing (names `npx tsx
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
  return ensureMainCircuitBuild({
    root: opts.root,
    description: layerDescription(opts.model, opts.layer, opts.weights),
    log: opts.log,
  });
}

/**
 * Compiles the main circuit of any description (an attention block or the whole model,
 * src/circuit/descriptions.ts) into `build/<name>/`, cached as {@link ensureCircuitBuild}.
 * Whole-model circuits compile at the optimization level of their weights mode too (public:
 * `--O1`; the gpt-nano-sort whole model takes ~10 min and ~3.4 GB on 2 cores). A cut description
 * compiles one segment's circuit per call (`segment`).
 *
 * @throws ZkattnUserError `prover: ...` when the main circuit is missing, or circom's errors.
 */
export async function ensureMainCircuitBuild(opts: {
  root: string;
  description: CircuitDescription;
  /** 0-based segment of a cut description (src/circuit/segments.ts); default 0. */
  segment?: number;
  log?: (line: string) => void;
}): Promise<CircuitBuild> {
  const { root, description: d } = opts;
  const log = opts.log ?? (() => {});
  const segment = opts.segment ?? 0;
  const name = circuitNameOf(d, segment);
  const mainFile = mainFileOf(d, segment);
  if (!existsSync(path.join(root, mainFile))) {
    throw new ZkattnUserError(
      `prover: ${mainFile} does not exist; generate it with \`npx tsx scripts/gen-circuits.ts\` (after \`npm run quantize\` for a new model)`,
    );
  }
  const a = circuitArtifacts(root, name);
  const c = await compileCached({
    circuit: mainFile,
    outDir: path.relative(root, a.dir),
    root,
    optimization: provingOptimization(d.weights),
    stampPath: a.compileStamp,
    log,
  });
  return {
    name,
    r1csPath: c.r1csPath,
    wasmPath: c.wasmPath,
    compiled: c.compiled,
    seconds: c.seconds,
  };
}
