/**
 * Argmax stage and the greedy-decoding check (docs/integer-model.md "Argmax").
 */
import { fail } from "./common.js";

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
