import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Options for {@link compileCircuit}. */
export interface CompileOptions {
  /** Path of the .circom file, relative to `root` (circom2 only reads below its cwd). */
  circuit: string;
  /** Output directory for r1cs, wasm and sym, relative to `root`. */
  outDir: string;
  /** Project root: the cwd circom2 runs in. Defaults to process.cwd(). */
  root?: string;
  /** Run `--inspect` and fail on any warning it prints (DESIGN.md soundness rules). Default true. */
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
    "-l",
    "node_modules",
    "-l",
    ".",
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
  const base = path.basename(opts.circuit, ".circom");
  const dir = path.join(root, opts.outDir);
  return {
    r1csPath: path.join(dir, `${base}.r1cs`),
    wasmPath: path.join(dir, `${base}_js`, `${base}.wasm`),
    symPath: path.join(dir, `${base}.sym`),
    seconds,
    stdout: plain,
  };
}
