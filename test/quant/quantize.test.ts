import { readFileSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { MULTIPLIER_BITS, WEIGHT_MAX } from "../../src/quant/constants.js";
import {
  loadQuantizedModel,
  renderQuantizedModel,
  QUANTIZED_MODEL_FILE,
} from "../../src/quant/modelFile.js";
import { buildQuantizedModel } from "../../src/quant/pipeline.js";
import { quantizeInput, quantizeMultiplier, signedBitsFor } from "../../src/quant/quantize.js";

const MODEL_DIR = "models/gpt-nano-sort";
// Quantizing takes ~1.5 s (729 float forward passes); every suite shares one result.
const built = buildQuantizedModel(MODEL_DIR);

describe("quantization of gpt-nano-sort's attention blocks", function () {
  it("is deterministic: re-quantizing the bundled source reproduces the committed quantized.json byte for byte", function () {
    const committed = readFileSync(path.join(MODEL_DIR, QUANTIZED_MODEL_FILE), "utf8");
    expect(
      built.text === committed,
      "models/gpt-nano-sort/quantized.json drifted: run `npm run quantize` and commit it",
    ).to.equal(true);
    expect(buildQuantizedModel(MODEL_DIR).text).to.equal(built.text);
  });

  it("loads back the same parameters it wrote", function () {
    const loaded = loadQuantizedModel(MODEL_DIR);
    expect(loaded.layers.length).to.equal(3);
    for (const [l, layer] of loaded.layers.entries()) {
      const src = built.model.layers[l];
      expect(layer.wq).to.deep.equal(src.wq);
      expect(layer.bo).to.deep.equal(src.bo);
      expect(layer.outMultipliers).to.deep.equal(src.outMultipliers);
      expect(layer.inputScales).to.deep.equal(src.inputScales);
    }
  });

  it("quantizes every weight row symmetrically: values in [-127, 127] and each row's largest magnitude at 127", function () {
    for (const layer of built.model.layers) {
      for (const w of [layer.wq, layer.wk, layer.wv, layer.wo]) {
        for (let j = 0; j < layer.dModel; j++) {
          const row = w.slice(j * layer.dModel, (j + 1) * layer.dModel);
          expect(Math.max(...row.map(Math.abs))).to.equal(WEIGHT_MAX);
        }
      }
    }
  });

  it("folds the per-channel input scale into the Q weights: w_int·s_w[j] / s_x[i] is within half a step of the float weight", function () {
    const layer = built.model.layers[0];
    const W = built.float.layers[0].cAttnWeight.data; // rows 0..D-1 are Wq
    const d = layer.dModel;
    for (let j = 0; j < d; j++) {
      // The row scale is not stored; recover it from the row's largest float magnitude.
      let m = 0;
      for (let i = 0; i < d; i++) m = Math.max(m, Math.abs(W[j * d + i] * layer.inputScales[i]));
      const sw = m / WEIGHT_MAX;
      for (let i = 0; i < d; i++) {
        const back = (layer.wq[j * d + i] * sw) / layer.inputScales[i];
        expect(Math.abs(back - W[j * d + i])).to.be.at.most(
          (sw / 2 / layer.inputScales[i]) * (1 + 1e-12),
        );
      }
    }
  });

  it("declares the smallest bias bit widths that hold every bias", function () {
    for (const layer of built.model.layers) {
      const all = [...layer.bq, ...layer.bk, ...layer.bv];
      const lim = 2 ** (layer.biasBits - 1);
      expect(all.every((b) => b >= -lim && b < lim)).to.equal(true);
      expect(all.some((b) => b < -lim / 2 || b >= lim / 2)).to.equal(true);
    }
  });
});

describe("quantizeMultiplier", function () {
  it("returns M in [2^14, 2^15) with M / 2^k within 2^-15 relative error of the factor", function () {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      const factor = 2 ** (-40 + 38 * rand());
      const { multiplier, shift } = quantizeMultiplier(factor);
      expect(multiplier).to.be.at.least(2 ** (MULTIPLIER_BITS - 1));
      expect(multiplier).to.be.below(2 ** MULTIPLIER_BITS);
      expect(Math.abs(multiplier / 2 ** shift - factor) / factor).to.be.at.most(
        2 ** -MULTIPLIER_BITS,
      );
    }
  });

  it("rejects a factor that is not positive and finite", function () {
    expect(() => quantizeMultiplier(0)).to.throw(
      "quantize: multiplier factor 0 is not a positive finite number",
    );
    expect(() => quantizeMultiplier(Number.NaN)).to.throw(
      "quantize: multiplier factor NaN is not a positive finite number",
    );
  });
});

describe("signedBitsFor", function () {
  it("gives the smallest two's-complement width", function () {
    expect(signedBitsFor([0])).to.equal(1);
    expect(signedBitsFor([-1])).to.equal(1);
    expect(signedBitsFor([1])).to.equal(2);
    expect(signedBitsFor([-128, 127])).to.equal(8);
    expect(signedBitsFor([128])).to.equal(9);
    expect(signedBitsFor([-(2n ** 40n)])).to.equal(41);
  });
});

describe("quantizeInput", function () {
  const layer = built.model.layers[0];
  const s = layer.inputScales;

  it("rounds half away from zero and saturates at ±127", function () {
    const row = new Float64Array(layer.dModel);
    row[0] = 2.5 * s[0];
    row[1] = -2.5 * s[1];
    row[2] = 1000 * s[2];
    row[3] = -1000 * s[3];
    row[4] = 0.49 * s[4];
    const [q] = quantizeInput(layer, [row]);
    expect(q.slice(0, 5)).to.deep.equal([3, -3, 127, -127, 0]);
  });

  it("rejects a row of the wrong length and non-finite values", function () {
    expect(() => quantizeInput(layer, [new Float64Array(3)])).to.throw(
      "quantize: input row 0 has 3 values; expected d_model = 48",
    );
    const bad = new Float64Array(layer.dModel);
    bad[7] = Number.POSITIVE_INFINITY;
    expect(() => quantizeInput(layer, [bad])).to.throw(
      "quantize: input row 0, channel 7 is Infinity; activations must be finite",
    );
  });
});

describe("quantized model file loader", function () {
  const made: string[] = [];
  const dir = () => {
    const d = mkdtempSync(path.join(tmpdir(), "zkattn-qmodel-"));
    made.push(d);
    return d;
  };
  after(function () {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });

  it("rejects a missing file and names the command that makes it", function () {
    const d = dir();
    expect(() => loadQuantizedModel(d)).to.throw(
      `model file: ${path.join(d, QUANTIZED_MODEL_FILE)}: cannot be read; create it with \`npm run quantize\``,
    );
  });

  it("rejects a hand-edited file by its contentHash", function () {
    const d = dir();
    writeFileSync(
      path.join(d, QUANTIZED_MODEL_FILE),
      built.text.replace('"wq": [', '"wq": [1,').replace(/\[1,(-?\d+),/, "[1,"),
    );
    expect(() => loadQuantizedModel(d)).to.throw(
      /does not match the file contents .* the file was edited or truncated/,
    );
  });

  it("rejects a truncated file", function () {
    const d = dir();
    writeFileSync(path.join(d, QUANTIZED_MODEL_FILE), built.text.slice(0, 5000));
    expect(() => loadQuantizedModel(d)).to.throw(
      /is not valid JSON .* regenerate it with `npm run quantize`/,
    );
  });

  it("rejects a weight outside int8 even when the hash was recomputed", function () {
    const d = dir();
    mkdirSync(d, { recursive: true });
    const layers = built.model.layers.map((l) => ({ ...l, wk: [...l.wk] }));
    layers[1].wk[5] = 200;
    writeFileSync(
      path.join(d, QUANTIZED_MODEL_FILE),
      renderQuantizedModel({ ...built.model, layers }).text,
    );
    expect(() => loadQuantizedModel(d)).to.throw(
      "layers[1].wk[5] = 200 is not an integer in [-127, 127]",
    );
  });

  it("rejects another format tag", function () {
    const d = dir();
    writeFileSync(
      path.join(d, QUANTIZED_MODEL_FILE),
      built.text.replace("zkattn-quantized-model/1", "zkattn-quantized-model/0"),
    );
    expect(() => loadQuantizedModel(d)).to.throw(
      'format "zkattn-quantized-model/0" is not zkattn-quantized-model/1',
    );
  });
});
