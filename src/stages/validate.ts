/**
 * Shape and range validation of the whole integer model's parameters (docs/integer-model.md):
 * what the loader of quantized-model.json enforces beyond its contentHash, so that a file whose
 * hash was recomputed after an edit still cannot carry values outside the declared widths.
 */
import { validateLayer } from "../quant/intAttention.js";
import { fail, STAGE_MULTIPLIER_BITS, WEIGHT_MAX } from "./common.js";
import type { LayerNormParams } from "./layerNorm.js";
import type { IntModelParams } from "./model.js";
import type { MlpParams } from "./mlp.js";
import type { ResidualParams } from "./residual.js";

function ints(name: string, a: unknown, len: number, lo: number, hi: number): void {
  if (!Array.isArray(a) || a.length !== len)
    fail(`${name} must be an array of ${len} integers; re-run \`npm run quantize\``);
  a.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < lo || v > hi)
      fail(
        `${name}[${i}] = ${String(v)} is not an integer in [${lo}, ${hi}]; re-run \`npm run quantize\``,
      );
  });
}

function bigints(name: string, a: unknown, len: number, bits: number): void {
  const lim = 1n << BigInt(bits - 1);
  if (!Array.isArray(a) || a.length !== len)
    fail(`${name} must be an array of ${len} integers; re-run \`npm run quantize\``);
  a.forEach((v, i) => {
    if (typeof v !== "bigint" || v < -lim || v >= lim)
      fail(
        `${name}[${i}] = ${String(v)} is not an integer of ${bits} signed bits; re-run \`npm run quantize\``,
      );
  });
}

function int(name: string, v: unknown, lo: number, hi: number): void {
  ints(name, [v], 1, lo, hi);
}

function signedRange(bits: number): [number, number] {
  return [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

const M_MAX = 2 ** STAGE_MULTIPLIER_BITS - 1;

function layerNorm(name: string, p: LayerNormParams, d: number): void {
  int(`${name}.dModel`, p.dModel, d, d);
  int(`${name}.gammaBits`, p.gammaBits, 1, 40);
  int(`${name}.betaBits`, p.betaBits, 1, 40);
  ints(`${name}.gammaQ`, p.gammaQ, d, ...signedRange(p.gammaBits));
  ints(`${name}.betaQ`, p.betaQ, d, ...signedRange(p.betaBits));
  int(`${name}.epsQ`, p.epsQ, 1, Number.MAX_SAFE_INTEGER);
  int(`${name}.invShift`, p.invShift, 1, 200);
}

function residual(name: string, p: ResidualParams, d: number): void {
  ints(`${name}.ma`, p.ma, d, 0, M_MAX);
  ints(`${name}.mb`, p.mb, d, 0, M_MAX);
  ints(`${name}.shift`, p.shift, d, 1, 200);
}

function mlp(name: string, p: MlpParams, d: number): void {
  const h = 4 * d;
  int(`${name}.dHidden`, p.dHidden, h, h);
  ints(`${name}.wFc`, p.wFc, h * d, -WEIGHT_MAX, WEIGHT_MAX);
  int(`${name}.fcBiasBits`, p.fcBiasBits, 1, 31);
  ints(`${name}.bFc`, p.bFc, h, ...signedRange(p.fcBiasBits));
  ints(`${name}.clipExp`, p.clipExp, h, 1, 200);
  ints(`${name}.wProj`, p.wProj, d * h, -WEIGHT_MAX, WEIGHT_MAX);
  int(`${name}.projBiasBits`, p.projBiasBits, 2, 200);
  bigints(`${name}.bProj`, p.bProj, d, p.projBiasBits);
  ints(`${name}.outShift`, p.outShift, d, 1, 240);
  if (!(p.outScale > 0)) fail(`${name}.outScale ${p.outScale} must be positive`);
}

/**
 * Checks every stage's parameters against its declared shapes and ranges.
 * @throws `stages: ` error naming the first offending field, index and value (for the attention
 *   blocks: `intAttention: ` errors of src/quant/intAttention.ts `validateLayer`).
 */
export function validateIntModel(p: IntModelParams): void {
  const d = p.dModel;
  int("dModel", d, 1, 4096);
  int("vocabSize", p.vocabSize, 1, 1 << 20);
  int("blockSize", p.blockSize, 1, 4096);
  if (!Array.isArray(p.layers) || p.layers.length !== p.nLayer)
    fail(`layers must hold nLayer = ${p.nLayer} blocks; re-run \`npm run quantize\``);
  int("embedding.tableBits", p.embedding.tableBits, 1, 16);
  ints("embedding.wteQ", p.embedding.wteQ, p.vocabSize * d, ...signedRange(p.embedding.tableBits));
  ints("embedding.wpeQ", p.embedding.wpeQ, p.blockSize * d, ...signedRange(p.embedding.tableBits));
  p.layers.forEach((b, l) => {
    layerNorm(`h${l}.ln1`, b.ln1, d);
    validateLayer(b.attention);
    residual(`h${l}.attnResid`, b.attnResid, d);
    layerNorm(`h${l}.ln2`, b.ln2, d);
    mlp(`h${l}.mlp`, b.mlp, d);
    residual(`h${l}.mlpResid`, b.mlpResid, d);
  });
  layerNorm("lnF", p.lnF, d);
  ints("lmHead.w", p.lmHead.w, p.vocabSize * d, -WEIGHT_MAX, WEIGHT_MAX);
}
