import path from "node:path";

import cliProgress from "cli-progress";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { ZkattnUserError } from "../../src/errors.js";
import { TASK_KINDS, type TaskKind } from "../../src/model/task.js";
import { importModelDir } from "../../src/stages/importDir.js";
import { reportingUserErrors } from "./userErrors.js";

/** Arguments of `zkattn:import` (see tasks/import.ts). */
interface ImportTaskArgs {
  from: string;
  name: string;
  nHead: number;
  promptLength: number;
  generate: number;
  calibration: string;
  task: string;
  vocabulary: string;
  license: string;
  noLicense: boolean;
  force: boolean;
}

/**
 * `zkattn:import`: the library (src/stages/importDir.ts and the importers it calls) throws
 * {@link ZkattnUserError} where the user's file or options are wrong; `reportingUserErrors` prints
 * those without a stack trace. Any other error keeps its stack (a bug).
 */
export default reportingUserErrors(importAction);

/** `zkattn:import`: parses the options, shows calibration progress, calls `importModelDir`. */
async function importAction(args: ImportTaskArgs, hre: HardhatRuntimeEnvironment): Promise<void> {
  const missing = (["from", "name", "calibration"] as const).filter((k) => args[k] === "");
  const zero = (["nHead", "promptLength", "generate"] as const).filter((k) => args[k] <= 0);
  if (missing.length > 0 || zero.length > 0)
    throw new ZkattnUserError(
      `import: pass ${[...missing, ...zero].map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(", ")} (see npx hardhat zkattn:import --help)`,
    );
  if (!TASK_KINDS.includes(args.task as TaskKind))
    throw new ZkattnUserError(`import: --task ${args.task} is not one of ${TASK_KINDS.join(", ")}`);
  if (args.noLicense && args.license !== "")
    throw new ZkattnUserError("import: pass either --license or --no-license, not both");
  const bar = new cliProgress.SingleBar(
    { format: "calibrating {bar} {value}/{total} sequences", clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    const r = importModelDir({
      from: args.from,
      name: args.name,
      modelsDir: path.join(hre.config.paths.root, "models"),
      nHead: args.nHead,
      promptLength: args.promptLength,
      generate: args.generate,
      calibration: args.calibration,
      task: args.task as TaskKind,
      vocabulary: args.vocabulary === "" ? undefined : args.vocabulary.split(","),
      license: args.noLicense ? null : args.license === "" ? undefined : args.license,
      force: args.force,
      onProgress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    bar.stop();
    console.log(
      `imported ${r.description.name} (${r.description.source.format}, task ${r.description.task.kind}) into ${path.relative(hre.config.paths.root, r.dir)}/, calibrated on ${r.calibrationSequences} sequences:`,
    );
    for (const f of r.files) console.log(`  ${f}`);
    console.log(`quantized-model.json ${r.contentHash}`);
  } finally {
    if (started) bar.stop();
  }
}
