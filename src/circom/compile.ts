import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { compiledFiles } from "../artifacts.js";

const require = createRequire(import.meta.url);

/** Options for {@link compileCircuit}. */
export interface CompileOptions {
  /** Path of the .circom file, relative to `root` (circom2 only reads below its cwd). */
  circuit: string;
  /** Output directory for r1cs, wasm and sym, relative to `root`. */
  outDir: string;
  /** Project root: the cwd circom2 runs in. Defaults to process.cwd(). */
  root?: string;
  /** Run `--inspect` and fail on any warning it prints (docs/design.md "Soundness rules"). Default true. */
  inspect?: boolean;
  /** Optimization flag: 1 (default, `--O1`) or 2 (`--O2`). */
  optimization?: 1 | 2;
  /** Receives compiler output lines as they arrive (progress). */
  onOutput?: (line: string) => void;
}

/** Result of {@link compileCircuit}. */
export interface CompileResult {
  r1csPath: string;
  wasmPath: string;
  symPath: string;
  seconds: number;
  stdout: string;
}

/**
 * Compiles a circom 2 circuit with the npm package `circom2` (circom 2.2.x as WebAssembly) into
 * r1cs, wasm (witness generator) and sym files. Library includes resolve against
 * `<root>/node_modules` (for circomlib) and `<root>` itself.
 *
 * @throws Error naming the circuit when circom reports an error, or (with `inspect`) a
 *   warning, since `--inspect` warnings flag under-constrained signals.
 */
export async function compileCircuit(opts: CompileOptions): Promise<CompileResult> {
  const root = opts.root ?? process.cwd();
  const inspect = opts.inspect ?? true;
  await mkdir(path.join(root, opts.outDir), { recursive: true });
  const cli = require.resolve("circom2/cli.js");
  const args = [
    cli,
    opts.circuit,
    "--r1cs",
    "--wasm",
    "--sym",
    `--O${opts.optimization ?? 1}`,
    "-o",
    opts.outDir,
    ...LIBRARY_DIRS.flatMap((d) => ["-l", d]),
  ];
  if (inspect) args.push("--inspect");
  const started = performance.now();
  const { code, out } = await new Promise<{ code: number | null; out: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      const onData = (buf: Buffer) => {
        const text = buf.toString();
        out += text;
        if (opts.onOutput)
          for (const line of text.split("\n")) if (line.trim()) opts.onOutput(line);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("error", reject);
      child.on("close", (c) => resolve({ code: c, out }));
    },
  );
  const seconds = (performance.now() - started) / 1000;
  // circom prints ANSI colour codes; strip them before matching.
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, "");
  if (code !== 0 || /\berror\[/i.test(plain)) {
    throw new Error(`circom: compiling ${opts.circuit} failed (exit ${code}):\n${plain}`);
  }
  if (inspect && /\bwarning\[/i.test(plain)) {
    throw new Error(
      `circom --inspect: ${opts.circuit} has warnings; zkattn treats them as errors (an unconstrained or under-constrained signal is a soundness bug):\n${plain}`,
    );
  }
  const files = compiledFiles(path.join(root, opts.outDir), path.basename(opts.circuit, ".circom"));
  return {
    r1csPath: files.r1cs,
    wasmPath: files.wasm,
    symPath: files.sym,
    seconds,
    stdout: plain,
  };
}

/** Library folders circom searches after the including file's own folder (`-l`, in order). */
const LIBRARY_DIRS = ["node_modules", "."];

/**
 * Every file `circuit` includes, transitively, resolved as circom does: against the including
 * file's folder, then each of {@link LIBRARY_DIRS} under `root`. Absolute paths, `circuit` first.
 * An include that resolves nowhere is left out (circom itself reports it).
 */
export function circuitSources(root: string, circuit: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    for (const m of text.matchAll(/\binclude\s+"([^"]+)"/g)) {
      const candidates = [path.dirname(file), ...LIBRARY_DIRS.map((d) => path.join(root, d))].map(
        (d) => path.resolve(d, m[1]),
      );
      const found = candidates.find((c) => existsSync(c));
      if (found) visit(found);
    }
  };
  visit(path.resolve(root, circuit));
  return [...seen];
}

/**
 * Fingerprint of everything a compile depends on: the main circuit and every file it includes
 * (names relative to `root` and contents), the circomlib and circom2 versions, the optimization
 * level and whether `--inspect` ran. Hex sha256.
 */
export function compileKey(
  root: string,
  circuit: string,
  optimization: 1 | 2,
  inspect = true,
): string {
  const h = createHash("sha256");
  for (const f of circuitSources(root, circuit)) {
    h.update(path.relative(root, f));
    h.update(readFileSync(f));
  }
  for (const pkg of ["circomlib/package.json", "circom2/package.json"]) {
    h.update(
      (JSON.parse(readFileSync(require.resolve(pkg), "utf8")) as { version: string }).version,
    );
  }
  h.update(`O${optimization}${inspect ? " inspect" : ""}`);
  return h.digest("hex");
}

/** Result of {@link compileCached}. */
export interface CachedCompileResult extends Omit<CompileResult, "stdout"> {
  /** Whether this call ran circom (false: the cached build was still valid; seconds is 0). */
  compiled: boolean;
}

/**
 * {@link compileCircuit} unless `outDir` already holds a build with the same {@link compileKey}:
 * a stamp file (`stampPath`, e.g. build/<name>/compile.json from src/artifacts.ts) records the key
 * and the r1cs's sha256, and the r1cs, wasm and sym must still exist with that r1cs.
 *
 * @throws the errors of {@link compileCircuit}.
 */
export async function compileCached(
  opts: CompileOptions & { stampPath: string; log?: (line: string) => void },
): Promise<CachedCompileResult> {
  const root = opts.root ?? process.cwd();
  const optimization = opts.optimization ?? 1;
  const inspect = opts.inspect ?? true;
  const log = opts.log ?? (() => {});
  const files = compiledFiles(path.join(root, opts.outDir), path.basename(opts.circuit, ".circom"));
  const key = compileKey(root, opts.circuit, optimization, inspect);
  const sha256 = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
  if ([files.r1cs, files.wasm, files.sym, opts.stampPath].every((f) => existsSync(f))) {
    const stamp = JSON.parse(readFileSync(opts.stampPath, "utf8")) as {
      key?: string;
      r1csSha256?: string;
    };
    if (stamp.key === key && stamp.r1csSha256 === sha256(files.r1cs)) {
      log(`compile: ${opts.circuit} unchanged, reusing ${opts.outDir}`);
      return {
        r1csPath: files.r1cs,
        wasmPath: files.wasm,
        symPath: files.sym,
        seconds: 0,
        compiled: false,
      };
    }
  }
  log(`compile: ${opts.circuit} with circom2 --O${optimization}${inspect ? " --inspect" : ""}...`);
  const c = await compileCircuit({ ...opts, root, optimization, inspect });
  // Written after the build and renamed into place, so a killed compile leaves no valid stamp.
  const tmp = `${opts.stampPath}.tmp-${process.pid}`;
  await writeFile(
    tmp,
    `${JSON.stringify({ key, r1csSha256: sha256(c.r1csPath), seconds: c.seconds }, null, 2)}\n`,
  );
  await rename(tmp, opts.stampPath);
  log(`compile: done in ${c.seconds.toFixed(1)} s`);
  return {
    r1csPath: c.r1csPath,
    wasmPath: c.wasmPath,
    symPath: c.symPath,
    seconds: c.seconds,
    compiled: true,
  };
}
