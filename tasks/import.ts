import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

/**
 * Model import (issue 12 item 2; docs/integer-model.md "Model directories"). Declarative
 * definition; the action in tasks/actions/import.ts is imported lazily and calls
 * src/stages/importDir.ts.
 */
export const importTasks: TaskDefinition[] = [
  task(
    "zkattn:import",
    "Make models/<name>/ from a float checkpoint: copy it with its licence, calibrate on your prompts, quantize the whole model (model.json, calibration-prompts.json, quantized-model.json); deterministic, nothing written on error",
  )
    .addOption({
      name: "from",
      description:
        "The float model: a PyTorch checkpoint (.pt zip of a state_dict), a safetensors file, an llm-viz JSON or an ONNX graph of the whole model (torch.onnx.export, opset 10-17; docs/onnx.md); minGPT/nanoGPT nn.Linear or GPT-2 Conv1D layouts (format detected from the content)",
      defaultValue: "",
    })
    .addOption({
      name: "name",
      description: "Model directory name: writes models/<name>/ (letters, digits, '.', '_', '-')",
      defaultValue: "",
    })
    .addOption({
      name: "nHead",
      description: "Attention heads (the shapes do not say it; minGPT gpt-nano: 3)",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption({
      name: "promptLength",
      description: "Tokens in a prompt (the adder: 4 = a1 a2 b1 b2)",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption({
      name: "generate",
      description:
        "Tokens generated greedily after the prompt (the adder: 3); prompt-length + generate - 1 must fit block_size",
      type: ArgumentType.INT,
      defaultValue: 0,
    })
    .addOption({
      name: "calibration",
      description:
        'Calibration prompts file: {"prompts": [[token ids], ...]} (make one with scripts/task-prompts.ts); copied as calibration-prompts.json',
      defaultValue: "",
    })
    .addOption({
      name: "task",
      description:
        "What the model computes: adder (a + b, digits reversed), sort (ascending digits) or generic (no known answer; results print as tokens)",
      defaultValue: "generic",
    })
    .addOption({
      name: "vocabulary",
      description: "Comma-separated token names (default: the token ids 0,1,...)",
      defaultValue: "",
    })
    .addOption({
      name: "license",
      description:
        "Licence file of the weights (default: LICENSE, LICENSE.txt, LICENSE.md, LICENCE or COPYING beside --from); copied as source/LICENSE",
      defaultValue: "",
    })
    .addFlag({
      name: "noLicense",
      description:
        "Import without a licence file (only when you may use the weights without one; model.json records license: null)",
    })
    .addFlag({ name: "force", description: "Replace an existing models/<name>/" })
    .setAction(() => import("./actions/import.js"))
    .build(),
];
