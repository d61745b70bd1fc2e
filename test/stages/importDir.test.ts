import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { encodeSafetensors, readTorchCheckpoint } from "../../src/model/import/index.js";
import { renderPromptsFile } from "../../src/model/description.js";
import { importModelDir, type ImportModelOptions } from "../../src/stages/importDir.js";
import { loadIntModel } from "../../src/stages/file.js";
import { ZkattnUserError } from "../../src/errors.js";

const ADDER_SOURCE = "models/mingpt-adder/source";

/** Every file under dir (relative paths, sorted) with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else out.set(path.relative(dir, f), readFileSync(f).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

describe("stages: zkattn:import's library function importModelDir (issue 12 item 2)", function () {
  const work = mkdtempSync(path.join(tmpdir(), "zkattn-import-"));
  after(function () {
    rmSync(work, { recursive: true, force: true });
  });
  const calibration = path.join(work, "prompts.json");
  writeFileSync(
    calibration,
    renderPromptsFile({
      description: "50 test prompts",
      prompts: Array.from({ length: 50 }, (_, i) =>
        [...String(i * 199).padStart(4, "0")].map(Number),
      ),
    }),
  );
  const base = (modelsDir: string): ImportModelOptions => ({
    from: path.join(ADDER_SOURCE, "model.pt"),
    name: "adder",
    modelsDir,
    nHead: 3,
    promptLength: 4,
    generate: 3,
    calibration,
    task: "adder",
  });
  const emptyModels = () => mkdtempSync(path.join(work, "models-"));

  it("is deterministic: two imports of the same inputs are byte-identical, and load", function () {
    const a = emptyModels();
    const b = emptyModels();
    const ra = importModelDir(base(a));
    importModelDir(base(b));
    expect(ra.files).to.deep.equal([
      "calibration-prompts.json",
      "model.json",
      "quantized-model.json",
      "source/LICENSE",
      "source/README.md",
      "source/config.json",
      "source/model.pt",
    ]);
    const sa = snapshot(path.join(a, "adder"));
    expect([...sa.keys()]).to.deep.equal(ra.files);
    expect(sa).to.deep.equal(snapshot(path.join(b, "adder")));
    expect(readdirSync(a)).to.deep.equal(["adder"]); // no temporary directory left
    expect(loadIntModel(path.join(a, "adder")).calibration.sequences).to.equal(50);
    expect(ra.calibrationSequences).to.equal(50);
  });

  /** Runs a failing import into an empty models dir; asserts the error and that nothing was written. */
  function failsCleanly(o: Partial<ImportModelOptions>, message: string | RegExp): void {
    const m = emptyModels();
    let caught: unknown;
    try {
      importModelDir({ ...base(m), ...o });
    } catch (e) {
      caught = e;
    }
    expect(caught, "no error").to.be.instanceOf(Error);
    const msg = (caught as Error).message;
    if (typeof message === "string") expect(msg).to.include(message);
    else expect(msg).to.match(message);
    // A user's mistake: printed by the CLI without a stack trace (tasks/actions/userErrors.ts).
    expect(ZkattnUserError.is(caught), msg).to.equal(true);
    expect(readdirSync(m)).to.deep.equal([]);
  }

  it("a missing source file: the file is named, nothing written", function () {
    failsCleanly({ from: "nope/model.pt" }, "import: source file nope/model.pt does not exist");
  });

  it("a file of unknown format: the reader says what is wrong, nothing written", function () {
    const d = mkdtempSync(path.join(work, "src-"));
    writeFileSync(path.join(d, "model.bin"), "not a model at all");
    writeFileSync(path.join(d, "LICENSE"), "MIT");
    const file = path.join(d, "model.bin");
    failsCleanly(
      { from: file },
      `import: ${file} declares a 8029109312199880558-byte header but holds 10 bytes after the length: the file is truncated or not safetensors`,
    );
  });

  it("a missing tensor: the tensor and its expected shape are named, nothing written", function () {
    const d = mkdtempSync(path.join(work, "src-"));
    const tensors = new Map(readTorchCheckpoint(path.join(ADDER_SOURCE, "model.pt")).tensors);
    tensors.delete("transformer.h.2.ln_2.weight");
    const file = path.join(d, "adder.safetensors");
    writeFileSync(file, encodeSafetensors(tensors));
    copyFileSync(path.join(ADDER_SOURCE, "LICENSE"), path.join(d, "LICENSE"));
    failsCleanly(
      { from: file },
      `import: missing tensor "transformer.h.2.ln_2.weight" in ${file}; expected shape [48]`,
    );
  });

  it("no licence beside the source: refused unless --no-license (license: null)", function () {
    const d = mkdtempSync(path.join(work, "src-"));
    const file = path.join(d, "model.pt");
    copyFileSync(path.join(ADDER_SOURCE, "model.pt"), file);
    failsCleanly(
      { from: file },
      `import: no licence beside ${file} (looked for LICENSE, LICENSE.txt, LICENSE.md, LICENCE, COPYING); pass --license <file>, or --no-license if you may use the weights without one`,
    );
    const m = emptyModels();
    const r = importModelDir({ ...base(m), from: file, license: null });
    expect(r.description.source.license).to.equal(null);
    expect(r.files).to.not.include("source/LICENSE");
  });

  it("a task longer than block_size, a bad prompt, an existing directory: exact errors, nothing written", function () {
    failsCleanly(
      { task: "generic", generate: 4 },
      "task: prompt length 4 + generated 4 − 1 = 7 tokens exceed the model's block_size 6",
    );
    const bad = path.join(work, "bad-prompts.json");
    writeFileSync(
      bad,
      JSON.stringify({
        prompts: [
          [1, 2, 3, 4],
          [1, 2, 10, 4],
        ],
      }),
    );
    failsCleanly(
      { calibration: bad },
      `model: ${bad}: prompt 1: task: prompt token 10 at position 2 is not in [0, 10)`,
    );
    const m = emptyModels();
    mkdirSync(path.join(m, "adder"));
    expect(() => importModelDir(base(m))).to.throw(
      `import: ${path.join(m, "adder")} exists; pass --force to replace it`,
    );
    expect(readdirSync(path.join(m, "adder"))).to.deep.equal([]);
  });

  it("an ONNX export of the same model (opset 11, 17) gives the same quantized model: only the source record differs", function () {
    const m = emptyModels();
    importModelDir(base(m));
    const fromPt = JSON.parse(readFileSync(path.join(m, "adder", "quantized-model.json"), "utf8"));
    for (const opset of [11, 17]) {
      const file = `test/fixtures/mingpt-adder-onnx/mingpt-adder-opset${opset}.onnx`;
      const mo = emptyModels();
      const r = importModelDir({ ...base(mo), from: file });
      expect(r.description.source).to.deep.equal({
        file: `source/mingpt-adder-opset${opset}.onnx`,
        format: "onnx",
        license: "source/LICENSE",
      });
      const q = JSON.parse(readFileSync(path.join(mo, "adder", "quantized-model.json"), "utf8"));
      expect(q.source.file).to.equal(`source/mingpt-adder-opset${opset}.onnx`);
      expect(q.source.sha256).to.not.equal(fromPt.source.sha256);
      // Everything but the source file's name and hash (and the content hash over them) is equal.
      const rest = (x: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(x).filter(([k]) => k !== "source" && k !== "contentHash"),
        );
      expect(Object.keys(rest(q)).length).to.be.greaterThan(3);
      expect(rest(q)).to.deep.equal(rest(fromPt));
    }
  });

  it("a truncated ONNX file: the file is named, nothing written", function () {
    const d = mkdtempSync(path.join(work, "src-"));
    const file = path.join(d, "model.onnx");
    const bytes = readFileSync("test/fixtures/mingpt-adder-onnx/mingpt-adder-opset17.onnx");
    writeFileSync(file, bytes.subarray(0, 200_000));
    copyFileSync(path.join(ADDER_SOURCE, "LICENSE"), path.join(d, "LICENSE"));
    failsCleanly({ from: file }, `onnx: ${file} is truncated or corrupt (protobuf: `);
  });

  it("calibration prompts that miss token/position pairs: a user error naming the fix, nothing written", function () {
    const few = path.join(work, "few-prompts.json");
    writeFileSync(
      few,
      renderPromptsFile({
        description: "20 prompts",
        prompts: Array.from({ length: 20 }, (_, i) =>
          [...String(i * 199).padStart(4, "0")].map(Number),
        ),
      }),
    );
    failsCleanly(
      { calibration: few },
      /^stages: embedding: a token\/position pair reaches -?\d+\.\.-?\d+, beyond ±32767; calibrate on sequences covering every token at every position$/,
    );
  });
});
