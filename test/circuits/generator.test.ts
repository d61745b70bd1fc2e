import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { expect } from "chai";

import { attentionBounds } from "../../src/quant/bounds.js";
import { CIRCOM_CONSTANTS_FILE, renderCircomConstants } from "../../src/circuit/circomConstants.js";
import { modelCommitment } from "../../src/circuit/commitments.js";
import { generateLayerCircuit, layerCircuitWidths } from "../../src/circuit/generator.js";
import {
  generateMainCircuits,
  generateModelMainCircuits,
  parseWeightsMode,
  templateNameFor,
} from "../../src/circuit/mainCircuits.js";
import { PUBLIC_SIGNALS } from "../../src/circuit/publicSignals.js";
import { PACK_FIELD_BITS } from "../../src/quant/constants.js";
import { syntheticLayer } from "../../src/circuit/synthetic.js";

import { ROOT } from "./harness.js";

describe("circuit generator", () => {
  it("committed main circuits are exactly what `npx tsx scripts/gen-circuits.ts` generates (no drift)", () => {
    const generated = [
      ...generateMainCircuits(ROOT).map((c) => ({ file: c.file, source: c.generated.source })),
      ...generateModelMainCircuits(ROOT).map((c) => ({ file: c.file, source: c.generated.source })),
    ];
    expect(generated.length).to.be.greaterThan(0);
    for (const c of generated) {
      const file = path.join(ROOT, c.file);
      expect(
        existsSync(file),
        `${c.file} is missing; run npx tsx scripts/gen-circuits.ts`,
      ).to.equal(true);
      expect(
        readFileSync(file, "utf8"),
        `${c.file} drifted; run npx tsx scripts/gen-circuits.ts`,
      ).to.equal(c.source);
    }
    const committed = readdirSync(path.join(ROOT, "circuits/main")).filter((f) =>
      f.endsWith(".circom"),
    );
    expect(committed.map((f) => `circuits/main/${f}`).sort()).to.deep.equal(
      generated.map((c) => c.file).sort(),
    );
  });

  it("circuits/lib/constants.circom is what gen-circuits generates, and no library file retypes the pack width", () => {
    expect(
      readFileSync(path.join(ROOT, CIRCOM_CONSTANTS_FILE), "utf8"),
      `${CIRCOM_CONSTANTS_FILE} drifted; run npx tsx scripts/gen-circuits.ts`,
    ).to.equal(renderCircomConstants());
    expect(renderCircomConstants()).to.include(`return ${PACK_FIELD_BITS};`);
    const lib = path.join(ROOT, "circuits/lib");
    for (const f of readdirSync(lib).filter((f) => f.endsWith(".circom"))) {
      if (`circuits/lib/${f}` === CIRCOM_CONSTANTS_FILE) continue;
      // Code only: comments may quote the value.
      const code = readFileSync(path.join(lib, f), "utf8").replace(/\/\/[^\n]*/g, "");
      expect(
        code,
        `circuits/lib/${f} retypes ${PACK_FIELD_BITS}; use PACK_FIELD_BITS()`,
      ).to.not.match(new RegExp(`\\b${PACK_FIELD_BITS}\\b`));
    }
  });

  it("marks generated files as generated and declares the public inputs in PUBLIC_SIGNALS order", () => {
    const src = generateLayerCircuit(
      syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 1 }),
      {
        source: "test",
        templateName: "T",
      },
    ).source;
    expect(src.split("\n")[0]).to.equal(
      "// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/gen-circuits.ts`.",
    );
    expect(src).to.contain(`component main {public [${PUBLIC_SIGNALS.join(", ")}]} = T();`);
    const declared = [...src.matchAll(/^ {4}signal input (\w+)/gm)].map((m) => m[1]);
    expect(declared.slice(0, PUBLIC_SIGNALS.length)).to.deep.equal([...PUBLIC_SIGNALS]);
  });

  it("derives widths that hold every worst-case value", () => {
    const p = syntheticLayer({ dModel: 8, nHead: 2, blockSize: 5, seed: 4 });
    const b = attentionBounds(p, 5);
    const w = layerCircuitWidths(p, 5);
    expect(
      b.scoresQ.min >= -(1n << BigInt(w.qBits - 1)) && b.scoresQ.max < 1n << BigInt(w.qBits - 1),
    ).to.equal(true);
    expect(b.delta.max < 1n << BigInt(w.dBits)).to.equal(true);
    expect(
      b.outPre.min + 128n >= -(1n << BigInt(w.yBits - 1)) &&
        b.outPre.max + 128n < 1n << BigInt(w.yBits - 1),
    ).to.equal(true);
    w.rBits.forEach((r, t) =>
      expect(2n * BigInt(t + 1) * 65536n - 1n < 1n << BigInt(r)).to.equal(true),
    );
  });

  it("rejects T above the block size", () => {
    const p = syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 1 });
    expect(() => generateLayerCircuit(p, { source: "x", templateName: "A", T: 4 })).to.throw(
      "generator: T = 4 must be in 1..3",
    );
  });

  it("rejects a template name that is not a circom identifier", () => {
    const p = syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 1 });
    expect(() => generateLayerCircuit(p, { source: "x", templateName: "gpt-nano" })).to.throw(
      'generator: template name "gpt-nano" is not a circom identifier',
    );
    expect(templateNameFor("gpt-nano-sort", 2)).to.equal("GptNanoSortLayer2");
  });

  it("rejects parameters whose output requantization identity could wrap around the field", () => {
    const p = syntheticLayer({ dModel: 4, nHead: 2, blockSize: 3, seed: 1, outBiasBits: 250 });
    expect(() => generateLayerCircuit(p, { source: "x", templateName: "A" })).to.throw(
      /^generator: output requantization identity can reach 2\^\d+ ≥ 2\^250; lower outBiasBits, biasBits or outShift$/,
    );
  });

  describe("public-weights mode", () => {
    const D = 4;
    const p = syntheticLayer({ dModel: D, nHead: 2, blockSize: 3, seed: 1 });
    const src = generateLayerCircuit(p, {
      source: "test",
      templateName: "T",
      weights: "public",
    }).source;
    /** The integer rows of the array literal assigned in the body of circom function `name`. */
    const functionRows = (name: string): bigint[][] => {
      const body = new RegExp(`^function ${name}\\(\\) \\{\\n([\\s\\S]*?)\\n\\}$`, "m").exec(src);
      expect(body, `function ${name} in the generated main`).to.not.equal(null);
      const literal = body![1].slice(body![1].indexOf(" = "));
      return [...literal.matchAll(/\[(-?\d+(?:, -?\d+)*)\]/g)].map((m) =>
        m[1].split(", ").map(BigInt),
      );
    };

    it("declares exactly the public inputs, then xQ and salt (no weight or bias inputs)", () => {
      const declared = [...src.matchAll(/^ {4}signal input (\w+)/gm)].map((m) => m[1]);
      expect(declared).to.deep.equal([...PUBLIC_SIGNALS, "xQ", "salt"]);
    });

    it("contains every weight matrix row and bias vector of the layer literally, as compile-time functions", () => {
      for (const name of ["wq", "wk", "wv", "wo"] as const) {
        const rows = Array.from({ length: D }, (_, j) =>
          p[name].slice(j * D, (j + 1) * D).map(BigInt),
        );
        expect(functionRows(`T_${name}`), name).to.deep.equal(rows);
      }
      for (const name of ["bq", "bk", "bv", "bo"] as const) {
        expect(functionRows(`T_${name}`), name).to.deep.equal([p[name].map(BigInt)]);
      }
    });

    it("pins the public modelCommitment to the TypeScript commitment of the layer", () => {
      expect(src).to.contain(`    modelCommitment === ${modelCommitment(p)};\n`);
    });

    it("names templates with a PublicWeights suffix and parses only the two weights modes", () => {
      expect(templateNameFor("gpt-nano-sort", 0, "public")).to.equal(
        "GptNanoSortLayer0PublicWeights",
      );
      expect(parseWeightsMode("public")).to.equal("public");
      expect(parseWeightsMode("private")).to.equal("private");
      expect(() => parseWeightsMode("secret")).to.throw(
        '--weights must be "private" (committed private weights) or "public" (public-weights mode: weights compiled into the circuit), not "secret"',
      );
    });
  });
});
