/**
 * Accuracy of the whole integer model against the float model (issue 11 item 7).
 */
import { forward } from "../model/float.js";
import type { GptModel } from "../model/stateDict.js";
import { taskAnswer, type TaskSpec } from "../model/task.js";
import { sortContext, sortedDigits } from "../model/tokens.js";
import { intForward, type IntModelParams } from "./model.js";

/** Metrics of {@link measureWholeModel}. */
export interface WholeModelAccuracy {
  /** How many prompts the integer model sorts correctly by greedy decoding (target: all 729). */
  wholeModelSorted729: number;
  /**
   * Cosine similarity of the dequantized integer logits (logitAcc · logitScale) with the float
   * logits, every position of every sort context concatenated (target ≥ 0.999).
   */
  logitCosine: number;
  /** Lowest per-context logit cosine. */
  minSequenceLogitCosine: number;
}

/**
 * Runs the integer model and the float model over every prompt's sort context
 * (prompt ++ sorted(prompt)[0 .. L−2], src/model/tokens.ts `sortContext`).
 *
 * A prompt counts as sorted when, in that one causal pass, the integer argmax at every position
 * from the last prompt token on equals the next sorted token (the final position: the last
 * sorted token). That is exactly greedy decoding, because the integer model is causal (static
 * scales; LayerNorm, MLP, residual and lm_head act per row; attention reads rows ≤ t), so by
 * induction the greedy contexts equal the teacher-forced prefixes; test/stages/model.test.ts
 * checks this against step-by-step {@link generateGreedyInt} on sampled prompts.
 *
 * @param float the float model.
 * @param p the quantized whole model.
 * @param prompts sort prompts (6 tokens each for gpt-nano-sort).
 */
export function measureWholeModel(
  float: GptModel,
  p: IntModelParams,
  prompts: readonly (readonly number[])[],
): WholeModelAccuracy {
  let sorted = 0;
  let dot = 0;
  let nq = 0;
  let nf = 0;
  let minSeq = 1;
  for (const prompt of prompts) {
    const ctx = sortContext(prompt);
    const tr = intForward(p, ctx);
    const expected = sortedDigits(prompt);
    const L = prompt.length;
    if (tr.argmax.slice(L - 1).every((tok, i) => tok === expected[i])) sorted++;
    const f = forward(float, ctx).lm_head.data;
    let sd = 0;
    let sq = 0;
    let sf = 0;
    tr.lmHead.logitAcc.flat().forEach((acc, k) => {
      const x = acc * p.lmHead.logitScale;
      sd += x * f[k];
      sq += x * x;
      sf += f[k] * f[k];
    });
    dot += sd;
    nq += sq;
    nf += sf;
    minSeq = Math.min(minSeq, sd / Math.sqrt(sq * sf));
  }
  return {
    wholeModelSorted729: sorted,
    logitCosine: dot / Math.sqrt(nq * nf),
    minSequenceLogitCosine: minSeq,
  };
}

/** Metrics of {@link measureTask}. */
export interface TaskAccuracy {
  /** Prompts measured. */
  prompts: number;
  /** Prompts whose greedy integer answer equals the task's answer (src/model/task.ts). */
  solved: number;
  /** Prompts the float model answers correctly (same greedy criterion, float logits). */
  floatSolved: number;
  /** The prompts the integer model gets wrong, with its answer and the correct one. */
  failures: { prompt: number[]; generated: number[]; expected: number[] }[];
  /**
   * Cosine of the dequantized integer logits (logitAcc · logitScale) with the float logits, every
   * position of every answer context concatenated.
   */
  logitCosine: number;
  /** Lowest per-context logit cosine. */
  minSequenceLogitCosine: number;
}

/**
 * Runs the integer and the float model over each prompt's answer context (prompt ++ answer
 * without its last token: promptLength + generate − 1 tokens) of a task with a known answer.
 * A prompt counts as solved when the integer argmax at every position from the last prompt token
 * on equals the next answer token: exactly greedy decoding, because the integer model is causal
 * (see {@link measureWholeModel}); the integer model's answer in `failures` is its greedy answer
 * from {@link intForward} step by step.
 *
 * @param float the float model.
 * @param p the quantized whole model.
 * @param task the task (kind sort or adder).
 * @param prompts prompts of `task.promptLength` tokens.
 * @param onProgress called after each prompt with (done, total).
 * @throws `task: ` error for a generic task (no answer) or a malformed prompt.
 */
export function measureTask(
  float: GptModel,
  p: IntModelParams,
  task: TaskSpec,
  prompts: readonly (readonly number[])[],
  onProgress?: (done: number, total: number) => void,
): TaskAccuracy {
  let solved = 0;
  let floatSolved = 0;
  let dot = 0;
  let nq = 0;
  let nf = 0;
  let minSeq = 1;
  const failures: TaskAccuracy["failures"] = [];
  const L = task.promptLength;
  const V = p.vocabSize;
  for (const prompt of prompts) {
    const expected = taskAnswer(task, prompt);
    if (expected === undefined)
      throw new Error(`task: a ${task.kind} task has no known answer to measure against`);
    const ctx = [...prompt, ...expected.slice(0, -1)];
    const tr = intForward(p, ctx);
    if (tr.argmax.slice(L - 1).every((tok, i) => tok === expected[i])) solved++;
    else {
      const gen: number[] = [];
      const c = [...prompt];
      for (let i = 0; i < task.generate; i++) {
        const next = intForward(p, c).argmax[c.length - 1];
        gen.push(next);
        c.push(next);
      }
      failures.push({ prompt: [...prompt], generated: gen, expected });
    }
    const f = forward(float, ctx).lm_head.data;
    let fOk = true;
    for (let t = L - 1; t < ctx.length; t++) {
      let best = 0;
      for (let v = 1; v < V; v++) if (f[t * V + v] > f[t * V + best]) best = v;
      if (best !== expected[t - (L - 1)]) fOk = false;
    }
    if (fOk) floatSolved++;
    let sd = 0;
    let sq = 0;
    let sf = 0;
    tr.lmHead.logitAcc.flat().forEach((acc, k) => {
      const x = acc * p.lmHead.logitScale;
      sd += x * f[k];
      sq += x * x;
      sf += f[k] * f[k];
    });
    dot += sd;
    nq += sq;
    nf += sf;
    minSeq = Math.min(minSeq, sd / Math.sqrt(sq * sf));
    onProgress?.(solved + failures.length, prompts.length);
  }
  return {
    prompts: prompts.length,
    solved,
    floatSolved,
    failures,
    logitCosine: dot / Math.sqrt(nq * nf),
    minSequenceLogitCosine: minSeq,
  };
}
