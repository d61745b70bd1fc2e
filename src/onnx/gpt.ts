/**
 * Whole GPT-2-family ONNX graphs (issue 12 item 1): reads a graph as torch.onnx.export writes a
 * minGPT / nanoGPT / GPT-2 language model (opset 10–17; input token ids [batch, T], output logits
 * [batch, T, V]) into the same in-memory float {@link GptModel} the other importers produce
 * (src/model/import/: minGPT state_dict names, `nn.Linear` layout (out, in), float64).
 *
 * How a graph is read:
 * 1. Every node must be an operator the evaluator implements (src/onnx/graph.ts
 *    `checkSupported`); otherwise the error names the node, its op type and its position.
 * 2. Each value is classified: *constant* (initializers and what is computed from them only),
 *    *shape* (computed from `Shape` outputs and constants: sequence length arithmetic, position
 *    ids, the sliced causal-mask buffer) or *activation* (depends on the token ids' values).
 * 3. The activation nodes are matched structurally, from the input to the output: token
 *    embedding `Gather(wte, idx)`, `Add` of the position embedding `Gather(wpe, [0 .. T−1])`;
 *    per block LayerNorm (a `LayerNormalization` node, opset 17, or torch's decomposition
 *    ReduceMean/Sub/Pow/ReduceMean/Add eps/Sqrt/Div/Mul weight/Add bias), attention (c_attn
 *    `MatMul` [D, 3D] (+ bias `Add`) → `Split` into q, k, v → `Reshape` [B, T, H, D/H] →
 *    `Transpose` → q kᵀ `MatMul` → `Mul` by 1/√(D/H) or `Div` by √(D/H) → causal `Where` →
 *    `Softmax` on the last axis → `MatMul` v → `Transpose` → `Reshape` [B, T, D] → c_proj), the
 *    residual `Add`, LayerNorm, MLP (c_fc → GELU → c_proj) and the residual `Add`; then ln_f and
 *    lm_head (`MatMul` [D, V]). Every activation node must be part of this structure. (torch writes
 *    `nn.Linear` on [B, T, D] as MatMul + Add; `Gemm` only arises for 2-D activations, which these
 *    graphs do not have.)
 * 4. The shape-dependent parts are checked by evaluating the graph (float64) on probe sequences:
 *    the position ids are 0 .. T−1, the mask hides exactly the future positions (j > i) with a
 *    fill ≤ −1e4 (weight 0 in float64 after softmax), the reshapes give H heads of D/H.
 *    Constants are checked against the stages' float reference (src/model/float.ts): LayerNorm
 *    eps 1e-5, the attention scale, and the GELU subgraph equal to the tanh approximation.
 * 5. The float model's logits are compared with the graph's on the probes (max abs diff ≤ 1e-4,
 *    a guard against anything the structure checks missed).
 *
 * The weights are mapped to their minGPT state_dict names by their role in the graph (not by the
 * graph's tensor names) and go through the same normalization as a `.pt` state_dict
 * (src/model/import/normalize.ts `gptModelFromStateDict`).
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts) whose message starts
 * with `onnx: `; for a node it names the node, its op type and its position (index in graph.node).
 */
import { ZkattnUserError } from "../errors.js";
import { forward, gelu, LAYER_NORM_EPS } from "../model/float.js";
import { gptModelFromStateDict } from "../model/import/normalize.js";
import { erf } from "../model/special.js";
import type { GptModel, Tensor } from "../model/stateDict.js";
import { checkSupported, evaluateOnnxGraph, transposeTensor } from "./graph.js";
import {
  floatAttribute,
  intAttribute,
  onnxTensorToFloat64,
  type OnnxModel,
  type OnnxNode,
} from "./tensorProto.js";

/** Max abs difference allowed between the graph's logits and the matched float model's. */
export const ONNX_GPT_LOGITS_TOLERANCE = 1e-4;

/** Longest probe sequence the graph is evaluated on (the model's block_size if shorter). */
export const ONNX_GPT_MAX_PROBE = 32;

/** The graph this module reads, for error messages. */
const SUPPORTED_GRAPHS =
  "zkattn reads GPT-2-family graphs as torch.onnx.export writes them (minGPT, nanoGPT, GPT-2 layout; see docs/onnx.md)";

/** Options of {@link gptModelFromOnnx}. */
export interface OnnxGptOptions {
  /** n_head when given by the user; it must agree with the graph's q/k/v reshape. */
  nHead?: number;
}

/** What {@link gptModelFromOnnx} read besides the model. */
export interface OnnxGptInfo {
  /** Default-domain opset of the graph. */
  opset: number;
  /** How the LayerNorms are written: `LayerNormalization` nodes or torch's decomposition. */
  layerNorm: "LayerNormalization" | "decomposed";
  /** Probe sequence lengths the graph was evaluated on. */
  probeLengths: number[];
  /** Max abs difference of the logits (graph vs float model) over the probes. */
  maxLogitDiff: number;
  /** ONNX tensor name of each state_dict tensor. */
  tensorNames: Map<string, string>;
}

type Kind = "const" | "shape" | "act";

function failUser(msg: string): never {
  throw new ZkattnUserError(`onnx: ${msg}`);
}

/** The structure walk over one graph. */
class Matcher {
  readonly nodes: OnnxNode[];
  readonly producer = new Map<string, number>();
  readonly consumers = new Map<string, number[]>();
  readonly kind = new Map<string, Kind>();
  readonly used = new Set<number>();
  /** Nodes that only feed `Shape` nodes (see {@link markShapeOnly}). */
  readonly shapeOnly = new Set<number>();
  readonly sd = new Map<string, Tensor>();
  readonly names = new Map<string, string>();
  /** Values of the longest probe (constants are the same in every probe). */
  values = new Map<string, Tensor>();
  layerNormForm: OnnxGptInfo["layerNorm"] | undefined;

  constructor(
    readonly model: OnnxModel,
    readonly source: string,
    readonly opset: number,
  ) {
    this.nodes = model.graph.nodes;
    this.nodes.forEach((n, i) => {
      for (const o of n.outputs) if (o !== "") this.producer.set(o, i);
      for (const v of n.inputs) {
        if (v === "") continue;
        const list = this.consumers.get(v) ?? [];
        if (!list.includes(i)) list.push(i);
        this.consumers.set(v, list);
      }
    });
  }

  /** An error about node i: its name, op type and position, then `msg`. */
  at(i: number, msg: string): never {
    const n = this.nodes[i];
    failUser(
      `node "${n.name}" (op ${n.opType}) at position ${i} of ${this.source}: ${msg}; ${SUPPORTED_GRAPHS}`,
    );
  }

  /** Classifies every value (see the module comment); `input` is the token ids. */
  classify(input: string): void {
    for (const t of this.model.graph.initializers) this.kind.set(t.name, "const");
    this.kind.set(input, "act");
    this.nodes.forEach((n) => {
      const ks = n.inputs.filter((v) => v !== "").map((v) => this.kind.get(v) ?? "const");
      const k: Kind =
        n.opType === "Shape"
          ? ks[0] === "const"
            ? "const"
            : "shape"
          : ks.includes("act")
            ? "act"
            : ks.includes("shape")
              ? "shape"
              : "const";
      for (const o of n.outputs) if (o !== "") this.kind.set(o, k);
    });
  }

  /**
   * Marks the nodes whose outputs reach only `Shape` nodes (e.g. Hugging Face's `key.size(-2)`
   * reads the shape of a permuted copy of k): they compute no activation the logits depend on.
   */
  markShapeOnly(): void {
    const outputs = new Set(this.model.graph.outputs.map((o) => o.name));
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const n = this.nodes[i];
      const readers = n.outputs.flatMap((o) => (o === "" ? [] : (this.consumers.get(o) ?? [])));
      if (
        n.opType === "Shape" ||
        (readers.length > 0 &&
          !n.outputs.some((o) => outputs.has(o)) &&
          readers.every((r) => this.shapeOnly.has(r)))
      )
        this.shapeOnly.add(i);
    }
  }

  isAct(v: string): boolean {
    return this.kind.get(v) === "act";
  }

  /** The nodes that read activation `v` to compute activations (shape-only readers excluded). */
  actConsumers(v: string): number[] {
    return (this.consumers.get(v) ?? []).filter((i) => !this.shapeOnly.has(i));
  }

  /** The single activation consumer of `v`, which must have one of `ops`. */
  next(v: string, ops: readonly string[], what: string): number {
    const cs = this.actConsumers(v);
    if (cs.length === 0)
      failUser(
        `${this.source}: "${v}" is read by no node; expected ${what} (${ops.join(" or ")}); ${SUPPORTED_GRAPHS}`,
      );
    const bad =
      cs.find((i) => !ops.includes(this.nodes[i].opType)) ?? (cs.length > 1 ? cs[1] : undefined);
    if (bad !== undefined)
      this.at(bad, `expected ${what} (${ops.join(" or ")}) as the only reader of "${v}"`);
    return cs[0];
  }

  /** Marks node i as matched and returns it. */
  use(i: number): OnnxNode {
    this.used.add(i);
    return this.nodes[i];
  }

  /** The value of a constant or shape input (from the longest probe). */
  value(i: number, v: string): Tensor {
    const t = this.values.get(v);
    if (t === undefined) this.at(i, `input "${v}" has no value`);
    return t;
  }

  /** The other input of a binary node that reads `v`, which must be a constant. */
  constOther(i: number, v: string, what: string): { name: string; t: Tensor } {
    const n = this.nodes[i];
    if (n.inputs.length !== 2 || !n.inputs.includes(v))
      this.at(i, `expected ${what} with 2 inputs, one of them "${v}"`);
    const other = n.inputs[0] === v ? n.inputs[1] : n.inputs[0];
    if (this.kind.get(other) !== "const")
      this.at(i, `expected ${what}: "${other}" is not a constant`);
    return { name: this.sourceName(other), t: this.value(i, other) };
  }

  /** The initializer behind a constant value (through Identity nodes), for provenance. */
  sourceName(v: string): string {
    const p = this.producer.get(v);
    if (p !== undefined && this.nodes[p].opType === "Identity")
      return this.sourceName(this.nodes[p].inputs[0]);
    return v;
  }

  shapeOf(v: string): number[] {
    return this.values.get(v)?.shape ?? [];
  }

  /** Records a state_dict tensor. */
  put(key: string, t: Tensor, onnxName: string): void {
    this.sd.set(key, t);
    this.names.set(key, onnxName);
  }

  /**
   * A linear layer reading `x`: MatMul(x, W [nIn, nOut]), then an optional bias
   * Add of a constant [nOut]. Records `<key>.weight` in `nn.Linear` layout (and `<key>.bias`).
   */
  linear(x: string, nIn: number, nOut: number, key: string, what: string): string {
    const first = this.next(
      x,
      ["MatMul", "Reshape"],
      `${what} (MatMul by a [${nIn}, ${nOut}] weight)`,
    );
    if (this.nodes[first].opType === "Reshape") return this.conv1d(x, first, nIn, nOut, key, what);
    const i = first;
    const n = this.use(i);
    if (n.inputs[0] !== x) this.at(i, `expected ${what} to read "${x}" as its first input`);
    if (this.kind.get(n.inputs[1]) !== "const")
      this.at(i, `expected ${what}: the weight is not a constant`);
    const w = this.value(i, n.inputs[1]);
    let out = n.outputs[0];
    let bias: { name: string; t: Tensor } | undefined;
    if (w.shape.length !== 2 || w.shape[0] !== nIn || w.shape[1] !== nOut)
      this.at(i, `expected ${what} by a [${nIn}, ${nOut}] weight, found [${w.shape}]`);
    const cs = this.actConsumers(out);
    if (cs.length === 1 && this.nodes[cs[0]].opType === "Add") {
      const add = this.nodes[cs[0]];
      const other = add.inputs[0] === out ? add.inputs[1] : add.inputs[0];
      if (this.kind.get(other) === "const") {
        const b = this.value(cs[0], other);
        if (b.shape.length !== 1 || b.shape[0] !== nOut)
          this.at(cs[0], `expected the bias [${nOut}] of ${what}, found [${b.shape}]`);
        bias = { name: this.sourceName(other), t: b };
        this.use(cs[0]);
        out = add.outputs[0];
      }
    }
    this.put(`${key}.weight`, transposeTensor(w, [1, 0]), this.sourceName(n.inputs[1]));
    if (bias !== undefined) this.put(`${key}.bias`, bias.t, bias.name);
    return out;
  }

  /**
   * A linear layer written as Hugging Face's `Conv1D` exports (transformers
   * `pytorch_utils.Conv1D.forward`: `addmm(bias, x.view(-1, in), weight).view(..., out)`):
   * Reshape `x` to [B·T, nIn] → Gemm(·, W, C) (alpha 1, beta 1, transA 0; W [nIn, nOut], or
   * [nOut, nIn] with transB 1) → Reshape to [B, T, nOut]. Shapes are checked on the longest probe.
   */
  conv1d(x: string, r1: number, nIn: number, nOut: number, key: string, what: string): string {
    const flat = this.use(r1).outputs[0];
    const t = this.shapeOf(x)
      .slice(0, -1)
      .reduce((a, b) => a * b, 1);
    if (!sameList(this.shapeOf(flat), [t, nIn]))
      this.at(r1, `expected ${what}: MatMul, or Reshape to [B·T, ${nIn}] → Gemm (Conv1D)`);
    const gi = this.next(flat, ["Gemm"], `${what} (Gemm by a [${nIn}, ${nOut}] weight)`);
    const g = this.use(gi);
    if (
      g.inputs[0] !== flat ||
      intAttribute(g, "transA", 0) !== 0 ||
      floatAttribute(g, "alpha", 1) !== 1 ||
      floatAttribute(g, "beta", 1) !== 1
    )
      this.at(gi, `expected ${what}: Gemm(x, W, bias) with alpha 1, beta 1 and transA 0`);
    if (this.kind.get(g.inputs[1]) !== "const")
      this.at(gi, `expected ${what}: the weight is not a constant`);
    let w = this.value(gi, g.inputs[1]);
    if (intAttribute(g, "transB", 0) === 1) w = transposeTensor(w, [1, 0]);
    if (w.shape.length !== 2 || w.shape[0] !== nIn || w.shape[1] !== nOut)
      this.at(gi, `expected ${what} by a [${nIn}, ${nOut}] weight, found [${w.shape}]`);
    const cName = g.inputs[2];
    if (cName) {
      const c = this.kind.get(cName) === "const" ? this.value(gi, cName) : undefined;
      if (c === undefined || c.shape.length !== 1 || c.shape[0] !== nOut)
        this.at(gi, `expected the bias [${nOut}] of ${what} as a constant`);
      this.put(`${key}.bias`, c, this.sourceName(cName));
    }
    const r2 = this.next(g.outputs[0], ["Reshape"], `${what}: Reshape back to [B, T, ${nOut}]`);
    const out = this.use(r2).outputs[0];
    if (!sameList(this.shapeOf(out), [...this.shapeOf(x).slice(0, -1), nOut]))
      this.at(
        r2,
        `expected ${what}: Reshape back to [B, T, ${nOut}], found [${this.shapeOf(out)}]`,
      );
    this.put(`${key}.weight`, transposeTensor(w, [1, 0]), this.sourceName(g.inputs[1]));
    return out;
  }

  /** A LayerNorm over the last axis of `x` [B, T, d]; records `<key>.weight` / `.bias`. */
  layerNorm(x: string, d: number, key: string, what: string): string {
    const starts = this.actConsumers(x).filter((i) =>
      ["LayerNormalization", "ReduceMean"].includes(this.nodes[i].opType),
    );
    if (starts.length !== 1) {
      const c = this.actConsumers(x).find((i) => this.nodes[i].opType !== "Add");
      if (c !== undefined)
        this.at(c, `expected ${what} (LayerNormalization, or ReduceMean → Sub → Pow → ...)`);
      failUser(
        `${this.source}: no ${what} reads "${x}" (LayerNormalization or ReduceMean); ${SUPPORTED_GRAPHS}`,
      );
    }
    const i = starts[0];
    const n = this.use(i);
    const rank = this.shapeOf(x).length;
    const lastAxis = (a: number) => a === -1 || a === rank - 1;
    let eps: number;
    let out: string;
    let weight: { name: string; t: Tensor };
    let bias: { name: string; t: Tensor } | undefined;
    if (n.opType === "LayerNormalization") {
      this.layerNormForm = "LayerNormalization";
      if (n.inputs[0] !== x || !lastAxis(intAttribute(n, "axis", -1)))
        this.at(i, `expected ${what} over the last axis of "${x}"`);
      if (n.outputs.slice(1).some((o) => o !== "" && (this.consumers.get(o) ?? []).length > 0))
        this.at(i, `${what}: its Mean / InvStdDev outputs are used elsewhere`);
      eps = floatAttribute(n, "epsilon", 1e-5);
      const wv = n.inputs[1];
      if (this.kind.get(wv) !== "const")
        this.at(i, `expected ${what}: the scale is not a constant`);
      weight = { name: this.sourceName(wv), t: this.value(i, wv) };
      if (n.inputs[2]) {
        if (this.kind.get(n.inputs[2]) !== "const")
          this.at(i, `expected ${what}: the bias is not a constant`);
        bias = { name: this.sourceName(n.inputs[2]), t: this.value(i, n.inputs[2]) };
      }
      out = n.outputs[0];
    } else {
      this.layerNormForm = "decomposed";
      // mean = ReduceMean(x); c = x − mean; var = ReduceMean(c ^ 2); y = c / Sqrt(var + eps) · w + b
      const meanAxes = (n: OnnxNode) => {
        const a = n.attributes.get("axes");
        return (
          a?.type === "INTS" &&
          a.value.length === 1 &&
          lastAxis(a.value[0]) &&
          intAttribute(n, "keepdims", 1) === 1
        );
      };
      if (!meanAxes(n)) this.at(i, `expected ${what}: ReduceMean over the last axis, keepdims 1`);
      const subI = this.actConsumers(x).find((k) => {
        const s = this.nodes[k];
        return s.opType === "Sub" && s.inputs[0] === x && s.inputs[1] === n.outputs[0];
      });
      if (subI === undefined || this.actConsumers(n.outputs[0]).length !== 1)
        this.at(i, `expected ${what}: x − ReduceMean(x) (Sub) as the only reader of the mean`);
      const c = this.use(subI).outputs[0];
      const cReaders = this.actConsumers(c);
      const powI = cReaders.find((k) => this.nodes[k].opType === "Pow");
      const divI = cReaders.find((k) => this.nodes[k].opType === "Div");
      if (powI === undefined || divI === undefined || cReaders.length !== 2)
        this.at(subI, `expected ${what}: the centred values read by Pow and Div only`);
      const two = this.constOther(powI, c, `${what}: Pow by 2`);
      if (two.t.data.length !== 1 || two.t.data[0] !== 2)
        this.at(powI, `expected ${what}: Pow by 2`);
      this.use(powI);
      const varI = this.next(this.nodes[powI].outputs[0], ["ReduceMean"], `${what}: the variance`);
      if (!meanAxes(this.use(varI)))
        this.at(varI, `expected ${what}: ReduceMean over the last axis, keepdims 1`);
      const epsI = this.next(this.nodes[varI].outputs[0], ["Add"], `${what}: variance + eps`);
      const e = this.constOther(epsI, this.nodes[varI].outputs[0], `${what}: variance + eps`);
      if (e.t.data.length !== 1) this.at(epsI, `expected ${what}: a scalar eps`);
      eps = e.t.data[0];
      this.use(epsI);
      const sqrtI = this.next(
        this.nodes[epsI].outputs[0],
        ["Sqrt"],
        `${what}: Sqrt(variance + eps)`,
      );
      this.use(sqrtI);
      const div = this.nodes[divI];
      if (
        div.inputs[0] !== c ||
        div.inputs[1] !== this.nodes[sqrtI].outputs[0] ||
        this.actConsumers(this.nodes[sqrtI].outputs[0]).length !== 1
      )
        this.at(divI, `expected ${what}: (x − mean) / Sqrt(variance + eps)`);
      this.use(divI);
      const mulI = this.next(div.outputs[0], ["Mul"], `${what}: times the weight`);
      weight = this.constOther(mulI, div.outputs[0], `${what}: times the weight`);
      this.use(mulI);
      out = this.nodes[mulI].outputs[0];
      const bs = this.actConsumers(out);
      if (bs.length === 1 && this.nodes[bs[0]].opType === "Add") {
        const add = this.nodes[bs[0]];
        const other = add.inputs[0] === out ? add.inputs[1] : add.inputs[0];
        if (this.kind.get(other) === "const") {
          bias = { name: this.sourceName(other), t: this.value(bs[0], other) };
          this.use(bs[0]);
          out = add.outputs[0];
        }
      }
    }
    if (Math.fround(eps) !== Math.fround(LAYER_NORM_EPS))
      this.at(
        i,
        `${what} has eps ${eps}; the stages' LayerNorm uses ${LAYER_NORM_EPS} (nn.LayerNorm's default)`,
      );
    for (const [t, k] of [
      [weight.t, "weight"],
      [bias?.t, "bias"],
    ] as const)
      if (t !== undefined && (t.shape.length !== 1 || t.shape[0] !== d))
        this.at(i, `expected the ${k} [${d}] of ${what}, found [${t.shape}]`);
    this.put(`${key}.weight`, weight.t, weight.name);
    if (bias !== undefined) this.put(`${key}.bias`, bias.t, bias.name);
    return out;
  }

  /** The residual Add of `x` and `branch`: the one activation node reading both. */
  residual(x: string, branch: string, what: string): string {
    const i = this.next(branch, ["Add"], what);
    const n = this.use(i);
    if (!(n.inputs.includes(x) && n.inputs.includes(branch)))
      this.at(i, `expected ${what}: "${x}" + "${branch}"`);
    return n.outputs[0];
  }
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Reads a whole GPT-2-family graph (see the module comment) into a {@link GptModel}.
 *
 * @param model the decoded graph (src/onnx/tensorProto.ts `decodeModelProto`).
 * @param source the file name, for error messages.
 * @param options n_head when the user passes it (checked against the graph).
 * @returns the float model (minGPT names, `nn.Linear` layout, float64; absent biases as zeros)
 *   and what was read ({@link OnnxGptInfo}).
 * @throws ZkattnUserError `onnx: ...` naming the node, its op type and its position for an
 *   unsupported or unexpected node, a constant outside the stages' float reference (LayerNorm eps,
 *   attention scale, GELU form, mask), or logits that differ from the graph's.
 */
export function gptModelFromOnnx(
  model: OnnxModel,
  source: string,
  options: OnnxGptOptions = {},
): { model: GptModel; info: OnnxGptInfo } {
  checkSupported(model, source);
  const opset = model.opsets.find((o) => o.domain === "" || o.domain === "ai.onnx")?.version ?? 1;
  if (opset < 10 || opset > 17)
    failUser(
      `${source} has opset ${opset}; zkattn reads opset 10 to 17 (export with opset_version=17)`,
    );
  const init = new Set(model.graph.initializers.map((t) => t.name));
  const inputs = model.graph.inputs.filter((i) => !init.has(i.name));
  if (inputs.length !== 1 || inputs[0].shape.length !== 2 || ![6, 7].includes(inputs[0].elemType))
    failUser(
      `${source} has graph inputs ${inputs.map((i) => `"${i.name}" [${i.shape}]`).join(", ") || "none"}; expected one: the token ids, int64 [batch, T]`,
    );
  const idx = inputs[0].name;
  const m: Matcher = new Matcher(model, source, opset);
  m.classify(idx);
  m.markShapeOnly();

  // Token embedding: Gather(wte, idx), found before evaluating (the probes need V and block_size).
  const wteI = m.next(idx, ["Gather"], "the token embedding Gather(wte, idx)");
  const wteN = m.use(wteI);
  if (
    wteN.inputs[1] !== idx ||
    m.kind.get(wteN.inputs[0]) !== "const" ||
    intAttribute(wteN, "axis", 0) !== 0
  )
    m.at(wteI, "expected the token embedding Gather(wte, idx) on axis 0 of a constant table");
  const constValue = (v: string): Tensor | undefined => {
    const name = m.sourceName(v);
    const t = model.graph.initializers.find((x) => x.name === name);
    return t === undefined ? undefined : onnxTensorToFloat64(t);
  };
  const wte0 = constValue(wteN.inputs[0]);
  if (wte0 === undefined || wte0.shape.length !== 2)
    m.at(wteI, "expected the token embedding table wte [V, D] as an initializer");
  const [vocab, d] = wte0.shape;
  const addEmbI = m.next(wteN.outputs[0], ["Add"], "tok_emb + pos_emb");
  const addEmb = m.use(addEmbI);
  const posV = addEmb.inputs[0] === wteN.outputs[0] ? addEmb.inputs[1] : addEmb.inputs[0];
  const posI = m.producer.get(posV);
  if (posI === undefined || m.nodes[posI].opType !== "Gather" || m.kind.get(posV) !== "shape")
    m.at(addEmbI, "expected tok_emb + pos_emb, pos_emb = Gather(wpe, position ids)");
  const posN = m.nodes[posI];
  const wpe0 = constValue(posN.inputs[0]);
  if (wpe0 === undefined || wpe0.shape.length !== 2 || wpe0.shape[1] !== d)
    m.at(posI, `expected the position embedding table wpe [block_size, ${d}] as an initializer`);
  const blockSize = wpe0.shape[0];

  // Probes: evaluate the whole graph on a few sequences.
  const probeLengths = [...new Set([1, 2, Math.min(blockSize, ONNX_GPT_MAX_PROBE)])].filter(
    (t) => t <= blockSize,
  );
  const probes = probeLengths.map((t) => {
    const tokens = Array.from({ length: t }, (_, i) => (7 * i + 3) % vocab);
    const values = evaluateOnnxGraph(
      model,
      new Map([[idx, { shape: [1, t], data: Float64Array.from(tokens) }]]),
      source,
    );
    return { t, tokens, values };
  });
  m.values = probes[probes.length - 1].values;
  const tMain = probes[probes.length - 1].t;
  for (const p of probes) {
    const ids = p.values.get(posN.inputs[1])!;
    const want = Array.from({ length: p.t }, (_, i) => i);
    if (
      !(sameList(ids.shape, [1, p.t]) || sameList(ids.shape, [p.t])) ||
      !sameList(Array.from(ids.data), want)
    )
      m.at(
        posI,
        `expected the position ids 0 .. T−1 for T = ${p.t}, found [${Array.from(ids.data)}] of shape [${ids.shape}]`,
      );
  }
  m.use(posI);
  m.put("transformer.wte.weight", wte0, m.sourceName(wteN.inputs[0]));
  m.put("transformer.wpe.weight", wpe0, m.sourceName(posN.inputs[0]));

  // Blocks.
  let x = addEmb.outputs[0];
  let nHead: number | undefined;
  for (let l = 0; ; l++) {
    const xReaders = m.actConsumers(x);
    const isBlock = xReaders.some((i) => m.nodes[i].opType === "Add");
    const p = `transformer.h.${l}.`;
    if (!isBlock) break;
    const ln1 = m.layerNorm(x, d, `${p}ln_1`, `ln_1 of block ${l}`);
    // Attention.
    const qkv = m.linear(ln1, d, 3 * d, `${p}attn.c_attn`, `c_attn of block ${l}`);
    const splitI = m.next(qkv, ["Split"], `the q, k, v Split of block ${l}`);
    const split = m.use(splitI);
    const splitAxis = intAttribute(split, "axis", 0);
    if (
      split.outputs.length !== 3 ||
      !(splitAxis === -1 || splitAxis === m.shapeOf(qkv).length - 1) ||
      split.outputs.some((o) => m.shapeOf(o)[m.shapeOf(o).length - 1] !== d)
    )
      m.at(splitI, `expected the q, k, v Split of block ${l}: 3 parts of ${d} on the last axis`);
    const heads = split.outputs.map((o, k) => {
      const what = `the ${"qkv"[k]} heads of block ${l}`;
      const ri = m.next(o, ["Reshape"], `${what} (Reshape to [B, T, n_head, head size])`);
      const s = m.shapeOf(m.use(ri).outputs[0]);
      if (s.length !== 4 || s[0] !== 1 || s[1] !== tMain || s[2] * s[3] !== d)
        m.at(
          ri,
          `expected ${what}: Reshape to [B, T, n_head, ${d}/n_head], found [${s}] for B = 1, T = ${tMain}`,
        );
      if (nHead !== undefined && s[2] !== nHead)
        m.at(ri, `${what}: ${s[2]} heads, but ${nHead} elsewhere`);
      nHead = s[2];
      const ti = m.next(
        m.nodes[ri].outputs[0],
        ["Transpose"],
        `${what}: Transpose to [B, n_head, T, head size]`,
      );
      const perm = m.use(ti).attributes.get("perm");
      const pv = perm?.type === "INTS" ? perm.value : [];
      if (k === 1 && sameList(pv, [0, 2, 3, 1])) return m.nodes[ti].outputs[0];
      if (!sameList(pv, [0, 2, 1, 3]))
        m.at(
          ti,
          `expected ${what}: Transpose perm [0, 2, 1, 3]${k === 1 ? " or [0, 2, 3, 1]" : ""}`,
        );
      if (k !== 1) return m.nodes[ti].outputs[0];
      const t2 = m.next(m.nodes[ti].outputs[0], ["Transpose"], `kᵀ of block ${l}`);
      const perm2 = m.use(t2).attributes.get("perm");
      if (perm2?.type !== "INTS" || !sameList(perm2.value, [0, 1, 3, 2]))
        m.at(t2, `expected kᵀ of block ${l}: Transpose perm [0, 1, 3, 2]`);
      return m.nodes[t2].outputs[0];
    });
    const dh = d / nHead!;
    const [q, k, v] = heads;
    const scoresI = m.next(q, ["MatMul"], `q kᵀ of block ${l}`);
    const scores = m.use(scoresI);
    if (scores.inputs[0] !== q || scores.inputs[1] !== k || m.actConsumers(k).length !== 1)
      m.at(scoresI, `expected q kᵀ of block ${l}: MatMul(q, kᵀ)`);
    const scaleI = m.next(scores.outputs[0], ["Mul", "Div"], `the attention scale of block ${l}`);
    const scaleN = m.use(scaleI);
    // The scale: a constant, or computed from the shapes (Hugging Face's
    // `torch.full([], value.size(-1) ** 0.5)`); its value is checked on every probe.
    const scaleV = scaleN.inputs[0] === scores.outputs[0] ? scaleN.inputs[1] : scaleN.inputs[0];
    const wantScale = scaleN.opType === "Mul" ? 1 / Math.sqrt(dh) : Math.sqrt(dh);
    if (
      scaleN.inputs.length !== 2 ||
      m.isAct(scaleV) ||
      (scaleN.opType === "Div" && scaleN.inputs[0] !== scores.outputs[0])
    )
      m.at(
        scaleI,
        `expected the scores ${scaleN.opType === "Mul" ? "times 1/" : "divided by "}√${dh}`,
      );
    for (const pr of probes) {
      const c = pr.values.get(scaleV)!;
      if (c.data.length !== 1 || Math.abs(c.data[0] - wantScale) > 1e-6 * wantScale)
        m.at(
          scaleI,
          `the attention scale is ${scaleN.opType} by ${Array.from(c.data.slice(0, 4))}; the stages scale by 1/√(head size) = 1/√${dh}`,
        );
    }
    const scaled = scaleN.outputs[0];
    const whereI = m.next(scaled, ["Where"], `the causal mask (Where) of block ${l}`);
    const where = m.use(whereI);
    const keepIfTrue = where.inputs[1] === scaled;
    const fillV = keepIfTrue ? where.inputs[2] : where.inputs[1];
    if (
      !(where.inputs[1] === scaled || where.inputs[2] === scaled) ||
      m.kind.get(where.inputs[0]) !== "shape" ||
      m.kind.get(fillV) !== "const"
    )
      m.at(
        whereI,
        `expected the causal mask of block ${l}: Where(mask, fill, scores) with a mask from the sequence length`,
      );
    const fill = m.value(whereI, fillV);
    if (fill.data.length !== 1 || !(fill.data[0] <= -1e4))
      m.at(
        whereI,
        `the causal mask of block ${l} fills ${Array.from(fill.data.slice(0, 4))}; the stages exclude future positions exactly, so the fill must be −∞ (or ≤ −1e4)`,
      );
    for (const pr of probes) {
      const cond = pr.values.get(where.inputs[0])!;
      const s = cond.shape;
      const tt = pr.t;
      if (
        s.length < 2 ||
        s[s.length - 1] !== tt ||
        s[s.length - 2] !== tt ||
        cond.data.length !== tt * tt
      )
        m.at(
          whereI,
          `the causal mask of block ${l} has shape [${s}] for T = ${tt}; expected [.., ${tt}, ${tt}]`,
        );
      for (let r = 0; r < tt; r++)
        for (let j = 0; j < tt; j++) {
          const masked = (cond.data[r * tt + j] !== 0) !== keepIfTrue;
          if (masked !== j > r)
            m.at(
              whereI,
              `the mask of block ${l} is not causal: position (${r}, ${j}) is ${masked ? "masked" : "kept"} for T = ${tt}`,
            );
        }
    }
    const smI = m.next(where.outputs[0], ["Softmax"], `the attention softmax of block ${l}`);
    const sm = m.use(smI);
    const axis = intAttribute(sm, "axis", opset >= 13 ? -1 : 1);
    if (!(axis === -1 || axis === 3))
      m.at(
        smI,
        `expected the attention softmax of block ${l} over the last axis, found axis ${axis}`,
      );
    const avI = m.next(sm.outputs[0], ["MatMul"], `attention × v of block ${l}`);
    const av = m.use(avI);
    if (av.inputs[0] !== sm.outputs[0] || av.inputs[1] !== v)
      m.at(avI, `expected attention × v of block ${l}: MatMul(softmax, v)`);
    const tyI = m.next(
      av.outputs[0],
      ["Transpose"],
      `the heads' merge of block ${l} (Transpose [0, 2, 1, 3])`,
    );
    const perm = m.use(tyI).attributes.get("perm");
    if (perm?.type !== "INTS" || !sameList(perm.value, [0, 2, 1, 3]))
      m.at(tyI, `expected the heads' merge of block ${l}: Transpose perm [0, 2, 1, 3]`);
    const ryI = m.next(
      m.nodes[tyI].outputs[0],
      ["Reshape"],
      `the heads' merge of block ${l} (Reshape to [B, T, ${d}])`,
    );
    const y = m.use(ryI).outputs[0];
    if (!sameList(m.shapeOf(y), [1, tMain, d]))
      m.at(ryI, `expected the heads' merge of block ${l}: [B, T, ${d}], found [${m.shapeOf(y)}]`);
    const attnOut = m.linear(y, d, d, `${p}attn.c_proj`, `attn c_proj of block ${l}`);
    const x1 = m.residual(x, attnOut, `the attention residual of block ${l}`);
    // MLP.
    const ln2 = m.layerNorm(x1, d, `${p}ln_2`, `ln_2 of block ${l}`);
    const fc = m.linear(ln2, d, 4 * d, `${p}mlp.c_fc`, `mlp c_fc of block ${l}`);
    const g = matchGelu(m, fc, l);
    const mlpOut = m.linear(g, 4 * d, d, `${p}mlp.c_proj`, `mlp c_proj of block ${l}`);
    x = m.residual(x1, mlpOut, `the MLP residual of block ${l}`);
  }
  if (nHead === undefined)
    failUser(`${source}: no transformer block after the embeddings; ${SUPPORTED_GRAPHS}`);
  const lnF = m.layerNorm(x, d, "transformer.ln_f", "ln_f");
  const logits = m.linear(lnF, d, vocab, "lm_head", "lm_head");
  if (m.sd.has("lm_head.bias")) {
    const addI = m.producer.get(logits)!;
    m.at(
      addI,
      "lm_head has a bias; minGPT, nanoGPT and GPT-2 have none and the float reference and quantizer assume none",
    );
  }
  const outs = model.graph.outputs.map((o) => o.name);
  if (outs.length !== 1 || outs[0] !== logits)
    failUser(
      `${source} has outputs ${outs.map((o) => `"${o}"`).join(", ")}; expected one: the logits "${logits}" of lm_head`,
    );
  m.nodes.forEach((n, i) => {
    if (!m.used.has(i) && !m.shapeOnly.has(i) && n.outputs.some((o) => m.isAct(o)))
      m.at(i, "this node is not part of a GPT-2-family model (embeddings, blocks, ln_f, lm_head)");
  });

  if (options.nHead !== undefined && options.nHead !== nHead)
    failUser(
      `n_head ${options.nHead} was passed but the q/k/v reshapes of ${source} have ${nHead} heads; pass the right one`,
    );
  const gpt = gptModelFromStateDict(m.sd, { nHead }, source);

  let maxLogitDiff = 0;
  for (const pr of probes) {
    const ours = forward(gpt, pr.tokens).lm_head.data;
    const theirs = pr.values.get(logits)!.data;
    for (let i = 0; i < ours.length; i++)
      maxLogitDiff = Math.max(maxLogitDiff, Math.abs(ours[i] - theirs[i]));
  }
  if (!(maxLogitDiff <= ONNX_GPT_LOGITS_TOLERANCE))
    failUser(
      `${source}: the graph's logits differ from the model read from it by ${maxLogitDiff} (> ${ONNX_GPT_LOGITS_TOLERANCE}); the graph computes something this reader does not model; ${SUPPORTED_GRAPHS}`,
    );
  return {
    model: gpt,
    info: { opset, layerNorm: m.layerNormForm!, probeLengths, maxLogitDiff, tensorNames: m.names },
  };
}

/** Elementwise ops a GELU subgraph may use. */
const GELU_OPS = ["Mul", "Add", "Sub", "Div", "Pow", "Tanh", "Erf", "Sqrt"];

/**
 * The GELU reading `x` [B, T, 4D]: the elementwise subgraph (ops of {@link GELU_OPS}, constant
 * scalar operands) from `x` to the single value read by the MLP's c_proj. It must compute the
 * tanh approximation (checked on x = −10 .. 10 in steps of 0.01 against src/model/float.ts's
 * formula, within 1e-6 · (1 + |x|): float32 constants); the exact (Erf) form is named and refused.
 * @returns the GELU output value.
 */
function matchGelu(m: Matcher, x: string, l: number): string {
  const what = `the GELU of block ${l}`;
  const sub: number[] = [];
  const frontier = [x];
  const seen = new Set<string>([x]);
  while (frontier.length > 0) {
    const v = frontier.pop()!;
    for (const i of m.actConsumers(v)) {
      const n = m.nodes[i];
      if (n.opType === "MatMul" || n.opType === "Reshape") continue;
      if (!GELU_OPS.includes(n.opType))
        m.at(i, `expected ${what}: elementwise ${GELU_OPS.join(", ")} of constants`);
      if (!sub.includes(i)) sub.push(i);
      for (const o of n.outputs) {
        if (seen.has(o)) continue;
        seen.add(o);
        frontier.push(o);
      }
    }
  }
  sub.sort((a, b) => a - b);
  const ends = sub
    .map((i) => m.nodes[i].outputs[0])
    .filter((o) => m.actConsumers(o).some((c) => !sub.includes(c)));
  if (sub.length === 0 || ends.length !== 1)
    m.at(
      sub[0] ?? m.producer.get(x)!,
      `expected ${what}: one elementwise subgraph with one output`,
    );
  const erfNode = sub.find((i) => m.nodes[i].opType === "Erf");
  if (erfNode !== undefined)
    m.at(
      erfNode,
      `${what} is the exact GELU (Erf); the stages implement the tanh approximation (minGPT NewGELU, GPT-2 gelu_new): export a model whose MLP uses nn.GELU(approximate="tanh")`,
    );
  const scalars = new Map<string, number>();
  for (const i of sub)
    for (const v of m.nodes[i].inputs) {
      if (v === "" || m.isAct(v)) continue;
      const t = m.value(i, v);
      if (t.data.length !== 1) m.at(i, `expected ${what}: "${v}" is not a scalar constant`);
      scalars.set(v, t.data[0]);
    }
  // The stages' GELU (src/model/float.ts) on x = −10 .. 10, step 0.01.
  const grid = Float64Array.from({ length: 2001 }, (_, k) => (k - 1000) / 100);
  const want = gelu({ shape: [grid.length], data: grid }).data;
  let worst = 0;
  grid.forEach((xv, k) => {
    const vals = new Map<string, number>(scalars);
    vals.set(x, xv);
    for (const i of sub) {
      const n = m.nodes[i];
      const [a, b] = n.inputs.map((v) => vals.get(v)!);
      const r = {
        Mul: a * b,
        Add: a + b,
        Sub: a - b,
        Div: a / b,
        Pow: a ** b,
        Tanh: Math.tanh(a),
        Erf: erf(a),
        Sqrt: Math.sqrt(a),
      }[n.opType]!;
      vals.set(n.outputs[0], r);
    }
    worst = Math.max(worst, Math.abs(vals.get(ends[0])! - want[k]) / (1 + Math.abs(xv)));
  });
  if (!(worst <= 1e-6))
    m.at(
      sub[0],
      `${what} is not the tanh GELU 0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³))) (differs by ${worst.toExponential(2)})`,
    );
  sub.forEach((i) => m.use(i));
  return ends[0];
}
