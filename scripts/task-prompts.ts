/**
 * Task prompt generator: writes a calibration (or evaluation) prompts file of a bundled task.
 * `npx tsx scripts/task-prompts.ts --task adder --prompt-length 4 --sample 1000 --seed 1 --out f`.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { renderPromptsFile } from "../src/model/description.js";
import {
  allTaskPrompts,
  digitVocabulary,
  sampleTaskPrompts,
  TASK_KINDS,
  type TaskKind,
} from "../src/model/task.js";

const HELP = `Usage: npx tsx scripts/task-prompts.ts --task <sort|adder> --prompt-length <n> [options]

Writes a prompts file ({"description", "prompts": [[token ids], ...]}) for zkattn:import
--calibration: every prompt of the task, or a seeded sample of them (src/model/task.ts).

Options:
  --task <kind>          sort (digits 0..vocab-1 to sort) or adder (2n digits: a then b)
  --prompt-length <n>    prompt tokens (adder: 2 x digits per number)
  --vocab <n>            vocabulary size (default: 10 for adder, 3 for sort)
  --sample <n>           a seeded sample of n distinct prompts instead of all of them
  --seed <s>             sample seed (default 1)
  --out <file>           output file (default: stdout)
  -h, --help             show this help`;

const { values } = parseArgs({
  options: {
    task: { type: "string" },
    "prompt-length": { type: "string" },
    vocab: { type: "string" },
    sample: { type: "string" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help || values.task === undefined || values["prompt-length"] === undefined) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const kind = values.task as TaskKind;
if (!TASK_KINDS.includes(kind) || kind === "generic") {
  console.error(`task-prompts: --task ${kind} is not sort or adder`);
  process.exit(2);
}
const promptLength = Number(values["prompt-length"]);
const vocab = Number(values.vocab ?? (kind === "adder" ? 10 : 3));
const task = {
  kind,
  promptLength,
  generate: kind === "adder" ? promptLength / 2 + 1 : promptLength,
  vocabulary: digitVocabulary(vocab),
};
const all = allTaskPrompts(task).length;
const prompts =
  values.sample === undefined
    ? allTaskPrompts(task)
    : sampleTaskPrompts(task, Number(values.sample), Number(values.seed));
const description =
  values.sample === undefined
    ? `all ${all} prompts of the ${kind} task (prompt length ${promptLength}), in lexicographic order`
    : `${prompts.length} of the ${all} prompts of the ${kind} task (prompt length ${promptLength}), sampled with mulberry32 seed ${values.seed} (scripts/task-prompts.ts), in lexicographic order`;
const text = renderPromptsFile({ description, prompts });
if (values.out === undefined) process.stdout.write(text);
else writeFileSync(values.out, text);
