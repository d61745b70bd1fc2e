/**
 * Compiling a model layer's generated main circuit, cached by the content of every source it
 * includes, so the second `prove-and-submit` skips the ~30 s compile.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { compileCircuit } from "../circom/compile.js";
import { mainCircuitPath } from "../circuit/mainCircuits.js";
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

/** Optimization level used for proving builds (DESIGN.md; docs/circuits.md measures --O2). */
export const PROVING_OPTIMIZATION = 2;

/** Circuit name of a model layer. */
export function circuitName(model: string, layer: number): string {
  return `${model}-layer${layer}`;
}

/**
 * Fingerprint of everything a compile depends on: the main circuit, every library template,
 * the circomlib and circom2 versions, and the optimization level.
 */
export function compileKey(root: string, mainFile: string): string {
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
  h.update(`O${PROVING_OPTIMIZATION}`);
  return h.digest("hex");
}

/**
 * Compiles `circuits/main/<model>-layer<layer>.circom` into `build/<name>/` unless a build with
 * the same {@link compileKey} is there.
 *
 * @throws Error `prover: ...` when the main circuit is missing (names `npx tsx
 *   scripts/gen-circuits.ts`), or circom's errors.
 */
export async function ensureCircuitBuild(opts: {
  root: string;
  model: string;
  layer: number;
  log?: (line: string) => void;
}): Promise<CircuitBuild> {
  const { root, model, layer } = opts;
  const log = opts.log ?? (() => {});
  const name = circuitName(model, layer);
  const mainFile = mainCircuitPath(model, layer);
  if (!existsSync(path.join(root, mainFile))) {
    throw new Error(
      `prover: ${mainFile} does not exist; generate it with \`npx tsx scripts/gen-circuits.ts\` (after \`npm run quantize\` for a new model)`,
    );
  }
  const outDir = path.join("build", name);
  const r1csPath = path.join(root, outDir, `${name}.r1cs`);
  const wasmPath = path.join(root, outDir, `${name}_js`, `${name}.wasm`);
  const stampPath = path.join(root, outDir, "compile.json");
  const key = compileKey(root, mainFile);
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
  log(`compile: ${mainFile} with circom2 --O${PROVING_OPTIMIZATION} --inspect (about 30 s)...`);
  const c = await compileCircuit({
    circuit: mainFile,
    outDir,
    root,
    optimization: PROVING_OPTIMIZATION,
  });
  const r1csSha256 = createHash("sha256").update(readFileSync(c.r1csPath)).digest("hex");
  await writeTextAtomically(
    stampPath,
    `${JSON.stringify({ key, r1csSha256, seconds: c.seconds }, null, 2)}\n`,
  );
  log(`compile: done in ${c.seconds.toFixed(1)} s`);
  return { name, r1csPath: c.r1csPath, wasmPath: c.wasmPath, compiled: true, seconds: c.seconds };
}
