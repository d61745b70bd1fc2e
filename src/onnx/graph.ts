/**
 * ONNX graphs (issue 12 items 1, 5): a float64 evaluator of the operators torch.onnx.export
 * writes for GPT-2-family / nanoGPT blocks (opset 10–17), and a matcher that reads one nanoGPT
 * `Block` graph (ln_1 → causal self-attention → residual → ln_2 → MLP → residual) into zkattn's
 * weights ({@link GptLayerWeights}, `nn.Linear` layout), so the stages (src/model/float.ts, the
 * attention quantizer src/quant/quantize.ts) run it. Graphs are decoded by src/onnx/tensorProto.ts
 * (onnx-proto).
 *
 * Semantics follow the ONNX operator specification (onnx/docs/Operators.md): numpy-style
 * broadcasting for the elementwise ops; Softmax before opset 13 flattens to 2-D at `axis`
 * (default 1), from opset 13 it acts on one axis (default −1).
 *
 * Every error thrown by this module is a `ZkattnUserError` (src/errors.ts: the file is malformed or
 * outside what is supported) whose message starts with `onnx: `.
 */
import { ZkattnUserError } from "../errors.js";
import { erf } from "../model/special.js";
import type { GptLayerWeights, Tensor } from "../model/stateDict.js";
import {
  onnxTensorToFloat64,
  onnxTensorToFloat64Saturated,
  type OnnxModel,
  type OnnxNode,
} from "./tensorProto.js";

/** The operators {@link evaluateOnnxGraph} implements. */
export const SUPPORTED_OPS = [
  "Add",
  "Cast",
  "Concat",
  "Constant",
  "ConstantOfShape",
  "Div",
  "Equal",
  "Erf",
  "Gather",
  "Gemm",
  "Identity",
  "LayerNormalization",
  "MatMul",
  "Mul",
  "NonZero",
  "Pow",
  "Range",
  "ReduceMean",
  "Reshape",
  "Shape",
  "Slice",
  "Softmax",
  "Split",
  "Sqrt",
  "Squeeze",
  "Sub",
  "Tanh",
  "Transpose",
  "Unsqueeze",
  "Where",
] as const;

function fail(msg: string): never {
  throw new ZkattnUserError(`onnx: ${msg}`);
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const strides = (shape: readonly number[]) => {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1] * shape[i + 1];
  return s;
};

/**
 * Checks that every node of a graph is supported, before anything runs.
 * @throws `onnx: ` error naming the first unsupported node, its op type and its position, e.g.
 *   `node "/Gemm" (op Gemm) at position 3 of model.onnx is not supported; supported: Add, ...`.
 */
export function checkSupported(model: OnnxModel, source = "the graph"): void {
  model.graph.nodes.forEach((n, i) => {
    if (
      (n.domain !== "" && n.domain !== "ai.onnx") ||
      !(SUPPORTED_OPS as readonly string[]).includes(n.opType)
    )
      fail(
        `node "${n.name}" (op ${n.domain ? `${n.domain}.` : ""}${n.opType}) at position ${i} of ${source} is not supported; supported: ${SUPPORTED_OPS.join(", ")}`,
      );
  });
}

function broadcastShape(a: readonly number[], b: readonly number[], node: OnnxNode): number[] {
  const r = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < r; i++) {
    const x = a[a.length - r + i] ?? 1;
    const y = b[b.length - r + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1)
      fail(`node "${node.name}" (${node.opType}): shapes [${a}] and [${b}] do not broadcast`);
    out.push(Math.max(x, y));
  }
  return out;
}

/** Index map from an output position to an input broadcast to `shape`. */
function broadcastIndex(inShape: readonly number[], shape: readonly number[]): Int32Array {
  const n = size(shape);
  const idx = new Int32Array(n);
  const r = shape.length;
  const inStr = strides(inShape);
  const off = r - inShape.length;
  const outStr = strides(shape);
  for (let k = 0; k < n; k++) {
    let rest = k;
    let j = 0;
    for (let d = 0; d < r; d++) {
      const c = Math.floor(rest / outStr[d]);
      rest -= c * outStr[d];
      if (d >= off && inShape[d - off] !== 1) j += c * inStr[d - off];
    }
    idx[k] = j;
  }
  return idx;
}

function elementwise(node: OnnxNode, ts: readonly Tensor[], f: (...v: number[]) => number): Tensor {
  const shape = ts.reduce<number[]>((s, t) => broadcastShape(s, t.shape, node), []);
  const idx = ts.map((t) => broadcastIndex(t.shape, shape));
  const out = new Float64Array(size(shape));
  const args = new Array<number>(ts.length);
  for (let k = 0; k < out.length; k++) {
    for (let i = 0; i < ts.length; i++) args[i] = ts[i].data[idx[i][k]];
    out[k] = f(...args);
  }
  return { shape, data: out };
}

/** Permutes the axes of `t` (ONNX Transpose): output axis d is input axis perm[d]. */
export function transposeTensor(t: Tensor, perm: readonly number[]): Tensor {
  const shape = perm.map((p) => t.shape[p]);
  const inStr = strides(t.shape);
  const outStr = strides(shape);
  const out = new Float64Array(t.data.length);
  for (let k = 0; k < out.length; k++) {
    let rest = k;
    let j = 0;
    for (let d = 0; d < shape.length; d++) {
      const c = Math.floor(rest / outStr[d]);
      rest -= c * outStr[d];
      j += c * inStr[perm[d]];
    }
    out[k] = t.data[j];
  }
  return { shape, data: out };
}

function matmulNd(node: OnnxNode, a: Tensor, b: Tensor): Tensor {
  const a2 = a.shape.length === 1 ? { shape: [1, a.shape[0]], data: a.data } : a;
  const b2 = b.shape.length === 1 ? { shape: [b.shape[0], 1], data: b.data } : b;
  const [m, k] = a2.shape.slice(-2);
  const [k2, n] = b2.shape.slice(-2);
  if (k !== k2) fail(`node "${node.name}" (MatMul): [${a.shape}] × [${b.shape}] do not match`);
  const batch = broadcastShape(a2.shape.slice(0, -2), b2.shape.slice(0, -2), node);
  const ia = broadcastIndex(a2.shape.slice(0, -2), batch);
  const ib = broadcastIndex(b2.shape.slice(0, -2), batch);
  const nb = size(batch);
  const out = new Float64Array(nb * m * n);
  for (let bi = 0; bi < nb; bi++) {
    const oa = ia[bi] * m * k;
    const ob = ib[bi] * k * n;
    const oo = bi * m * n;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let c = 0; c < k; c++) s += a2.data[oa + i * k + c] * b2.data[ob + c * n + j];
        out[oo + i * n + j] = s;
      }
  }
  let shape = [...batch, m, n];
  if (a.shape.length === 1) shape = [...batch, n];
  if (b.shape.length === 1) shape = a.shape.length === 1 ? [...batch] : [...batch, m];
  return { shape, data: out };
}

/** Reduces over `axes` (all when empty) with f = mean. */
function reduceMean(t: Tensor, axes: number[], keepdims: boolean): Tensor {
  const r = t.shape.length;
  const ax = (axes.length === 0 ? t.shape.map((_, i) => i) : axes).map((a) => (a < 0 ? a + r : a));
  const outShapeKeep = t.shape.map((d, i) => (ax.includes(i) ? 1 : d));
  const idx = broadcastIndex(outShapeKeep, t.shape);
  const out = new Float64Array(size(outShapeKeep));
  for (let k = 0; k < t.data.length; k++) out[idx[k]] += t.data[k];
  const count = t.data.length / out.length;
  for (let k = 0; k < out.length; k++) out[k] /= count;
  return { shape: keepdims ? outShapeKeep : t.shape.filter((_, i) => !ax.includes(i)), data: out };
}

/** Softmax over the trailing block starting at `axis` flattened (legacy) or over one axis. */
function softmaxAxis(t: Tensor, axis: number, legacy: boolean): Tensor {
  const r = t.shape.length;
  const a = axis < 0 ? axis + r : axis;
  const out = new Float64Array(t.data.length);
  const inner = legacy ? 1 : size(t.shape.slice(a + 1));
  const len = legacy ? size(t.shape.slice(a)) : t.shape[a];
  const outer = t.data.length / (len * inner);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let j = 0; j < len; j++) m = Math.max(m, t.data[base + j * inner]);
      let s = 0;
      for (let j = 0; j < len; j++) s += Math.exp(t.data[base + j * inner] - m);
      for (let j = 0; j < len; j++)
        out[base + j * inner] = Math.exp(t.data[base + j * inner] - m) / s;
    }
  return { shape: [...t.shape], data: out };
}

function ints(node: OnnxNode, name: string): number[] | undefined {
  const a = node.attributes.get(name);
  if (a === undefined) return undefined;
  if (a.type === "INTS") return a.value;
  if (a.type === "INT") return [a.value];
  fail(`node "${node.name}" (${node.opType}): attribute ${name} is ${a.type}; expected INTS`);
}

function int(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attributes.get(name);
  if (a === undefined) return fallback;
  if (a.type !== "INT")
    fail(`node "${node.name}" (${node.opType}): attribute ${name} is ${a.type}`);
  return a.value;
}

function float(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attributes.get(name);
  if (a === undefined) return fallback;
  if (a.type !== "FLOAT")
    fail(`node "${node.name}" (${node.opType}): attribute ${name} is ${a.type}`);
  return a.value;
}

const INT_TYPES = new Set([2, 3, 4, 5, 6, 7, 12, 13]);

/**
 * Evaluates a graph in float64 (integer tensors such as shapes are float64 holding exact
 * integers; BOOL is 0 / 1).
 *
 * @param model a decoded graph ({@link readOnnxModel} of src/onnx/tensorProto.ts).
 * @param inputs the graph inputs by name (row-major float64 tensors).
 * @param source the file name, for error messages.
 * @returns every value of the graph by name (initializers, inputs and node outputs).
 * @throws `onnx: ` error for an unsupported node ({@link checkSupported}, before anything runs),
 *   a missing graph input, or shapes an operator rejects, naming the node.
 */
export function evaluateOnnxGraph(
  model: OnnxModel,
  inputs: ReadonlyMap<string, Tensor>,
  source = "the graph",
): Map<string, Tensor> {
  checkSupported(model, source);
  const opset = model.opsets.find((o) => o.domain === "" || o.domain === "ai.onnx")?.version ?? 1;
  const v = new Map<string, Tensor>();
  for (const t of model.graph.initializers) v.set(t.name, onnxTensorToFloat64Saturated(t));
  for (const i of model.graph.inputs) {
    if (v.has(i.name)) continue;
    const t = inputs.get(i.name);
    if (t === undefined) fail(`graph input "${i.name}" of ${source} was not given`);
    v.set(i.name, t);
  }
  model.graph.nodes.forEach((node) => {
    const get = (k: number): Tensor | undefined => {
      const name = node.inputs[k];
      if (name === undefined || name === "") return undefined;
      const t = v.get(name);
      if (t === undefined)
        fail(`node "${node.name}" (${node.opType}) reads "${name}", which is not computed`);
      return t;
    };
    const x = () => get(0)!;
    const list = (t: Tensor | undefined) => (t === undefined ? undefined : Array.from(t.data));
    const out: Tensor[] = [];
    const un = (f: (a: number) => number) => out.push(elementwise(node, [x()], f));
    const bin = (f: (a: number, b: number) => number) =>
      out.push(elementwise(node, [x(), get(1)!], f));
    switch (node.opType) {
      case "Identity":
        out.push(x());
        break;
      case "Constant": {
        const a = node.attributes.get("value");
        if (a?.type === "TENSOR") out.push(onnxTensorToFloat64Saturated(a.value));
        else if (a === undefined) fail(`node "${node.name}" (Constant) has no value tensor`);
        else fail(`node "${node.name}" (Constant): value of type ${a.type} is not supported`);
        break;
      }
      case "Add":
        bin((a, b) => a + b);
        break;
      case "Sub":
        bin((a, b) => a - b);
        break;
      case "Mul":
        bin((a, b) => a * b);
        break;
      case "Div":
        bin((a, b) => a / b);
        break;
      case "Pow":
        bin((a, b) => Math.pow(a, b));
        break;
      case "Equal":
        bin((a, b) => (a === b ? 1 : 0));
        break;
      case "Sqrt":
        un(Math.sqrt);
        break;
      case "Tanh":
        un(Math.tanh);
        break;
      case "Erf":
        un(erf);
        break;
      case "Where":
        out.push(elementwise(node, [x(), get(1)!, get(2)!], (c, a, b) => (c !== 0 ? a : b)));
        break;
      case "Cast": {
        const to = int(node, "to", 1);
        if (to === 9) un((a) => (a !== 0 ? 1 : 0));
        else if (INT_TYPES.has(to)) un(Math.trunc);
        else un((a) => (to === 1 ? Math.fround(a) : a));
        break;
      }
      case "MatMul":
        out.push(matmulNd(node, x(), get(1)!));
        break;
      case "Gemm": {
        // Y = alpha A' B' + beta C (A', B' optionally transposed 2-D matrices; C broadcast).
        const a = int(node, "transA", 0) ? transposeTensor(x(), [1, 0]) : x();
        const b = int(node, "transB", 0) ? transposeTensor(get(1)!, [1, 0]) : get(1)!;
        const alpha = float(node, "alpha", 1);
        const beta = float(node, "beta", 1);
        const y = matmulNd(node, a, b);
        const c = get(2);
        out.push(
          c === undefined
            ? elementwise(node, [y], (p) => alpha * p)
            : elementwise(node, [y, c], (p, q) => alpha * p + beta * q),
        );
        break;
      }
      case "Range": {
        // ceil((limit − start) / delta) elements start, start + delta, ... (ONNX Range, opset 11).
        const [start, limit, delta] = [0, 1, 2].map((k) => get(k)!.data[0]);
        const n = Math.max(Math.ceil((limit - start) / delta), 0);
        out.push({
          shape: [n],
          data: Float64Array.from({ length: n }, (_, i) => start + i * delta),
        });
        break;
      }
      case "Transpose": {
        const t = x();
        out.push(
          transposeTensor(t, ints(node, "perm") ?? t.shape.map((_, i) => t.shape.length - 1 - i)),
        );
        break;
      }
      case "Shape": {
        const t = x();
        out.push({ shape: [t.shape.length], data: Float64Array.from(t.shape) });
        break;
      }
      case "Gather": {
        const t = x();
        const ind = get(1)!;
        const r = t.shape.length;
        let axis = int(node, "axis", 0);
        if (axis < 0) axis += r;
        const outer = size(t.shape.slice(0, axis));
        const inner = size(t.shape.slice(axis + 1));
        const n = t.shape[axis];
        const data = new Float64Array(outer * ind.data.length * inner);
        let p = 0;
        for (let o = 0; o < outer; o++)
          for (const iv of ind.data) {
            const i = iv < 0 ? iv + n : iv;
            if (i < 0 || i >= n)
              fail(`node "${node.name}" (Gather): index ${iv} outside [0, ${n})`);
            for (let c = 0; c < inner; c++) data[p++] = t.data[(o * n + i) * inner + c];
          }
        out.push({
          shape: [...t.shape.slice(0, axis), ...ind.shape, ...t.shape.slice(axis + 1)],
          data,
        });
        break;
      }
      case "ConstantOfShape": {
        // A tensor of shape input 0 filled with the one-element `value` (default float 0).
        const shape = Array.from(x().data);
        const a = node.attributes.get("value");
        const fill = a?.type === "TENSOR" ? onnxTensorToFloat64(a.value).data[0] : 0;
        out.push({ shape, data: new Float64Array(size(shape)).fill(fill) });
        break;
      }
      case "NonZero": {
        // Indices of the nonzero elements, [rank, count], in row-major order.
        const t = x();
        const str = strides(t.shape);
        const hits: number[] = [];
        t.data.forEach((e, k) => {
          if (e !== 0) hits.push(k);
        });
        const data = new Float64Array(t.shape.length * hits.length);
        hits.forEach((k, j) => {
          let rest = k;
          str.forEach((s, dd) => {
            data[dd * hits.length + j] = Math.floor(rest / s);
            rest %= s;
          });
        });
        out.push({ shape: [t.shape.length, hits.length], data });
        break;
      }
      case "Squeeze": {
        const t = x();
        const r = t.shape.length;
        const given = (opset >= 13 ? list(get(1)) : ints(node, "axes")) ?? [];
        const axes =
          given.length > 0
            ? given.map((a) => (a < 0 ? a + r : a))
            : t.shape.flatMap((dd, i) => (dd === 1 ? [i] : []));
        for (const a of axes)
          if (t.shape[a] !== 1)
            fail(`node "${node.name}" (Squeeze): axis ${a} of [${t.shape}] is not 1`);
        out.push({ shape: t.shape.filter((_, i) => !axes.includes(i)), data: t.data });
        break;
      }
      case "Unsqueeze": {
        const t = x();
        const axes = (opset >= 13 ? list(get(1)) : ints(node, "axes")) ?? [];
        const r = t.shape.length + axes.length;
        const norm = axes.map((a) => (a < 0 ? a + r : a)).sort((a, b) => a - b);
        const shape = [...t.shape];
        for (const a of norm) shape.splice(a, 0, 1);
        out.push({ shape, data: t.data });
        break;
      }
      case "Concat": {
        const ts = node.inputs.map((_, k) => get(k)!);
        const r = ts[0].shape.length;
        let axis = int(node, "axis", 0);
        if (axis < 0) axis += r;
        const outer = size(ts[0].shape.slice(0, axis));
        const shape = [...ts[0].shape];
        shape[axis] = ts.reduce((s, t) => s + t.shape[axis], 0);
        const data = new Float64Array(size(shape));
        let p = 0;
        for (let o = 0; o < outer; o++)
          for (const t of ts) {
            const chunk = size(t.shape.slice(axis));
            data.set(t.data.subarray(o * chunk, (o + 1) * chunk), p);
            p += chunk;
          }
        out.push({ shape, data });
        break;
      }
      case "Reshape": {
        const t = x();
        const want = Array.from(get(1)!.data);
        const shape = want.map((d, i) => (d === 0 ? t.shape[i] : d));
        const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
        const s2 = shape.map((d) => (d === -1 ? t.data.length / known : d));
        if (size(s2) !== t.data.length)
          fail(`node "${node.name}" (Reshape): cannot reshape [${t.shape}] to [${want}]`);
        out.push({ shape: s2, data: t.data });
        break;
      }
      case "Slice": {
        const t = x();
        const r = t.shape.length;
        let starts: number[],
          ends: number[],
          axes: number[] | undefined,
          steps: number[] | undefined;
        if (opset < 10) {
          starts = ints(node, "starts") ?? [];
          ends = ints(node, "ends") ?? [];
          axes = ints(node, "axes");
        } else {
          starts = list(get(1))!;
          ends = list(get(2))!;
          axes = list(get(3));
          steps = list(get(4));
        }
        const ax = (axes ?? starts.map((_, i) => i)).map((a) => (a < 0 ? a + r : a));
        const lo = [...t.shape].map(() => 0);
        const hi = [...t.shape];
        const st = [...t.shape].map(() => 1);
        ax.forEach((a, i) => {
          const n = t.shape[a];
          const step = steps?.[i] ?? 1;
          if (step !== 1) fail(`node "${node.name}" (Slice): step ${step} is not supported`);
          const clamp = (q: number) => Math.max(0, Math.min(n, q < 0 ? q + n : q));
          lo[a] = clamp(starts[i]);
          hi[a] = Math.max(lo[a], clamp(ends[i]));
        });
        const shape = hi.map((h, i) => h - lo[i]);
        const inStr = strides(t.shape);
        const outStr = strides(shape);
        const data = new Float64Array(size(shape));
        for (let k = 0; k < data.length; k++) {
          let rest = k;
          let j = 0;
          for (let d = 0; d < r; d++) {
            const c = Math.floor(rest / outStr[d]);
            rest -= c * outStr[d];
            j += (c * st[d] + lo[d]) * inStr[d];
          }
          data[k] = t.data[j];
        }
        out.push({ shape, data });
        break;
      }
      case "Split": {
        const t = x();
        const r = t.shape.length;
        let axis = int(node, "axis", 0);
        if (axis < 0) axis += r;
        const n = node.outputs.length;
        const parts =
          (opset >= 13 ? list(get(1)) : ints(node, "split")) ??
          Array.from({ length: n }, () => t.shape[axis] / n);
        const outer = size(t.shape.slice(0, axis));
        const inner = size(t.shape.slice(axis + 1));
        let offset = 0;
        for (const len of parts) {
          const shape = [...t.shape];
          shape[axis] = len;
          const data = new Float64Array(size(shape));
          for (let o = 0; o < outer; o++)
            data.set(
              t.data.subarray(
                (o * t.shape[axis] + offset) * inner,
                (o * t.shape[axis] + offset + len) * inner,
              ),
              o * len * inner,
            );
          out.push({ shape, data });
          offset += len;
        }
        break;
      }
      case "Softmax":
        out.push(softmaxAxis(x(), int(node, "axis", opset >= 13 ? -1 : 1), opset < 13));
        break;
      case "ReduceMean": {
        const axes = (opset >= 18 ? list(get(1)) : ints(node, "axes")) ?? [];
        out.push(reduceMean(x(), axes, int(node, "keepdims", 1) === 1));
        break;
      }
      case "LayerNormalization": {
        const t = x();
        const r = t.shape.length;
        let axis = int(node, "axis", -1);
        if (axis < 0) axis += r;
        const eps = float(node, "epsilon", 1e-5);
        const c = size(t.shape.slice(axis));
        const scale = get(1)!;
        const bias = get(2);
        const data = new Float64Array(t.data.length);
        const rowsN = t.data.length / c;
        const mean = new Float64Array(rowsN);
        const invStd = new Float64Array(rowsN);
        for (let o = 0; o < rowsN; o++) {
          let m = 0;
          for (let j = 0; j < c; j++) m += t.data[o * c + j];
          m /= c;
          let s = 0;
          for (let j = 0; j < c; j++) s += (t.data[o * c + j] - m) ** 2;
          const inv = 1 / Math.sqrt(s / c + eps);
          mean[o] = m;
          invStd[o] = inv;
          for (let j = 0; j < c; j++)
            data[o * c + j] = (t.data[o * c + j] - m) * inv * scale.data[j] + (bias?.data[j] ?? 0);
        }
        // Optional outputs Mean and InvStdDev, shape [...x.shape[0 .. axis), 1, ..., 1].
        const statShape = t.shape.map((dd, i) => (i < axis ? dd : 1));
        out.push(
          { shape: [...t.shape], data },
          { shape: statShape, data: mean },
          { shape: statShape, data: invStd },
        );
        break;
      }
    }
    node.outputs.forEach((name, k) => {
      if (name !== "") v.set(name, out[k]);
    });
  });
  return v;
}

/** One nanoGPT block read from a graph by {@link matchGptBlock}. */
export interface OnnxGptBlock {
  nEmbd: number;
  nHead: number;
  /** The block's weights in `nn.Linear` layout (out, in); absent biases are zeros. */
  weights: GptLayerWeights;
  /** LayerNorm epsilons of ln_1 and ln_2. */
  eps: [number, number];
  /** Which biases the graph has (c_attn, attn c_proj, c_fc, mlp c_proj). */
  biases: { cAttn: boolean; attnProj: boolean; fc: boolean; mlpProj: boolean };
  /**
   * The value the graph writes at masked (future) positions before softmax: −∞ for a true causal
   * mask; nanoGPT-style `masked_fill(..., -10)` graphs leak weight e^(−10 − score) to the
   * future; zkattn's stages exclude masked positions exactly (docs/design.md "Soundness rules" 6).
   */
  maskFill: number;
}

/**
 * Reads one nanoGPT / GPT-2 block from a graph as torch.onnx.export writes it: the four weight
 * MatMuls in graph order (c_attn [D, 3D], attn c_proj [D, D], c_fc [D, 4D], mlp c_proj [4D, D],
 * stored (in, out) and transposed here), the bias Add after each when present, the two LayerNorms
 * (a LayerNormalization node, or the opset < 17 decomposition ReduceMean/Sub/Pow/ReduceMean/Add
 * eps/Sqrt/Div/Mul weight/Add bias), n_head from the shape the q/k/v Reshape produces (found by
 * evaluating the graph on `sample`), and the mask fill value of the Where before Softmax.
 *
 * @param model the decoded graph.
 * @param sample a valid graph input [1, T, D] (used to resolve the dynamic shapes).
 * @param source the file name, for errors.
 * @throws `onnx: ` error naming what does not match a nanoGPT block (or an unsupported node).
 */
export function matchGptBlock(
  model: OnnxModel,
  sample: Tensor,
  source = "the graph",
): OnnxGptBlock {
  const inputName = model.graph.inputs.find(
    (i) => !model.graph.initializers.some((t) => t.name === i.name),
  )?.name;
  if (inputName === undefined) fail(`${source} has no graph input`);
  const values = evaluateOnnxGraph(model, new Map([[inputName, sample]]), source);
  const init = new Set(model.graph.initializers.map((t) => t.name));
  const nodes = model.graph.nodes;
  const isConst = (name: string): boolean => {
    if (init.has(name)) return true;
    const prod = nodes.find((n) => n.outputs.includes(name));
    return (
      prod !== undefined &&
      (prod.opType === "Constant" || (prod.opType === "Identity" && isConst(prod.inputs[0])))
    );
  };
  const consumers = (name: string) => nodes.filter((n) => n.inputs.includes(name));
  const constOther = (n: OnnxNode, name: string) => n.inputs.find((i) => i !== name && isConst(i));

  const mms = nodes.filter((n) => n.opType === "MatMul" && isConst(n.inputs[1]));
  if (mms.length !== 4)
    fail(
      `${source}: expected 4 weight MatMuls (c_attn, attn c_proj, c_fc, mlp c_proj), found ${mms.length}`,
    );
  const w = mms.map((n) => values.get(n.inputs[1])!);
  const d = w[0].shape[0];
  const want = [
    [d, 3 * d],
    [d, d],
    [d, 4 * d],
    [4 * d, d],
  ];
  w.forEach((t, i) => {
    if (t.shape.join() !== want[i].join())
      fail(
        `${source}: weight MatMul "${mms[i].name}" has weight [${t.shape}]; expected [${want[i]}]`,
      );
  });
  const bias = (mm: OnnxNode, n: number): Tensor | undefined => {
    const add = consumers(mm.outputs[0]).find((c) => c.opType === "Add");
    const b = add && constOther(add, mm.outputs[0]);
    const t = b === undefined ? undefined : values.get(b);
    return t !== undefined && t.shape.length === 1 && t.shape[0] === n ? t : undefined;
  };
  const lin = (t: Tensor): Tensor => transposeTensor(t, [1, 0]);
  const zeros = (n: number): Tensor => ({ shape: [n], data: new Float64Array(n) });
  const b = [bias(mms[0], 3 * d), bias(mms[1], d), bias(mms[2], 4 * d), bias(mms[3], d)];

  // LayerNorms, in graph order.
  const lns: { weight: Tensor; bias: Tensor; eps: number }[] = [];
  for (const n of nodes) {
    if (n.opType === "LayerNormalization")
      lns.push({
        weight: values.get(n.inputs[1])!,
        bias: n.inputs[2] ? values.get(n.inputs[2])! : zeros(d),
        eps: float(n, "epsilon", 1e-5),
      });
    if (n.opType === "Sqrt") {
      const addEps = nodes.find((p) => p.outputs.includes(n.inputs[0]) && p.opType === "Add");
      const epsName = addEps && addEps.inputs.find((i) => isConst(i));
      const div = consumers(n.outputs[0]).find((c) => c.opType === "Div");
      const mul = div && consumers(div.outputs[0]).find((c) => c.opType === "Mul");
      const wName = mul && constOther(mul, div!.outputs[0]);
      if (epsName === undefined || wName === undefined)
        fail(
          `${source}: Sqrt node "${n.name}" is not part of a LayerNorm (Add eps → Sqrt → Div → Mul weight)`,
        );
      const add = consumers(mul!.outputs[0]).find((c) => c.opType === "Add");
      const bName = add && constOther(add, mul!.outputs[0]);
      lns.push({
        weight: values.get(wName)!,
        bias: bName ? values.get(bName)! : zeros(d),
        eps: values.get(epsName)!.data[0],
      });
    }
  }
  if (lns.length !== 2) fail(`${source}: expected 2 LayerNorms (ln_1, ln_2), found ${lns.length}`);

  const split = consumers(mms[0].outputs[0]).find((c) => c.opType === "Split");
  const reshape = split && consumers(split.outputs[0]).find((c) => c.opType === "Reshape");
  const hShape = reshape && values.get(reshape.outputs[0])?.shape;
  if (hShape === undefined || hShape.length !== 4)
    fail(`${source}: no Split → Reshape [B, T, n_head, d_head] after c_attn`);
  const nHead = hShape[2];
  if (hShape[3] * nHead !== d) fail(`${source}: heads [${hShape}] do not tile n_embd ${d}`);

  const softmax = nodes.find((n) => n.opType === "Softmax");
  const where =
    softmax && nodes.find((n) => n.outputs.includes(softmax.inputs[0]) && n.opType === "Where");
  const fillName = where && where.inputs.slice(1).find((i) => isConst(i));
  const maskFill = fillName === undefined ? -Infinity : values.get(fillName)!.data[0];

  return {
    nEmbd: d,
    nHead,
    weights: {
      ln1: { weight: lns[0].weight, bias: lns[0].bias },
      cAttnWeight: lin(w[0]),
      cAttnBias: b[0] ?? zeros(3 * d),
      attnProjWeight: lin(w[1]),
      attnProjBias: b[1] ?? zeros(d),
      ln2: { weight: lns[1].weight, bias: lns[1].bias },
      fcWeight: lin(w[2]),
      fcBias: b[2] ?? zeros(4 * d),
      mlpProjWeight: lin(w[3]),
      mlpProjBias: b[3] ?? zeros(d),
    },
    eps: [lns[0].eps, lns[1].eps],
    biases: { cAttn: !!b[0], attnProj: !!b[1], fc: !!b[2], mlpProj: !!b[3] },
    maskFill,
  };
}
