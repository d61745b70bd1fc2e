/**
 * Calibration of the whole integer model from float activations (docs/integer-model.md
 * "Calibration"): one float forward pass (src/model/float.ts) per calibration sequence, recording
 * the largest magnitude of every activation a stage quantizes.
 */
import { forward, generate } from "../model/float.js";
import type { GptModel } from "../model/stateDict.js";
import { failCalibration } from "./common.js";

/** Per-layer activation ranges (max |value| over every calibration row). */
export interface LayerRanges {
  /** ln_1 output, per channel [D]. */
  ln1: Float64Array;
  /** Attention block output (yProj, before the residual add), per tensor. */
  attnOut: number;
  /** x + attention output, per tensor. */
  attnResid: number;
  /** ln_2 output, per channel [D]. */
  ln2: Float64Array;
  /** c_fc output (the GELU input), per channel [4D]. */
  fc: Float64Array;
  /** GELU output, per channel [4D]. */
  gelu: Float64Array;
  /** attnResid + MLP output (the block output), per tensor. */
  mlpResid: number;
}

/** Ranges of every quantized activation of the model. */
export interface ModelRanges {
  /** tok_emb + pos_emb (the residual stream entering layer 0), per tensor. */
  x0: number;
  layers: LayerRanges[];
  /** ln_f output, per channel [D]. */
  lnF: Float64Array;
  /** Number of calibration sequences. */
  sequences: number;
}

function maxAbsPerChannel(acc: Float64Array, data: Float64Array): void {
  const c = acc.length;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k]);
    if (a > acc[k % c]) acc[k % c] = a;
  }
}

function maxAbs(m: number, data: Float64Array): number {
  for (let k = 0; k < data.length; k++) m = Math.max(m, Math.abs(data[k]));
  return m;
}

/**
 * Runs the float model over the calibration sequences and records the activation ranges.
 * @param model float model.
 * @param sequences token sequences (1 .. blockSize tokens each); for gpt-nano-sort the 729 sort
 *   contexts (prompt + its first 5 sorted tokens, 11 tokens).
 * @param onProgress called after each sequence with (done, total), e.g. for a progress bar.
 * @throws ZkattnUserError `stages: ` for an empty calibration set; `float: ` errors for bad tokens.
 */
export function calibrateModel(
  model: GptModel,
  sequences: readonly (readonly number[])[],
  onProgress?: (done: number, total: number) => void,
): ModelRanges {
  if (sequences.length === 0)
    failCalibration("the calibration set is empty; pass at least one sequence");
  const { nEmbd: d, nLayer } = model.config;
  const r: ModelRanges = {
    x0: 0,
    layers: Array.from({ length: nLayer }, () => ({
      ln1: new Float64Array(d),
      attnOut: 0,
      attnResid: 0,
      ln2: new Float64Array(d),
      fc: new Float64Array(4 * d),
      gelu: new Float64Array(4 * d),
      mlpResid: 0,
    })),
    lnF: new Float64Array(d),
    sequences: sequences.length,
  };
  let done = 0;
  for (const seq of sequences) {
    const tr = forward(model, seq);
    r.x0 = maxAbs(r.x0, tr.x.data);
    tr.layers.forEach((lt, l) => {
      const s = r.layers[l];
      maxAbsPerChannel(s.ln1, lt.ln1.data);
      s.attnOut = maxAbs(s.attnOut, lt.yProj.data);
      s.attnResid = maxAbs(s.attnResid, lt.attnResid.data);
      maxAbsPerChannel(s.ln2, lt.ln2.data);
      maxAbsPerChannel(s.fc, lt.fc.data);
      maxAbsPerChannel(s.gelu, lt.gelu.data);
      s.mlpResid = maxAbs(s.mlpResid, lt.mlpResid.data);
    });
    maxAbsPerChannel(r.lnF, tr.ln_f.data);
    onProgress?.(++done, sequences.length);
  }
  return r;
}

/**
 * The calibration sequences of a task's prompts: each prompt followed by the first
 * `generate − 1` tokens the float model generates greedily from it (prompt length + generate − 1
 * tokens: the longest context greedy decoding feeds; by causality every shorter context's
 * activations are prefixes of it). Where the float model answers correctly (gpt-nano-sort: all
 * 729 prompts; mingpt-adder: all 10,000) these are the teacher-forced contexts of the answers.
 * @param model float model.
 * @param prompts token prompts.
 * @param generateCount tokens the task generates (≥ 1).
 * @throws `float: ` errors for bad tokens or a context longer than block_size.
 */
export function calibrationContexts(
  model: GptModel,
  prompts: readonly (readonly number[])[],
  generateCount: number,
): number[][] {
  return prompts.map((p) => generate(model, p, generateCount - 1));
}
