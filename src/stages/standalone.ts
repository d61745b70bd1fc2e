/**
 * One stage as a circuit of its own: wraps a stage's emission (src/stages/emit.ts) in a main
 * template whose inputs are the stage's inputs (and, in private-weights mode, its private
 * parameters), so a stage's circuit is compiled and attacked on its own, on small
 * configurations, before it joins a whole-model circuit.
 *
 * Every error thrown here is an `Error` whose message starts with `stages: `.
 */
import { fail } from "./common.js";
import type { EmitContext, StageEmission } from "./emit.js";

/** A main-template input of a standalone stage circuit. */
export interface StandaloneInput {
  /** Circom identifier of the input signal array. */
  name: string;
  /** Its shape, e.g. [T, D]; [] for a scalar. */
  shape: number[];
}

/** A generated standalone circuit and the emission it wraps. */
export interface StandaloneCircuit {
  /** circom source (pragma, includes, declarations, main template, `component main`). */
  source: string;
  emission: StageEmission;
}

/**
 * Wraps one stage's emission into a compilable circuit without public signals. The stage's inputs
 * are private inputs named by `inputs` (passed to the emitter as `ctx.inputs`, in order), followed
 * by the emission's own private inputs; the output and every named intermediate are signals of
 * the main template (`main.<name>` in the symbol file).
 * @param templateName circom identifier of the main template.
 * @param inputs the stage's input arrays, in the order its emitter expects them.
 * @param emit the stage's emitter (e.g. `(ctx) => stage.emitCircom!(ctx)`).
 * @param ctx the emit context less `inputs` (weights mode, T, id).
 * @throws `stages: ` error for a template name or input name that is not a circom identifier.
 */
export function standaloneStageCircuit(
  templateName: string,
  inputs: readonly StandaloneInput[],
  emit: (ctx: EmitContext) => StageEmission,
  ctx: Omit<EmitContext, "inputs">,
): StandaloneCircuit {
  const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
  for (const n of [templateName, ...inputs.map((i) => i.name), ctx.id])
    if (!ident.test(n)) fail(`standalone: "${n}" is not a circom identifier`);
  const emission = emit({ ...ctx, inputs: inputs.map((i) => i.name) });
  const decl = (i: StandaloneInput) =>
    `    signal input ${i.name}${i.shape.map((n) => `[${n}]`).join("")};`;
  const includes = [...new Set(emission.includes)].map((f) => `include "${f}";`);
  const source = `// GENERATED for a test: one stage (${ctx.id}) as a circuit of its own (src/stages/standalone.ts).
pragma circom 2.2.0;

${includes.join("\n")}

${emission.declarations.join("\n\n")}

template ${templateName}() {
${inputs.map(decl).join("\n")}
${emission.privateInputs.map(decl).join("\n")}

${emission.body.join("\n")}
}

component main = ${templateName}();
`;
  return { source, emission };
}
