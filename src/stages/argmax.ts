/**
 * Argmax stage and the greedy-decoding check (docs/integer-model.md "Argmax").
 */
import type { WeightsMode } from "../circuit/generator.js";
import { unsignedBits } from "./circomText.js";
import { fail } from "./common.js";
import type { EmitContext, StageEmission } from "./emit.js";

/**
 * Index of the largest value; ties go to the LOWEST index (as torch.argmax and
 * src/model/float.ts `argmax`). In circuit terms: `logit[a] ≥ logit[v]` for v > a and
 * `logit[a] > logit[v]` for v < a.
 * @throws `stages: ` error for an empty row.
 */
export function argmaxLowest(row: readonly (number | bigint)[]): number {
  if (row.length === 0) fail("argmax of an empty row");
  let best = 0;
  for (let v = 1; v < row.length; v++) if (row[v] > row[best]) best = v;
  return best;
}

/**
 * Greedy-decoding check of one causal pass over `tokens` (prompt + generated, T tokens): from the
 * last prompt position on, the argmax at position t must equal tokens[t + 1]; the final position's
 * argmax is the last generated token.
 * @param argmaxes argmax per position [T].
 * @param promptLength number of prompt tokens P (1 ≤ P ≤ T).
 * @returns `generated` (T − P + 1 tokens: argmaxes[P−1 .. T−1]) and `consistent` (every check holds).
 */
export function greedyCheck(
  tokens: readonly number[],
  argmaxes: readonly number[],
  promptLength: number,
): { generated: number[]; consistent: boolean } {
  if (promptLength < 1 || promptLength > tokens.length || argmaxes.length !== tokens.length)
    fail(
      `greedy check: prompt length ${promptLength} with ${tokens.length} tokens and ${argmaxes.length} argmaxes`,
    );
  const generated = argmaxes.slice(promptLength - 1);
  let consistent = true;
  for (let t = promptLength - 1; t < tokens.length - 1; t++)
    if (argmaxes[t] !== tokens[t + 1]) consistent = false;
  return { generated, consistent };
}

/** Parameters of the argmax stage. */
export interface ArgmaxParams {
  vocabSize: number;
  tieRule: "lowest index";
  /**
   * Bound L of every |logit| the stage reads, per weights mode: public, lm_head's exact bound from
   * its constant weights (`lmHeadOutputBound`); private, the worst case over all weights the
   * commitment's 8-bit packing admits (D·127·128).
   */
  logitMax: { public: number; private: number };
}

/** Named intermediates of the argmax stage at the checked positions t = P − 1 .. T − 1 (G = T − P + 1 rows). */
export interface ArgmaxTrace {
  /** One-hot of the argmax [G][V]. */
  oneHot: number[][];
  /** logit[t][a] − logit[t][v] − [v < a] ≥ 0 [G][V]. */
  gap: number[][];
  /** The selected logit logit[t][a] [G]. */
  best: number[];
  /** The argmaxes at t = P − 1 .. T − 1: the generated tokens [G]. */
  generated: number[];
  /** Every greedy check holds: argmax[t] = tokens[t + 1] for t = P − 1 .. T − 2. */
  consistent: boolean;
}

/**
 * Integer reference of the argmax stage's circuit (circuits/lib/argmax.circom `ArgmaxRow`) over
 * one causal pass.
 * @param logits [T][V] lm_head accumulators.
 * @param tokens the T input tokens (prompt + the first G − 1 generated).
 * @param promptLength P, 1 ≤ P ≤ T.
 * @throws `stages: ` error for inconsistent lengths.
 */
export function argmaxStageRef(
  logits: readonly (readonly number[])[],
  tokens: readonly number[],
  promptLength: number,
): ArgmaxTrace {
  const T = logits.length;
  const argmaxes = logits.map((r) => argmaxLowest(r));
  const { generated, consistent } = greedyCheck(tokens, argmaxes, promptLength);
  const rows = logits.slice(promptLength - 1);
  return {
    oneHot: rows.map((r, g) => r.map((_, v) => (v === generated[g] ? 1 : 0))),
    gap: rows.map((r, g) => r.map((x, v) => r[generated[g]] - x - (v < generated[g] ? 1 : 0))),
    best: rows.map((r, g) => r[generated[g]]),
    generated,
    consistent: consistent && T === tokens.length,
  };
}

/** Width of the gaps: 0 ≤ gap ≤ 2L < 2^dBits. */
export function argmaxGapBits(p: ArgmaxParams, weights: WeightsMode): number {
  return unsignedBits(2n * BigInt(p.logitMax[weights]));
}

function checkPrompt(T: number, promptLength: number | undefined): number {
  if (promptLength === undefined)
    fail("argmax: the emit context has no promptLength (the greedy check starts at P − 1)");
  if (!Number.isInteger(promptLength) || promptLength < 1 || promptLength > T)
    fail(`argmax: promptLength ${promptLength} must be in 1..T = ${T}`);
  return promptLength;
}

/**
 * Circom emission of the argmax stage and the greedy-decoding check (src/stages/emit.ts).
 * Inputs (`ctx.inputs`): `[logits, tokens]`, logits [T][V] (lm_head's output), tokens [T]. For each
 * position t = P − 1 .. T − 1 one `ArgmaxRow` proves a_t = the lowest-index argmax of logits[t];
 * for t ≤ T − 2 it constrains a_t = tokens[t + 1] (greedy decoding), which also range-checks those
 * tokens to [0, V). Output `<id>_generated` [G = T − P + 1]: a_{P−1} .. a_{T−1}. Named signals:
 * `<id>_oneHot` [G][V], `<id>_gap` [G][V], `<id>_best` [G], `<id>_generated` [G] (fields of
 * {@link ArgmaxTrace}). Same circuit in both weights modes (no parameters) except the gap width.
 * @throws `stages: ` error without ctx.promptLength, for P outside 1..T, or for a wrong input count.
 */
export function emitArgmax(p: ArgmaxParams, ctx: EmitContext): StageEmission {
  const { T, id } = ctx;
  const P = checkPrompt(T, ctx.promptLength);
  if (ctx.inputs.length !== 2)
    fail(`argmax: expected inputs [logits, tokens], got ${ctx.inputs.length}`);
  const [logits, tokens] = ctx.inputs;
  const V = p.vocabSize;
  const G = T - P + 1;
  const dBits = argmaxGapBits(p, ctx.weights);
  if (dBits > 250) fail(`argmax: gap width ${dBits} > 250`);
  const body = [
    `    // ${id}: argmax (ties to the lowest index) at positions ${P - 1}..${T - 1} and the greedy check`,
    `    // (src/stages/argmax.ts; gaps ${dBits} bits from |logit| <= ${p.logitMax[ctx.weights]}).`,
    `    signal ${id}_oneHot[${G}][${V}];`,
    `    signal ${id}_gap[${G}][${V}];`,
    `    signal ${id}_best[${G}];`,
    `    signal ${id}_generated[${G}];`,
    `    component ${id}_row[${G}];`,
    `    for (var ${id}_g = 0; ${id}_g < ${G}; ${id}_g++) {`,
    `        ${id}_row[${id}_g] = ArgmaxRow(${V}, ${dBits});`,
    `        ${id}_row[${id}_g].logits <== ${logits}[${P - 1} + ${id}_g];`,
    `        ${id}_oneHot[${id}_g] <== ${id}_row[${id}_g].oneHot;`,
    `        ${id}_gap[${id}_g] <== ${id}_row[${id}_g].gap;`,
    `        ${id}_best[${id}_g] <== ${id}_row[${id}_g].best;`,
    `        ${id}_generated[${id}_g] <== ${id}_row[${id}_g].index;`,
    `    }`,
    `    // Why: greedy decoding: the argmax at position t is the next input token (t = P - 1 .. T - 2).`,
    `    for (var ${id}_g = 0; ${id}_g < ${G - 1}; ${id}_g++) {`,
    `        ${id}_generated[${id}_g] === ${tokens}[${P} + ${id}_g];`,
    `    }`,
    `    // Positions before P - 1 are not checked (their logits and the prompt tokens feed nothing here).`,
    `    for (var ${id}_t = 0; ${id}_t < ${P - 1}; ${id}_t++) {`,
    `        _ <== ${logits}[${id}_t];`,
    `    }`,
    `    for (var ${id}_t = 0; ${id}_t < ${P}; ${id}_t++) {`,
    `        _ <== ${tokens}[${id}_t];`,
    `    }`,
  ];
  return {
    includes: ["circuits/lib/argmax.circom"],
    declarations: [],
    privateInputs: [],
    body,
    output: `${id}_generated`,
    signals: ["oneHot", "gap", "best", "generated"].map((f) => ({
      signal: `${id}_${f}`,
      traceField: f,
    })),
  };
}

/**
 * Constraint count of the argmax stage (after --O2): G = T − P + 1 rows of `ArgmaxRow(V, dBits)`,
 * each V booleans + V for the selected logit (V − 1 products, the last folded into its linear
 * sum) + V·dBits gap range checks; the one-hot sum, the index, the gaps' definitions and the
 * greedy equalities are linear and vanish under --O2. Total G·V·(2 + dBits).
 * @throws `stages: ` error without a valid promptLength.
 */
export function argmaxConstraints(
  p: ArgmaxParams,
  T: number,
  weights: WeightsMode,
  promptLength?: number,
): number {
  const G = T - checkPrompt(T, promptLength) + 1;
  return G * p.vocabSize * (2 + argmaxGapBits(p, weights));
}
