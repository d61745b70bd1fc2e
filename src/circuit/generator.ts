/**
 * Circuit generator: writes the main circuit of one layer's attention block (a wrapper template
 * wiring the templates of circuits/lib/attention.circom) for a quantized layer, with the layer's
 * compile-time constants and the bit widths derived from src/quant/bounds.ts.
 *
 * The public inputs are declared in {@link PUBLIC_SIGNALS} order (src/circuit/publicSignals.ts),
 * which is the order snarkjs puts them in the public-signal array.
 *
 * Every error thrown here is an `Error` whose message starts with `generator: `.
 */
import {
  ACTIVATION_BITS,
  EXP_BITS,
  EXP_COEF_BITS,
  EXP_MAX_INT,
  EXP_POLY_COEFFS,
  EXP_SHIFT,
  PROB_BITS,
  SCORE_FRAC_BITS,
} from "../quant/constants.js";
import { validateLayer } from "../quant/intAttention.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { modelCommitment } from "./commitments.js";
import { attentionBounds, bitLength, magnitude, type AttentionBounds } from "../quant/bounds.js";
import { packedCount } from "./constraints.js";
import { PUBLIC_SIGNALS } from "./publicSignals.js";
import type { LayerCircuitWidths, WeightsMode } from "./types.js";
import { pairIndex } from "./witness.js";

export type { LayerCircuitWidths, WeightsMode } from "./types.js";

/** Identities must stay below 2^SAFE_FIELD_BITS in magnitude (BN254 r ≈ 2^253.6; margin for signs). */
export const SAFE_FIELD_BITS = 250;

function fail(msg: string): never {
  throw new Error(`generator: ${msg}`);
}

/** Smallest n ≥ minBits with −2^(n−1) ≤ lo and hi < 2^(n−1). */
function signedWidth(lo: bigint, hi: bigint, minBits: number): number {
  let n = minBits;
  while (lo < -(1n << BigInt(n - 1)) || hi >= 1n << BigInt(n - 1)) n++;
  return n;
}

/**
 * Derives the circuit's bit widths from the layer's bounds and checks that every division
 * identity stays far from the field modulus (so it holds over the integers).
 * @throws Error (`generator: ...`) if a width would make an identity wrap around the field, or
 *   the exp constants are not representable (EXP_MAX_INT not a power of two).
 */
export function layerCircuitWidths(
  p: QuantizedAttentionLayer,
  T: number,
  b: AttentionBounds = attentionBounds(p, T),
): LayerCircuitWidths {
  const intBits = Math.log2(EXP_MAX_INT);
  if (!Number.isInteger(intBits) || intBits < 2)
    fail(`EXP_MAX_INT ${EXP_MAX_INT} must be a power of two ≥ 4`);
  const qBits = signedWidth(b.scoresQ.min, b.scoresQ.max, 2);
  const dBits = Math.max(bitLength(b.delta.max), SCORE_FRAC_BITS + intBits);
  const yBits = signedWidth(b.outPre.min + 128n, b.outPre.max + 128n, 10);
  const rBits = Array.from({ length: T }, (_, t) =>
    bitLength(2n * BigInt(t + 1) * (1n << BigInt(EXP_BITS)) - 1n),
  );
  const limit = 1n << BigInt(SAFE_FIELD_BITS);
  const ks = BigInt(p.scoreShift);
  const scoreIdentity =
    magnitude(b.scoresRaw) * BigInt(p.scoreMultiplier) +
    (1n << ks) * ((1n << BigInt(qBits)) + (1n << BigInt(dBits)) + 2n);
  if (scoreIdentity >= limit) {
    fail(
      `score requantization identity can reach 2^${bitLength(scoreIdentity)} ≥ 2^${SAFE_FIELD_BITS}; lower biasBits or scoreShift`,
    );
  }
  let moMax = 0n;
  for (const m of p.outMultipliers) if (BigInt(m) > moMax) moMax = BigInt(m);
  const ko = BigInt(p.outShift);
  const outIdentity = magnitude(b.outAcc) * moMax + (1n << (ko + BigInt(yBits))) + (1n << ko);
  if (outIdentity >= limit) {
    fail(
      `output requantization identity can reach 2^${bitLength(outIdentity)} ≥ 2^${SAFE_FIELD_BITS}; lower outBiasBits, biasBits or outShift`,
    );
  }
  if (p.outBiasBits > SAFE_FIELD_BITS || p.biasBits > SAFE_FIELD_BITS)
    fail(`bias widths must be ≤ ${SAFE_FIELD_BITS} bits`);
  const accBits = signedWidth(b.acc.min, b.acc.max, 2);
  return { T, qBits, dBits, yBits, rBits, intBits, accBits };
}

/**
 * How the four private-weight matrix products are constrained:
 * - `direct`: one constraint per product (T·D·D per matrix);
 * - `freivalds`: the prover claims the accumulators, which are bound injectively into a Poseidon
 *   challenge together with the model and input commitments, and one random linear combination
 *   per row checks each product (circuits/lib/freivalds.circom). Same values, fewer constraints.
 */
export type MatmulMode = "direct" | "freivalds";

/** Domain tag of the Freivalds challenge sponge (after the commitments' tags 1, 2, 3). */
export const CHALLENGE_TAG = 4;

/** Options of {@link generateLayerCircuit}. */
export interface GenerateOptions {
  /** How matrix products with private weights are constrained (default `freivalds`; ignored with `weights: "public"`). */
  matmul?: MatmulMode;
  /** Private committed weights (default) or compile-time constants (public-weights mode). */
  weights?: WeightsMode;
  /** Sequence length T the circuit is built for (default: the layer's blockSize). */
  T?: number;
  /** Where the parameters came from, written into the header (e.g. `models/gpt-nano-sort/quantized.json layer 0`). */
  source: string;
  /** Name of the wrapper template (a circom identifier). */
  templateName: string;
}

/** Result of {@link generateLayerCircuit}. */
export interface GeneratedCircuit {
  /** The .circom source of the main circuit. */
  source: string;
  widths: LayerCircuitWidths;
  /** How the weight products are constrained: `constant` in public-weights mode. */
  matmul: MatmulMode | "constant";
  weights: WeightsMode;
}

const list = (a: readonly (number | bigint)[]) => `[${a.join(", ")}]`;

/** A compile-time [D][D] matrix (row-major (out, in)) as a circom function returning it. */
function constMatrix(fn: string, w: readonly number[], D: number): string {
  const rows = Array.from({ length: D }, (_, j) => `        ${list(w.slice(j * D, (j + 1) * D))}`);
  return `function ${fn}() {
    var w[${D}][${D}] = [
${rows.join(",\n")}
    ];
    return w;
}`;
}

/** A compile-time vector as a circom function returning it. */
function constVector(fn: string, v: readonly (number | bigint)[]): string {
  return `function ${fn}() {
    var v[${v.length}] = ${list(v)};
    return v;
}`;
}

/** How {@link attentionFragments} names what it declares or reads. */
export interface AttentionNames {
  /** Name of a signal, component or loop variable of the block (identity in the layer circuit). */
  n: (name: string) => string;
  /** Name of a constant function (public-weights mode), e.g. `wq` → `GptNanoSortLayer0PublicWeights_wq`. */
  fn: (name: string) => string;
  /** Circom expression of the int8 input activations [T][D]. */
  x: string;
}

/** The text pieces of one attention block, shared by the layer circuit and the attention stage. */
export interface AttentionFragments {
  /** Constant functions (public-weights mode; empty otherwise), with a leading and trailing newline. */
  constants: string;
  /** Step 1: the Q/K/V projections. */
  projections: string;
  /** Steps 2-8: one AttentionRow per head and query token. */
  rows: string[];
  /** Steps 9-10: the output projection and requantization. */
  outputProjection: string;
}

/**
 * The body of one attention block (circuits/lib/attention.circom templates) for a quantized
 * layer: projections (constant, direct or claimed for Freivalds), causal rows, output projection.
 * The caller declares the named intermediates (qAcc, kAcc, vAcc, scoresRaw, scoresQ, rowMax,
 * delta, exp, rowSum, probs, av, outAcc, outQ; names through `names.n`), the private weights and
 * biases (wq..bo) outside public-weights mode, and in `freivalds` mode the checks.
 * @param w the block's widths ({@link layerCircuitWidths}).
 */
export function attentionFragments(
  p: QuantizedAttentionLayer,
  w: LayerCircuitWidths,
  matmul: MatmulMode | "constant",
  names: AttentionNames,
): AttentionFragments {
  const { n, fn, x } = names;
  const T = w.T;
  const D = p.dModel;
  const H = p.nHead;
  const dh = D / H;
  const [A1, A2, A3] = EXP_POLY_COEFFS;
  const expArgs = `${SCORE_FRAC_BITS}, ${EXP_BITS}, ${EXP_COEF_BITS}, ${EXP_SHIFT}, ${w.intBits}, ${A1}, ${A2}, ${A3}, ${PROB_BITS}`;
  const [d, u] = [n("d"), n("u")];
  const rows: string[] = [];
  for (let h = 0; h < H; h++) {
    const c = list(p.cQK.slice(h * dh, (h + 1) * dh));
    for (let t = 0; t < T; t++) {
      const r = n(`row_h${h}_t${t}`);
      const base = pairIndex(T, h, t, 0);
      rows.push(`    // Head ${h}, query ${t}: keys 0..${t} (pairs ${base}..${base + t}).
    component ${r} = AttentionRow(${t + 1}, ${dh}, ${c}, ${p.scoreMultiplier}, ${p.scoreShift}, ${w.qBits}, ${w.dBits}, ${w.rBits[t]}, ${expArgs});
    for (var ${d} = 0; ${d} < ${dh}; ${d}++) {
        ${r}.q[${d}] <== ${n("qAcc")}[${t}][${h * dh} + ${d}];
        for (var ${u} = 0; ${u} <= ${t}; ${u}++) {
            ${r}.k[${u}][${d}] <== ${n("kAcc")}[${u}][${h * dh} + ${d}];
            ${r}.v[${u}][${d}] <== ${n("vAcc")}[${u}][${h * dh} + ${d}];
        }
    }
    for (var ${d} = 0; ${d} < ${dh}; ${d}++) {
        ${n("av")}[${t}][${h * dh} + ${d}] <== ${r}.av[${d}];
    }
    for (var ${u} = 0; ${u} <= ${t}; ${u}++) {
        ${n("scoresRaw")}[${base} + ${u}] <== ${r}.scoresRaw[${u}];
        ${n("scoresQ")}[${base} + ${u}] <== ${r}.scoresQ[${u}];
        ${n("delta")}[${base} + ${u}] <== ${r}.delta[${u}];
        ${n("exp")}[${base} + ${u}] <== ${r}.exp[${u}];
        ${n("probs")}[${base} + ${u}] <== ${r}.probs[${u}];
    }
    ${n("rowMax")}[${h}][${t}] <== ${r}.rowMax;
    ${n("rowSum")}[${h}][${t}] <== ${r}.rowSum;`);
    }
  }
  const qkv = [
    ["Q", "q"],
    ["K", "k"],
    ["V", "v"],
  ] as const;
  const wire = (U: string, l: string, tmpl: string) => `    component ${n(`proj${U}`)} = ${tmpl};
    ${n(`proj${U}`)}.x <== ${x};
    ${n(`proj${U}`)}.w <== ${n(`w${l}`)};
    ${n(`proj${U}`)}.b <== ${n(`b${l}`)};
    ${n(`${l}Acc`)} <== ${n(`proj${U}`)}.acc;`;
  const outWire = (tmpl: string) => `    component ${n("outProj")} = ${tmpl};
    ${n("outProj")}.av <== ${n("av")};
    ${n("outProj")}.w <== ${n("wo")};
    ${n("outProj")}.b <== ${n("bo")};
    ${n("outAcc")} <== ${n("outProj")}.acc;
    ${n("outQ")} <== ${n("outProj")}.out;`;
  if (matmul === "constant") {
    return {
      constants: `
// Public-weights mode: the layer's int8 weights (nn.Linear (out, in)) and int32 biases.
${(["wq", "wk", "wv", "wo"] as const).map((k) => constMatrix(fn(k), p[k], D)).join("\n\n")}

${(["bq", "bk", "bv", "bo"] as const).map((k) => constVector(fn(k), p[k])).join("\n\n")}
`,
      projections: `    // Step 1: Q/K/V projections with the constant weights: linear combinations of xQ (no
    // multiplication constraints), wide accumulators.
${qkv
  .map(
    ([
      U,
      l,
    ]) => `    component ${n(`proj${U}`)} = ConstProjection(${T}, ${D}, ${fn(`w${l}`)}(), ${fn(`b${l}`)}());
    ${n(`proj${U}`)}.x <== ${x};
    ${n(`${l}Acc`)} <== ${n(`proj${U}`)}.acc;`,
  )
  .join("\n")}`,
      rows,
      outputProjection: `    // Steps 9-10: output projection with the constant weights (linear), requantization with
    // saturation.
    component ${n("outProj")} = ConstOutputProjection(${T}, ${D}, ${list(p.cV)}, ${fn("wo")}(), ${fn("bo")}(), ${list(p.outMultipliers)}, ${p.outShift}, ${w.yBits});
    ${n("outProj")}.av <== ${n("av")};
    ${n("outAcc")} <== ${n("outProj")}.acc;
    ${n("outQ")} <== ${n("outProj")}.out;`,
    };
  }
  if (matmul === "direct") {
    return {
      constants: "",
      projections: `    // Step 1: Q/K/V projections with bias, wide accumulators (one constraint per product).
${qkv.map(([U, l]) => wire(U, l, `Projection(${T}, ${D})`)).join("\n")}`,
      rows,
      outputProjection: `    // Steps 9-10: output projection with bias, requantization with saturation.
${outWire(`OutputProjection(${T}, ${D}, ${list(p.cV)}, ${list(p.outMultipliers)}, ${p.outShift}, ${w.yBits})`)}`,
    };
  }
  return {
    constants: "",
    projections: `    // Step 1: Q/K/V accumulators claimed by the prover, range-checked to ${w.accBits} signed bits and
    // packed; the products are checked by Freivalds below.
${qkv.map(([U, l]) => wire(U, l, `ClaimedProjection(${T}, ${D}, ${w.accBits})`)).join("\n")}`,
    rows,
    outputProjection: `    // Steps 9-10: output accumulators claimed by the prover (checked by Freivalds below),
    // requantization with saturation.
${outWire(`ClaimedOutput(${T}, ${D}, ${list(p.cV)}, ${list(p.outMultipliers)}, ${p.outShift}, ${w.yBits})`)}`,
  };
}

/**
 * Generates the main circuit of one layer's attention block. Private inputs (xQ, weights, biases,
 * salt; in public-weights mode only xQ and salt) and the public inputs of {@link PUBLIC_SIGNALS}
 * are declared by a wrapper template that wires the templates of circuits/lib/attention.circom;
 * the layer's constants (cQK, cV, multipliers, shifts, and in public-weights mode the weights and
 * biases) are compile-time.
 * @throws Error (`generator: ...`) on invalid parameters (also via `intAttention: ` validation) or
 *   unsafe widths (see {@link layerCircuitWidths}).
 */
export function generateLayerCircuit(
  p: QuantizedAttentionLayer,
  o: GenerateOptions,
): GeneratedCircuit {
  validateLayer(p);
  const T = o.T ?? p.blockSize;
  if (!Number.isInteger(T) || T < 1 || T > p.blockSize)
    fail(`T = ${T} must be in 1..${p.blockSize}`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(o.templateName))
    fail(`template name "${o.templateName}" is not a circom identifier`);
  const w = layerCircuitWidths(p, T);
  const D = p.dModel;
  const H = p.nHead;
  const NP = (H * T * (T + 1)) / 2;
  if (ACTIVATION_BITS !== 8)
    fail(`the templates pack activations as int8; ACTIVATION_BITS is ${ACTIVATION_BITS}`);
  const weights = o.weights ?? "private";
  if (weights !== "private" && weights !== "public")
    fail(`weights must be "private" or "public", not "${String(weights)}"`);
  const matmul = weights === "public" ? "constant" : (o.matmul ?? "freivalds");
  const ones = list(Array.from({ length: D }, () => 1));
  const qkv = [
    ["Q", "q"],
    ["K", "k"],
    ["V", "v"],
  ] as const;
  const f = attentionFragments(p, w, matmul, {
    n: (x) => x,
    fn: (x) => `${o.templateName}_${x}`,
    x: "xQ",
  });
  const rows = f.rows;
  const projections = f.projections;
  const outputProjection = f.outputProjection;
  const constants = f.constants;
  let freivalds = "";
  if (matmul === "freivalds") {
    const mAcc = packedCount(T * D, w.accBits);
    const mOut = packedCount(T * D, p.outShift + w.yBits);
    freivalds = `    // Freivalds challenge: Poseidon over the model and input commitments (binding weights, biases,
    // xQ; av is a constrained function of them) and the packed claimed accumulators.
    component challenge = Sponge(${2 + 3 * mAcc + mOut}, ${CHALLENGE_TAG});
    challenge.in[0] <== modelHash.out;
    challenge.in[1] <== inputHash.out;
    for (var e = 0; e < ${mAcc}; e++) {
        challenge.in[2 + e] <== projQ.packed[e];
        challenge.in[${2 + mAcc} + e] <== projK.packed[e];
        challenge.in[${2 + 2 * mAcc} + e] <== projV.packed[e];
    }
    for (var e = 0; e < ${mOut}; e++) {
        challenge.in[${2 + 3 * mAcc} + e] <== outProj.packed[e];
    }
    signal rho;
    rho <== challenge.out;
    // Why: the four private-weight products, each checked by one random linear combination per row.
${[
  ...qkv.map(([U, l]) => [`check${U}`, "xQ", `w${l}`, `b${l}`, `${l}Acc`, ones] as const),
  ["checkO", "av", "wo", "bo", "outAcc", list(p.cV)] as const,
]
  .map(
    ([name, x, wt, bias, acc, c]) => `    component ${name} = FreivaldsLinear(${T}, ${D}, ${c});
    ${name}.x <== ${x};
    ${name}.w <== ${wt};
    ${name}.b <== ${bias};
    ${name}.acc <== ${acc};
    ${name}.rho <== rho;`,
  )
  .join("\n")}
`;
  }
  const source = `// GENERATED FILE — do not edit. Regenerate with \`npx tsx scripts/gen-circuits.ts\`.
// Source: ${o.source}. Generator: src/circuit/generator.ts; templates: circuits/lib/attention.circom.
// ${
    matmul === "constant"
      ? "Public-weights mode: weights and biases are compile-time constants"
      : `Matrix products with private weights: ${matmul === "direct" ? "direct (one constraint per product)" : "Freivalds with an in-circuit Poseidon challenge"}`
  }.
// Integer semantics: docs/integer-attention.md. Widths (src/quant/bounds.ts): qBits ${w.qBits},
// dBits ${w.dBits}, yBits ${w.yBits}, accBits ${w.accBits}, rBits ${list(w.rBits)}.
pragma circom 2.2.0;

include "circuits/lib/attention.circom";
${constants}
// One attention block: T = ${T}, d_model = ${D}, ${H} heads. Public inputs first, in
// src/circuit/publicSignals.ts order; private: ${matmul === "constant" ? "xQ, salt" : "xQ, weights, biases, salt"}.
template ${o.templateName}() {
${PUBLIC_SIGNALS.map((n) => `    signal input ${n};`).join("\n")}
    signal input xQ[${T}][${D}];
${
  matmul === "constant"
    ? ""
    : `${["wq", "wk", "wv", "wo"].map((n) => `    signal input ${n}[${D}][${D}];`).join("\n")}
${["bq", "bk", "bv", "bo"].map((n) => `    signal input ${n}[${D}];`).join("\n")}
`
}    signal input salt;

    // Named intermediates (docs/integer-attention.md); ragged [h][t][u <= t] arrays are
    // flattened to h*T*(T+1)/2 + t*(t+1)/2 + u.
    signal qAcc[${T}][${D}];
    signal kAcc[${T}][${D}];
    signal vAcc[${T}][${D}];
    signal scoresRaw[${NP}];
    signal scoresQ[${NP}];
    signal rowMax[${H}][${T}];
    signal delta[${NP}];
    signal exp[${NP}];
    signal rowSum[${H}][${T}];
    signal probs[${NP}];
    signal av[${T}][${D}];
    signal outAcc[${T}][${D}];
    signal outQ[${T}][${D}];
    signal bindingSquare;

${projections}
    // Steps 2-8, one causal row per head and query token.
${rows.join("\n")}

${outputProjection}
${
  matmul === "constant"
    ? `    // Commitments. The weights are constants: modelCommitment is pinned to their commitment
    // (src/circuit/commitments.ts), so a proof names exactly this model; the input's packing
    // range-checks xQ.
    modelCommitment === ${modelCommitment(p)};
`
    : `    // Commitments (their packing range checks are the range checks of the private inputs).
    component modelHash = ModelCommitment(${D}, ${p.biasBits}, ${p.outBiasBits});
    modelHash.wq <== wq;
    modelHash.wk <== wk;
    modelHash.wv <== wv;
    modelHash.wo <== wo;
    modelHash.bq <== bq;
    modelHash.bk <== bk;
    modelHash.bv <== bv;
    modelHash.bo <== bo;
    modelCommitment === modelHash.out;
`
}    component inputHash = InputCommitment(${T}, ${D});
    inputHash.xQ <== xQ;
    inputHash.salt <== salt;
    inputCommitment === inputHash.out;
    component outputHash = OutputCommitment(${T}, ${D});
    outputHash.outQ <== outQ;
    outputCommitment === outputHash.out;

${freivalds}
    // Why: a constraint on binding, so the proof cannot be replayed with another binding.
    bindingSquare <== binding * binding;
}

component main {public [${PUBLIC_SIGNALS.join(", ")}]} = ${o.templateName}();
`;
  return { source, widths: w, matmul, weights };
}
