/**
 * The task a model directory's model solves (its `model.json` "task"): how long a prompt is, how
 * many tokens greedy decoding generates, how tokens print, and, for the bundled task kinds, the
 * correct answer computed independently of any model (used by accuracy reports and tests).
 *
 * Kinds:
 * - `sort` (minGPT demo `SortDataset`): the prompt is `promptLength` digits in [0, vocabSize); the
 *   answer is the same digits in ascending order (`generate` = `promptLength`).
 * - `adder` (minGPT `projects/adder`, `AdditionDataset`): the prompt is the `n` digits of a then
 *   the `n` digits of b (most significant first, `promptLength` = 2n); the answer is the `n + 1`
 *   digits of a + b, least significant first (`generate` = n + 1). 85 + 50: prompt 8 5 5 0,
 *   answer 5 3 1.
 * - `generic`: no known answer; results print as tokens.
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file or an option is
 * wrong, the user can fix it) whose message starts with `task: `.
 */
import { ZkattnUserError } from "../errors.js";
import { seededRandom } from "../random.js";

/** The task kinds with an answer zkattn can compute. */
export const TASK_KINDS = ["sort", "adder", "generic"] as const;
/** One of {@link TASK_KINDS}. */
export type TaskKind = (typeof TASK_KINDS)[number];

/** A model's task, as stored in `models/<name>/model.json`. */
export interface TaskSpec {
  kind: TaskKind;
  /** Prompt tokens fed to the model. */
  promptLength: number;
  /** Tokens generated greedily after the prompt; promptLength + generate − 1 ≤ block_size. */
  generate: number;
  /** How each token id prints (length = vocab size), e.g. the digits "0" .. "9". */
  vocabulary: string[];
}

function fail(msg: string): never {
  throw new ZkattnUserError(`task: ${msg}`);
}

/**
 * Checks a task against a model's vocabulary size and block size.
 * @throws `task: ` error naming the field that is wrong and why.
 */
export function validateTask(task: TaskSpec, vocabSize: number, blockSize: number): void {
  if (!TASK_KINDS.includes(task.kind))
    fail(`kind ${JSON.stringify(task.kind)} is not one of ${TASK_KINDS.join(", ")}`);
  for (const k of ["promptLength", "generate"] as const)
    if (!Number.isInteger(task[k]) || task[k] < 1)
      fail(`${k} ${String(task[k])} must be an integer ≥ 1`);
  const t = task.promptLength + task.generate - 1;
  if (t > blockSize)
    fail(
      `prompt length ${task.promptLength} + generated ${task.generate} − 1 = ${t} tokens exceed the model's block_size ${blockSize}`,
    );
  if (!Array.isArray(task.vocabulary) || task.vocabulary.length !== vocabSize)
    fail(
      `vocabulary has ${Array.isArray(task.vocabulary) ? task.vocabulary.length : "no"} entries; the model has ${vocabSize} tokens`,
    );
  if (task.kind === "sort" && task.generate !== task.promptLength)
    fail(`a sort task generates as many tokens as the prompt has (${task.promptLength})`);
  if (task.kind === "adder") {
    if (task.promptLength % 2 !== 0)
      fail(`an adder prompt has 2n digits, not ${task.promptLength}`);
    if (task.generate !== task.promptLength / 2 + 1)
      fail(
        `an adder of ${task.promptLength / 2}-digit numbers generates ${task.promptLength / 2 + 1} digits`,
      );
    if (vocabSize !== 10) fail(`an adder's vocabulary is the 10 digits, not ${vocabSize} tokens`);
  }
}

/** The digits "0" .. String(n − 1). */
export const digitVocabulary = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => String(i));

/**
 * The correct generated tokens for a prompt (sort: ascending digits; adder: digits of a + b,
 * least significant first), computed from the prompt alone.
 * @returns undefined for a `generic` task.
 * @throws `task: ` error for a prompt of the wrong length or with a token outside the vocabulary.
 */
export function taskAnswer(task: TaskSpec, prompt: readonly number[]): number[] | undefined {
  checkPrompt(task, prompt);
  if (task.kind === "sort") return [...prompt].sort((a, b) => a - b);
  if (task.kind === "adder") {
    const { a, b } = adderOperands(task, prompt);
    let sum = a + b;
    const out: number[] = [];
    for (let i = 0; i < task.generate; i++) {
      out.push(sum % 10);
      sum = Math.floor(sum / 10);
    }
    return out;
  }
  return undefined;
}

function adderOperands(task: TaskSpec, prompt: readonly number[]): { a: number; b: number } {
  const n = task.promptLength / 2;
  const num = (d: readonly number[]) => d.reduce((acc, x) => acc * 10 + x, 0);
  return { a: num(prompt.slice(0, n)), b: num(prompt.slice(n)) };
}

/**
 * Checks a prompt's length and tokens.
 * @throws `task: ` error naming the position of a bad token.
 */
export function checkPrompt(task: TaskSpec, prompt: readonly number[]): void {
  if (prompt.length !== task.promptLength)
    fail(
      `prompt ${prompt.join(",")} has ${prompt.length} tokens; the task takes ${task.promptLength}`,
    );
  prompt.forEach((tok, i) => {
    if (!Number.isInteger(tok) || tok < 0 || tok >= task.vocabulary.length)
      fail(`prompt token ${tok} at position ${i} is not in [0, ${task.vocabulary.length})`);
  });
}

/** Prompt and generated tokens through the vocabulary: "2 0 1 → 0 1 2". */
function tokensArrow(task: TaskSpec, prompt: readonly number[], generated: readonly number[]) {
  const words = (t: readonly number[]) => t.map((x) => task.vocabulary[x] ?? `<${x}>`).join(" ");
  return `${words(prompt)} → ${words(generated)}`;
}

/**
 * A result in the task's words: "85 + 50 = 135" (adder), "sorted 2 0 1 → 0 1 2" (sort), else
 * the prompt and generated tokens through the vocabulary.
 */
export function describeResult(
  task: TaskSpec,
  prompt: readonly number[],
  generated: readonly number[],
): string {
  if (task.kind === "adder") {
    const { a, b } = adderOperands(task, prompt);
    const sum = [...generated]
      .reverse()
      .map((x) => task.vocabulary[x] ?? `<${x}>`)
      .join("");
    return `${a} + ${b} = ${sum}`;
  }
  const arrow = tokensArrow(task, prompt, generated);
  return task.kind === "sort" ? `sorted ${arrow}` : arrow;
}

/** The verb of a model's sentence per task kind ({@link describeModelResult}). */
const TASK_VERBS: Record<TaskKind, string> = {
  sort: "sorts",
  adder: "computes",
  generic: "generates",
};

/**
 * A model's result as a sentence: "gpt-nano-sort sorts 2 0 1 1 0 2 → 0 0 1 1 2 2",
 * "mingpt-adder computes 85 + 50 = 135", "<model> generates 1 2 → 3 4" (generic).
 * @param model the model's name (its directory under models/).
 */
export function describeModelResult(
  model: string,
  task: TaskSpec,
  prompt: readonly number[],
  generated: readonly number[],
): string {
  const body =
    task.kind === "adder"
      ? describeResult(task, prompt, generated)
      : tokensArrow(task, prompt, generated);
  return `${model} ${TASK_VERBS[task.kind]} ${body}`;
}

/**
 * Every prompt of a bundled task, in lexicographic order: all vocab^promptLength digit strings
 * (sort: 3^6 = 729; adder with 2-digit numbers: 10^4 = 10,000, prompt i = the digits of i).
 * @throws `task: ` error for a `generic` task or more than 10^6 prompts.
 */
export function allTaskPrompts(task: TaskSpec): number[][] {
  if (task.kind === "generic") fail("a generic task has no enumerable prompt set");
  const v = task.vocabulary.length;
  const count = v ** task.promptLength;
  if (count > 1e6) fail(`${count} prompts are too many to enumerate`);
  const out: number[][] = [];
  for (let i = 0; i < count; i++) {
    const p = new Array<number>(task.promptLength);
    let rest = i;
    for (let pos = task.promptLength - 1; pos >= 0; pos--) {
      p[pos] = rest % v;
      rest = Math.floor(rest / v);
    }
    out.push(p);
  }
  return out;
}

/**
 * A seeded sample of `count` distinct prompts of a bundled task, in the enumeration order of
 * {@link allTaskPrompts} (a partial Fisher–Yates shuffle with mulberry32 ({@link seededRandom}), then sorted).
 * @throws `task: ` error when count exceeds the number of prompts.
 */
export function sampleTaskPrompts(task: TaskSpec, count: number, seed: number): number[][] {
  const all = allTaskPrompts(task);
  if (!Number.isInteger(count) || count < 1 || count > all.length)
    fail(`cannot sample ${count} of ${all.length} prompts`);
  const idx = all.map((_, i) => i);
  const rand = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => all[i]);
}
