/**
 * Residual add stage: `out = a + b` with a and b at different scales, requantized to one common
 * output scale in one rounding (docs/integer-model.md "Residual add"):
 * `outQ[j] = clamp(floor((aQ·ma[j] + bQ[j]·mb[j] + 2^(k[j]−1)) / 2^k[j]), ±RESIDUAL_MAX)`,
 * ma[j]/2^k[j] ≈ s_a/s_out, mb[j]/2^k[j] ≈ s_b[j]/s_out (fixed-point multipliers with one
 * shift per channel, chosen so the SMALLER multiplier lies in [2^(B−1), 2^B), B =
 * RESIDUAL_MULTIPLIER_BITS; the larger one then has at least B bits too).
 */
import type { WeightsMode } from "../circuit/generator.js";
import {
  bound,
  clampBig,
  fail,
  failCalibration,
  fixedMultiplier,
  RESIDUAL_BITS,
  RESIDUAL_MAX,
  type Bound,
} from "./common.js";
import type { EmitContext, StageEmission } from "./emit.js";
import { constVector, satQuotientBits, satSymConstraints } from "./emitHelpers.js";

/**
 * Headroom of the residual scales over the calibrated float maximum (1/64): the integer stream
 * drifts a little from the float one, and without headroom it saturated 14 values of layer 2's
 * stream over the calibration set.
 */
export const RESIDUAL_HEADROOM = 1 / 64;

/**
 * Significant bits B of the residual multipliers: the shift k[j] is the smallest with
 * min(ma[j], mb[j]) ∈ [2^(B−1), 2^B), so each multiplier's relative rounding error is ≤ 2^−B and
 * each term's contribution (at most ~2^15 output units when it is inside the clamp) is off by at
 * most 2^(15−B) = 1/2 output unit (an int16 LSB; one int8 step of the LayerNorm that reads the
 * stream spans ~2^8 of them). The shift k[j] is the bit width of the circuit's remainder check,
 * so B is the lever on the residual's cost: normalizing the larger multiplier to 31 bits
 * (gemmlowp's int32, STAGE_MULTIPLIER_BITS) cost gpt-nano-sort 23 (attention branch) and 32 (MLP
 * branch) remainder bits per value, B = 16 costs 16 and 17–20 (docs/integer-model.md
 * "Residual add").
 */
export const RESIDUAL_MULTIPLIER_BITS = 16;

/** Requantization constants of a residual add (compile-time constants of a circuit). */
export interface ResidualParams {
  dModel: number;
  ma: number[];
  mb: number[];
  shift: number[];
  /** Float scale of outQ: out ≈ outQ · outScale. */
  outScale: number;
}

/** Named intermediates of a residual add. */
export interface ResidualTrace {
  /** aQ·ma + bQ·mb [T][D] (the pre-shift sum). */
  sumAcc: bigint[][];
  /** Clamped output [T][D], |v| ≤ RESIDUAL_MAX. */
  outQ: number[][];
}

/**
 * The output scale of a residual add: outMaxAbs·(1 + RESIDUAL_HEADROOM) / RESIDUAL_MAX.
 * @param outMaxAbs calibrated max |a + b| (float).
 * @throws `stages: ` error for a zero calibration range.
 */
export function residualOutScale(outMaxAbs: number): number {
  if (!(outMaxAbs > 0)) failCalibration("residual: calibration range is zero");
  return (outMaxAbs * (1 + RESIDUAL_HEADROOM)) / RESIDUAL_MAX;
}

/**
 * Quantizes a residual add.
 * @param aScale scale of the residual input a (int16 stream).
 * @param bScales per-channel scales of the branch b (length D; equal entries for a per-tensor scale).
 * @param outMaxAbs calibrated max |a + b| (float): outScale = outMaxAbs·(1 + RESIDUAL_HEADROOM) /
 *   RESIDUAL_MAX.
 * @throws ZkattnUserError `stages: ` for a zero calibration range.
 */
export function quantizeResidual(
  aScale: number,
  bScales: readonly number[],
  outMaxAbs: number,
): ResidualParams {
  const outScale = residualOutScale(outMaxAbs);
  const ma: number[] = [];
  const mb: number[] = [];
  const shift: number[] = [];
  for (const bs of bScales) {
    const fa = aScale / outScale;
    const fb = bs / outScale;
    const { shift: k } = fixedMultiplier(Math.min(fa, fb), RESIDUAL_MULTIPLIER_BITS);
    ma.push(Math.round(fa * 2 ** k));
    mb.push(Math.round(fb * 2 ** k));
    shift.push(k);
  }
  return { dModel: bScales.length, ma, mb, shift, outScale };
}

/**
 * Integer reference of the residual add.
 * @param aQ [T][D] residual input (|v| ≤ RESIDUAL_MAX).
 * @param bQ [T][D] branch output (any integers: int8 attention output or wide MLP accumulators).
 * @throws `stages: ` error for mismatched shapes.
 */
export function residualRef(
  p: ResidualParams,
  aQ: readonly (readonly number[])[],
  bQ: readonly (readonly (number | bigint)[])[],
): ResidualTrace {
  if (aQ.length !== bQ.length) fail(`residual: ${aQ.length} vs ${bQ.length} rows`);
  const R = BigInt(RESIDUAL_MAX);
  const sumAcc: bigint[][] = [];
  const outQ: number[][] = [];
  aQ.forEach((a, t) => {
    const b = bQ[t];
    if (a.length !== p.dModel || b.length !== p.dModel)
      fail(`residual: row ${t} has ${a.length}/${b.length} values; expected ${p.dModel}`);
    const s = a.map((av, j) => BigInt(av) * BigInt(p.ma[j]) + BigInt(b[j]) * BigInt(p.mb[j]));
    sumAcc.push(s);
    outQ.push(
      s.map((v, j) => {
        const k = BigInt(p.shift[j]);
        return Number(clampBig((v + (1n << (k - 1n))) >> k, -R, R));
      }),
    );
  });
  return { sumAcc, outQ };
}

/** Output bound (the clamp). */
export function residualOutputBound(): Bound {
  return bound(BigInt(-RESIDUAL_MAX), BigInt(RESIDUAL_MAX));
}

/**
 * Worst case of sumAcc given the branch's per-channel magnitude bound bMax[j] (128 for the int8
 * attention output, {@link mlpOutputBound} for the MLP): |sumAcc[j]| ≤ RESIDUAL_MAX·ma[j] +
 * bMax[j]·mb[j].
 */
export function residualSumBound(p: ResidualParams, bMax: readonly bigint[]): Bound {
  let m = 0n;
  for (let j = 0; j < p.dModel; j++) {
    const v = BigInt(RESIDUAL_MAX) * BigInt(p.ma[j]) + bMax[j] * BigInt(p.mb[j]);
    if (v > m) m = v;
  }
  return bound(-m, m);
}

/** Bit widths of a residual add circuit (circuits/lib/residual.circom parameters). */
export interface ResidualWidths {
  /** Signed width of a's range check (RESIDUAL_BITS), 0 when the caller proves it. */
  aBits: number;
  /** Signed width of b's range check (the branch bound's width), 0 when the caller proves it. */
  bBits: number;
  /** Per channel: width of the quotient before the ±RESIDUAL_MAX clamp (SatSym). */
  yBits: number[];
}

/**
 * Circuit widths of a residual add: a over [−2^15, 2^15) (the signed 16-bit range the circuit
 * accepts), b over the branch's bound `bBound` (int8 for attention, `mlpOutputBound` for the
 * MLP); per channel |y| ≤ floor((2^15·ma + bAbs·mb + 2^(k−1)) / 2^k) + 1.
 * @param bBound bound of the branch input b (the producing stage's `outputBound`).
 * @param inputsRangeChecked the caller proves both input ranges (aBits = bBits = 0).
 */
export function residualWidths(
  p: ResidualParams,
  bBound: Bound,
  inputsRangeChecked = false,
): ResidualWidths {
  const aAbs = 1n << BigInt(RESIDUAL_BITS - 1);
  const bAbs = -bBound.min > bBound.max ? -bBound.min : bBound.max;
  const yBits = p.ma.map((ma, j) => {
    const k = BigInt(p.shift[j]);
    const acc = aAbs * BigInt(ma) + bAbs * BigInt(p.mb[j]);
    return satQuotientBits(((acc + (1n << (k - 1n))) >> k) + 1n, RESIDUAL_BITS);
  });
  return {
    aBits: inputsRangeChecked ? 0 : RESIDUAL_BITS,
    bBits: inputsRangeChecked ? 0 : bBound.bits,
    yBits,
  };
}

/**
 * Constraint count of a residual add after `--O2` (pinned by test/circuits/stages/
 * residual.test.ts), the same in both weights modes (the multipliers are constants). Derivation:
 * sumAcc and the remainder identity are linear (substituted away); per value: the remainder's
 * range check (k[j]) and SatSym (yBits[j] + 6), plus the input checks aBits + bBits.
 */
export function residualConstraints(
  p: ResidualParams,
  bBound: Bound,
  T: number,
  _weights: WeightsMode,
  inputsRangeChecked = false,
): number {
  const w = residualWidths(p, bBound, inputsRangeChecked);
  let row = p.dModel * (w.aBits + w.bBits);
  for (let j = 0; j < p.dModel; j++) row += p.shift[j] + satSymConstraints(w.yBits[j]);
  return T * row;
}

/**
 * Circom emitter of a residual add (contract: src/stages/emit.ts). Inputs `ctx.inputs = [a, b]`,
 * each [T][D]: a the residual stream (16-bit signed), b the branch (within `bBound`); both are
 * range-checked here unless `ctx.inputsRangeChecked`. Declares `<id>_sumAcc[T][D]` and the output
 * `<id>_outQ[T][D]` (|v| ≤ RESIDUAL_MAX); constants `<id>_ma()`, `<id>_mb()`, `<id>_shift()`,
 * `<id>_yBits()`. No private inputs and no commitment in either weights mode.
 * @throws `stages: ` error unless there are exactly two inputs.
 */
export function emitResidual(p: ResidualParams, bBound: Bound, ctx: EmitContext): StageEmission {
  if (ctx.inputs.length !== 2) fail(`residual: expected 2 inputs, got ${ctx.inputs.length}`);
  const { id, T } = ctx;
  const D = p.dModel;
  const [a, b] = ctx.inputs;
  const w = residualWidths(p, bBound, ctx.inputsRangeChecked);
  return {
    includes: ["circuits/lib/residual.circom"],
    declarations: [
      constVector(`${id}_ma`, p.ma),
      constVector(`${id}_mb`, p.mb),
      constVector(`${id}_shift`, p.shift),
      constVector(`${id}_yBits`, w.yBits),
    ],
    privateInputs: [],
    body: [
      `    // ${id}: residual add (circuits/lib/residual.circom; src/stages/residual.ts).`,
      `    signal ${id}_sumAcc[${T}][${D}];`,
      `    signal ${id}_outQ[${T}][${D}];`,
      `    component ${id}_add = ResidualAdd(${T}, ${D}, ${id}_ma(), ${id}_mb(), ${id}_shift(), ${id}_yBits(), ${w.aBits}, ${w.bBits});`,
      `    ${id}_add.a <== ${a};`,
      `    ${id}_add.b <== ${b};`,
      `    ${id}_sumAcc <== ${id}_add.sumAcc;`,
      `    ${id}_outQ <== ${id}_add.outQ;`,
    ],
    output: `${id}_outQ`,
    signals: [
      { signal: `${id}_sumAcc`, traceField: "sumAcc" },
      { signal: `${id}_outQ`, traceField: "outQ" },
    ],
  };
}
