/**
 * Helpers for minGPT's sorting demo (Karpathy, minGPT `demo.ipynb`, `SortDataset`): the model reads
 * `length` digits in [0, numDigits) and emits them sorted ascending. A training sequence is
 * input ++ sorted(input) (2 * length tokens); the model sees its first 2 * length - 1 tokens, so
 * block_size = 2 * length - 1 (11 for gpt-nano-sort: length 6, 3 digits).
 *
 * Every error thrown by this module is an `Error` whose message starts with `tokens: `.
 */
import type { GptModel } from "./stateDict.js";
import { argmax, forward, generate, type ForwardOptions } from "./float.js";

/** Sequence length of the gpt-nano-sort task (minGPT SortDataset default `length=6`). */
export const SORT_LENGTH = 6;
/** Number of distinct digits of the gpt-nano-sort task (SortDataset default `num_digits=3`). */
export const SORT_DIGITS = 3;

/**
 * Every input of the sort task: all numDigits^length digit sequences, in lexicographic order
 * (the i-th sequence is i written in base numDigits, most significant digit first).
 *
 * @throws `tokens: ` error for a non-positive length or fewer than 1 digit.
 */
export function allSortInputs(length = SORT_LENGTH, numDigits = SORT_DIGITS): number[][] {
  if (!Number.isInteger(length) || length < 1 || !Number.isInteger(numDigits) || numDigits < 1) {
    throw new Error(
      `tokens: need a positive length and digit count, got length ${length}, numDigits ${numDigits}`,
    );
  }
  const count = numDigits ** length;
  const out: number[][] = [];
  for (let i = 0; i < count; i++) {
    const seq = new Array<number>(length);
    let rest = i;
    for (let pos = length - 1; pos >= 0; pos--) {
      seq[pos] = rest % numDigits;
      rest = Math.floor(rest / numDigits);
    }
    out.push(seq);
  }
  return out;
}

/** The expected output of the sort task: the input digits in ascending order (a new array). */
export function sortedDigits(input: readonly number[]): number[] {
  return [...input].sort((a, b) => a - b);
}

/**
 * The model's answer by greedy decoding: the `input.length` tokens that {@link generate} appends.
 *
 * @throws `float: ` errors of {@link generate}.
 */
export function modelSort(
  model: GptModel,
  input: readonly number[],
  options: ForwardOptions = {},
): number[] {
  return generate(model, input, input.length, options).slice(input.length);
}

/**
 * The longest context greedy decoding feeds the model for `input`: input ++ sorted(input)[0 .. L-2]
 * (2L - 1 tokens, 11 = gpt-nano-sort's block size). By causality every shorter context's
 * activations are prefixes of this one's, so it is the calibration sequence of the sort task.
 */
export function sortContext(input: readonly number[]): number[] {
  return [...input, ...sortedDigits(input).slice(0, input.length - 1)];
}

/**
 * Teacher-forced check of the sort task with one forward pass: runs the model on
 * input ++ sorted(input)[0 .. L-2] (2L - 1 tokens) and reads the argmax at positions L-1 .. 2L-2.
 *
 * For a causal model, greedy decoding outputs sorted(input) if and only if every one of these
 * predictions equals the sorted digit (by induction: while the predictions match, the greedy
 * context equals the teacher-forced prefix, and row i of a causal forward pass depends only on
 * tokens 0 .. i). So `correct` equals `modelSort(...) === sorted` at 1/L of the cost. With an
 * attention override this holds only if the override is causal too (its output row i depends
 * only on ln_1 rows 0 .. i).
 *
 * @returns `predicted`: the L teacher-forced argmax tokens; `correct`: all equal sorted(input).
 * @throws `float: ` errors of {@link forward} (e.g. 2L - 1 > blockSize).
 */
export function teacherForcedSort(
  model: GptModel,
  input: readonly number[],
  options: ForwardOptions = {},
): { predicted: number[]; correct: boolean } {
  const length = input.length;
  const expected = sortedDigits(input);
  const trace = forward(model, sortContext(input), options);
  const v = model.config.vocabSize;
  const predicted: number[] = [];
  for (let pos = length - 1; pos < 2 * length - 1; pos++) {
    predicted.push(argmax(trace.lm_head.data.subarray(pos * v, (pos + 1) * v)));
  }
  return { predicted, correct: predicted.every((tok, i) => tok === expected[i]) };
}
