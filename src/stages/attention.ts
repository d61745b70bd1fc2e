/**
 * Attention stage: a wrapper around the existing integer reference of one causal multi-head
 * attention block (src/quant/intAttention.ts, docs/integer-attention.md), unchanged.
 */
import { packSigned } from "../circuit/commitments.js";
import { breakdownTotal, layerBreakdown, packedCount } from "../circuit/constraints.js";
import { attentionFragments, layerCircuitWidths } from "../circuit/generator.js";
import type { WeightsMode } from "../circuit/types.js";
import { intAttention, validateLayer } from "../quant/intAttention.js";
import type { IntAttentionTrace, QuantizedAttentionLayer } from "../quant/types.js";
import { bound, fail, type Bound } from "./common.js";
import type { EmitContext, StageEmission } from "./emit.js";

export type { QuantizedAttentionLayer as AttentionParams };

/**
 * Integer reference: {@link intAttention} on the int8 ln_1 output (scales p.inputScales).
 * @returns its trace; outQ int8 at scale p.outputScale.
 */
export function attentionRef(
  p: QuantizedAttentionLayer,
  xQ: readonly (readonly number[])[],
): IntAttentionTrace {
  return intAttention(p, xQ);
}

/** outQ is saturated int8. */
export function attentionOutputBound(): Bound {
  return bound(-128n, 127n);
}

/**
 * Commitment elements in docs/integer-attention.md "Commitments" order: wq, wk, wv, wo (int8),
 * bq, bk, bv (biasBits), bo (outBiasBits).
 */
export function attentionCommitmentElements(p: QuantizedAttentionLayer): bigint[] {
  return [
    ...packSigned(p.wq, 8),
    ...packSigned(p.wk, 8),
    ...packSigned(p.wv, 8),
    ...packSigned(p.wo, 8),
    ...packSigned(p.bq, p.biasBits),
    ...packSigned(p.bk, p.biasBits),
    ...packSigned(p.bv, p.biasBits),
    ...packSigned(p.bo, p.outBiasBits),
  ];
}

/** Names of the attention block's named intermediates, in the order the block declares them. */
const ATTENTION_SIGNALS = [
  "qAcc",
  "kAcc",
  "vAcc",
  "scoresRaw",
  "scoresQ",
  "rowMax",
  "delta",
  "exp",
  "rowSum",
  "probs",
  "av",
  "outAcc",
  "outQ",
] as const;

/** Trace fields of {@link IntAttentionTrace} that are ragged [H][T][t+1] and flat in the circuit. */
export const ATTENTION_PAIR_FIELDS: readonly string[] = [
  "scoresRaw",
  "scoresQ",
  "delta",
  "exp",
  "probs",
];

/**
 * Circom emission of one causal multi-head attention block (src/stages/emit.ts), with the
 * templates of circuits/lib/attention.circom through the layer generator's own code
 * ({@link attentionFragments}), so the stage and the single-block circuits stay one circuit.
 * Input `ctx.inputs[0]`: xQ [T][D] int8 — PRECONDITION: range-proven by the producer (ln_1's
 * output is clamped to ±127 from its quotient's bits); the block does not re-check it (in the
 * single-block circuit the input commitment's packing does). Output `<id>_outQ` [T][D] int8
 * (saturated, range-proven). Named signals `<id>_<field>` for every field of
 * {@link IntAttentionTrace} except xQ; the ragged [H][T][t+1] fields are flattened to
 * h·T(T+1)/2 + t(t+1)/2 + u (row-major order of the ragged array).
 * Public weights: ConstProjection/ConstOutputProjection with constant functions `<id>_wq()` ...
 * Private weights: private inputs `<id>_wq..wo` [D][D], `<id>_bq..bo` [D], direct products
 * (Projection/OutputProjection: one constraint per product; the layer circuit's Freivalds path
 * needs a challenge bound to the whole model's commitments and is not wired here yet), each
 * tensor packed by PackSigned (its range check) into `<id>_commitment`, element for element
 * {@link attentionCommitmentElements}.
 * @throws `generator: ` / `intAttention: ` errors for invalid parameters or unsafe widths.
 */
export function emitAttention(p: QuantizedAttentionLayer, ctx: EmitContext): StageEmission {
  const { T, id } = ctx;
  if (ctx.inputs.length !== 1) fail(`attention: expected 1 input, got ${ctx.inputs.length}`);
  validateLayer(p);
  if (T > p.blockSize) fail(`attention: T = ${T} exceeds block_size ${p.blockSize}`);
  const w = layerCircuitWidths(p, T);
  const D = p.dModel;
  const H = p.nHead;
  const NP = (H * T * (T + 1)) / 2;
  const n = (s: string) => `${id}_${s}`;
  const f = attentionFragments(p, w, ctx.weights === "public" ? "constant" : "direct", {
    n,
    fn: n,
    x: ctx.inputs[0],
  });
  const shapes: Record<(typeof ATTENTION_SIGNALS)[number], number[]> = {
    qAcc: [T, D],
    kAcc: [T, D],
    vAcc: [T, D],
    scoresRaw: [NP],
    scoresQ: [NP],
    rowMax: [H, T],
    delta: [NP],
    exp: [NP],
    rowSum: [H, T],
    probs: [NP],
    av: [T, D],
    outAcc: [T, D],
    outQ: [T, D],
  };
  const decls = ATTENTION_SIGNALS.map(
    (s) => `    signal ${n(s)}${shapes[s].map((k) => `[${k}]`).join("")};`,
  );
  const body = [
    `    // ${id}: causal attention, T = ${T}, d_model = ${D}, ${H} heads (circuits/lib/attention.circom).`,
    ...decls,
  ];
  const privateInputs: { name: string; shape: number[] }[] = [];
  let commitment: StageEmission["commitment"];
  if (ctx.weights === "private") {
    const tensors: [string, number[], number][] = [
      ["wq", [D, D], 8],
      ["wk", [D, D], 8],
      ["wv", [D, D], 8],
      ["wo", [D, D], 8],
      ["bq", [D], p.biasBits],
      ["bk", [D], p.biasBits],
      ["bv", [D], p.biasBits],
      ["bo", [D], p.outBiasBits],
    ];
    let m = 0;
    const pack: string[] = [];
    for (const [name, shape, bits] of tensors) {
      privateInputs.push({ name: n(name), shape });
      const len = shape.reduce((a, b) => a * b, 1);
      const k = packedCount(len, bits);
      const c = n(`pack_${name}`);
      pack.push(`    component ${c} = PackSigned(${len}, ${bits});`);
      if (shape.length === 2)
        pack.push(
          `    for (var ${n("i")} = 0; ${n("i")} < ${D}; ${n("i")}++) {`,
          `        for (var ${n("j")} = 0; ${n("j")} < ${D}; ${n("j")}++) {`,
          `            ${c}.in[${n("i")} * ${D} + ${n("j")}] <== ${n(name)}[${n("i")}][${n("j")}];`,
          `        }`,
          `    }`,
        );
      else pack.push(`    ${c}.in <== ${n(name)};`);
      pack.push(
        `    for (var ${n("e")} = 0; ${n("e")} < ${k}; ${n("e")}++) {`,
        `        ${n("commitment")}[${m} + ${n("e")}] <== ${c}.out[${n("e")}];`,
        `    }`,
      );
      m += k;
    }
    body.push(
      `    // ${id}: private weights and biases, range-checked by their commitment packing.`,
      `    signal ${n("commitment")}[${m}];`,
      ...pack,
    );
    commitment = { signal: n("commitment"), length: m };
  }
  body.push(f.projections, `    // Steps 2-8, one causal row per head and query token.`, ...f.rows);
  body.push(f.outputProjection);
  return {
    includes: ["circuits/lib/attention.circom", "circuits/lib/pack.circom"],
    declarations: f.constants ? [f.constants.trim()] : [],
    privateInputs,
    body,
    output: n("outQ"),
    signals: ATTENTION_SIGNALS.map((s) => ({ signal: n(s), traceField: s })),
    ...(commitment ? { commitment } : {}),
  };
}

/**
 * Constraint count of the attention stage: the single-block circuit's formula
 * (src/circuit/constraints.ts `layerBreakdown`) without what the block circuit adds around the
 * block (input range checks and commitment, output commitment, binding, model commitment); in
 * private mode with direct products and the weights' and biases' packing range checks.
 */
export function attentionConstraints(
  p: QuantizedAttentionLayer,
  T: number,
  weights: WeightsMode,
): number {
  const b = layerBreakdown(
    p,
    layerCircuitWidths(p, T),
    weights === "public" ? "constant" : "direct",
  );
  const glue = [
    "input range checks (int8)",
    "inputCommitment Poseidon",
    "outputCommitment Poseidon",
    "binding square",
    "modelCommitment pinned to the constant",
    "modelCommitment Poseidon",
  ];
  for (const k of glue) delete b[k];
  return breakdownTotal(b);
}

/** Private-weights values of {@link emitAttention}'s private inputs, keyed `<id>_wq` .. `<id>_bo`. */
export function attentionPrivateInputValues(
  p: QuantizedAttentionLayer,
  id: string,
): Record<string, unknown> {
  const D = p.dModel;
  const rows = (w: readonly number[]) =>
    Array.from({ length: D }, (_, j) => w.slice(j * D, (j + 1) * D));
  return {
    [`${id}_wq`]: rows(p.wq),
    [`${id}_wk`]: rows(p.wk),
    [`${id}_wv`]: rows(p.wv),
    [`${id}_wo`]: rows(p.wo),
    [`${id}_bq`]: p.bq,
    [`${id}_bk`]: p.bk,
    [`${id}_bv`]: p.bv,
    [`${id}_bo`]: p.bo,
  };
}
