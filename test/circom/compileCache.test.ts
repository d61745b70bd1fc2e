import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import { compiledFiles } from "../../src/artifacts.js";
import { circuitSources, compileCached } from "../../src/circom/compile.js";

const ROOT = process.cwd();

describe("the compile cache (src/circom/compile.ts compileCached)", function () {
  // circom2 reads only below its cwd, so the scratch circuit lives in the project's .tmp/.
  const rel = path.join(".tmp", `compile-cache-${process.pid}`);
  const dir = path.join(ROOT, rel);
  const main = path.join(rel, "main.circom");
  const outDir = path.join(rel, "out");
  const stampPath = path.join(dir, "out", "compile.json");
  const inc = (k: number) =>
    `pragma circom 2.2.0;\ntemplate Scale() {\n    signal input in;\n    signal output out;\n    out <== in * ${k};\n}\n`;

  before(async function () {
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, "main.circom"),
      'pragma circom 2.2.0;\n// include "ignored.circom"; (a comment, not an include)\ninclude "scale.circom";\ntemplate Main() {\n    signal input a;\n    signal input b;\n    signal output c;\n    component s = Scale();\n    s.in <== a * b;\n    c <== s.out;\n}\ncomponent main = Main();\n',
    );
    await writeFile(path.join(dir, "scale.circom"), inc(3));
  });

  after(async function () {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds the main file and what it includes, not commented-out includes", function () {
    expect(circuitSources(ROOT, main)).to.deep.equal([
      path.join(dir, "main.circom"),
      path.join(dir, "scale.circom"),
    ]);
  });

  it("compiles into circom's layout, reuses the build, and recompiles when an included file changes", async function () {
    this.timeout(300_000);
    const first = await compileCached({ circuit: main, outDir, root: ROOT, stampPath });
    expect(first.compiled).to.equal(true);
    const files = compiledFiles(path.join(ROOT, outDir), "main");
    expect(first.r1csPath).to.equal(files.r1cs);
    expect(first.wasmPath).to.equal(files.wasm);
    for (const f of [files.r1cs, files.wasm, files.sym, stampPath])
      expect(existsSync(f), f).to.equal(true);

    const second = await compileCached({ circuit: main, outDir, root: ROOT, stampPath });
    expect(second.compiled).to.equal(false);
    expect(second.seconds).to.equal(0);

    // Another optimization level is another build.
    const o2 = await compileCached({
      circuit: main,
      outDir,
      root: ROOT,
      stampPath,
      optimization: 2,
    });
    expect(o2.compiled).to.equal(true);
    const back = await compileCached({ circuit: main, outDir, root: ROOT, stampPath });
    expect(back.compiled).to.equal(true);

    await writeFile(path.join(dir, "scale.circom"), inc(5));
    const changed = await compileCached({ circuit: main, outDir, root: ROOT, stampPath });
    expect(changed.compiled).to.equal(true);
  });
});
