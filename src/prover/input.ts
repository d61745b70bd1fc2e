/**
 * The prover's input: what a user passes to `prove` / `prove-and-submit` (tokens or an
 * activations file) turned into the quantized attention block input xQ [T][D].
 *
 * The attention block's input is the LayerNorm-1 output of its layer. Everything before it
 * (embeddings, earlier layers, LayerNorm) runs off-circuit in float64 (src/model/float.ts), and
 * the result is quantized with the layer's calibrated per-channel scales
 * (src/quant/quantize.ts `quantizeInput`). The circuit proves the block from xQ on; xQ is bound
 * to the proof by `inputCommitment`.
 */
import { readFileSync } from "node:fs";

import { forward } from "../model/float.js";
import type { GptConfig, GptModel } from "../model/stateDict.js";
import { ACTIVATION_MAX, ACTIVATION_MIN } from "../quant/constants.js";
import { quantizeInput } from "../quant/quantize.js";
import type { QuantizedAttentionLayer } from "../quant/types.js";
import { ZkattnUserError } from "../errors.js";

/** Every input error is the user's (a bad --tokens value or --input file). */
function fail(msg: string): never {
  throw new ZkattnUserError(`input: ${msg}`);
}

/** A quantized block input and where it came from. */
export interface BlockInput {
  /** The token ids, when the input came from tokens. */
  tokens?: number[];
  /** The float ln1 activations [T][D], when known (tokens or an `ln1` file). */
  ln1?: Float64Array[];
  /** The int8 block input [T][D]. */
  xQ: number[][];
}

/**
 * Parses `--tokens` ("0,0,2,1,0,1,0,0,0,1,1"): exactly `config.blockSize` comma-separated token
 * ids in [0, vocabSize). The circuit is built for a fixed T = blockSize, so shorter contexts are
 * rejected rather than padded. For gpt-nano-sort: the 6 tokens to sort, then the first 5 sorted.
 *
 * @throws ZkattnUserError `input: ...` naming the count or the offending token and the allowed range.
 */
export function parseTokens(text: string, config: GptConfig): number[] {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length !== config.blockSize || parts.some((s) => s === "")) {
    fail(
      `--tokens needs exactly ${config.blockSize} comma-separated token ids (the circuit's T = block size), got ${parts.filter((s) => s !== "").length}: "${text}"`,
    );
  }
  return parts.map((s, i) => {
    const tok = Number(s);
    if (!/^\d+$/.test(s) || tok >= config.vocabSize) {
      fail(
        `token ${i} is "${s}"; tokens are integers in [0, ${config.vocabSize - 1}] (the vocabulary)`,
      );
    }
    return tok;
  });
}

/**
 * Runs the float model on `tokens` and quantizes layer `qlayer.layer`'s ln1 output.
 *
 * @param model float model (source of the embeddings, LayerNorms and earlier layers).
 * @param qlayer the quantized attention block whose input is wanted.
 * @param tokens T token ids (validated by {@link parseTokens} or the float model).
 * @returns tokens, ln1 [T][D] (float) and xQ [T][D] (int8).
 */
export function blockInputFromTokens(
  model: GptModel,
  qlayer: QuantizedAttentionLayer,
  tokens: readonly number[],
): BlockInput {
  const trace = forward(model, tokens);
  const ln1 = trace.layers[qlayer.layer].ln1;
  const d = qlayer.dModel;
  const rows = Array.from({ length: tokens.length }, (_, t) => ln1.data.slice(t * d, (t + 1) * d));
  return { tokens: [...tokens], ln1: rows, xQ: quantizeInput(qlayer, rows) };
}

/**
 * Reads an activations file for `--input`: JSON `{"ln1": number[T][D]}` (float LayerNorm-1
 * activations, quantized here with the layer's scales) or `{"xQ": number[T][D]}` (already
 * quantized int8). T must equal the block size the circuit was built for.
 *
 * @throws ZkattnUserError `input: ...` for an unreadable file, invalid JSON, neither or both keys, a wrong
 *   shape, a non-finite activation, or an xQ value outside [−128, 127].
 */
export function readBlockInputFile(path: string, qlayer: QuantizedAttentionLayer): BlockInput {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    fail(`cannot read activations file ${path}: ${(e as Error).message}`);
  }
  const obj = (raw ?? {}) as Record<string, unknown>;
  const hasLn1 = "ln1" in obj;
  const hasXq = "xQ" in obj;
  if (hasLn1 === hasXq)
    fail(
      `${path}: expected exactly one of "ln1" (float activations) or "xQ" (int8), as a [${qlayer.blockSize}][${qlayer.dModel}] array`,
    );
  const key = hasLn1 ? "ln1" : "xQ";
  const rows = obj[key];
  if (!Array.isArray(rows) || rows.length !== qlayer.blockSize) {
    fail(
      `${path}: "${key}" must have ${qlayer.blockSize} rows (the circuit's T), got ${Array.isArray(rows) ? rows.length : typeof rows}`,
    );
  }
  rows.forEach((row, t) => {
    if (!Array.isArray(row) || row.length !== qlayer.dModel)
      fail(`${path}: "${key}"[${t}] must have ${qlayer.dModel} values (d_model)`);
    row.forEach((v, i) => {
      if (typeof v !== "number" || !Number.isFinite(v))
        fail(`${path}: "${key}"[${t}][${i}] = ${JSON.stringify(v)} is not a finite number`);
      if (!hasLn1 && (!Number.isInteger(v) || v < ACTIVATION_MIN || v > ACTIVATION_MAX)) {
        fail(
          `${path}: "xQ"[${t}][${i}] = ${v} is not an int8 in [${ACTIVATION_MIN}, ${ACTIVATION_MAX}]`,
        );
      }
    });
  });
  if (hasXq) return { xQ: (rows as number[][]).map((r) => [...r]) };
  const ln1 = (rows as number[][]).map((r) => Float64Array.from(r));
  return { ln1, xQ: quantizeInput(qlayer, ln1) };
}
