/**
 * Body of a local proving process (src/prover/pool.ts forks it): computes witnesses and Groth16
 * proofs with snarkjs, one job at a time, for as long as its parent stays connected. Running
 * proofs in their own process keeps the parent's event loop free (a BullMQ worker must renew
 * its job locks while a proof runs, src/prover/queue.ts) and lets several proofs run at once.
 *
 * Messages in: {@link ProveRequest}. Messages out: {@link ProveStage} when a stage starts, then
 * {@link ProveDone} or {@link ProveFailed}. When the parent disconnects the process terminates
 * snarkjs' curve worker threads (docs/design.md "Toolchain facts": `releaseCurve`) and exits.
 */
import * as snarkjs from "snarkjs";

import { releaseCurve } from "../setup/index.js";
import type { CircuitInput, Groth16ProofJson, SegmentTimings } from "./segments.js";

/** Prove `input` with the circuit's witness generator `wasm` and proving key `zkey` (absolute paths). */
export interface ProveRequest {
  type: "prove";
  id: number;
  wasm: string;
  zkey: string;
  input: CircuitInput;
}
/** Job `id` entered a stage. */
export interface ProveStage {
  type: "stage";
  id: number;
  stage: "witness" | "prove";
}
/** Job `id` is proved. */
export interface ProveDone {
  type: "done";
  id: number;
  proof: Groth16ProofJson;
  publicSignals: string[];
  timings: SegmentTimings;
  /**
   * `process.resourceUsage().maxRSS` of this process after the proof, in MB (KiB / 1024): its
   * resident-set high-water mark so far, worker threads included (a process that proved several
   * segments reports the largest of them).
   */
  peakRssMB: number;
}
/** Job `id` failed (e.g. a constraint failing during witness generation). */
export interface ProveFailed {
  type: "failed";
  id: number;
  message: string;
}
/** Any message a proving process sends. */
export type ProveReply = ProveStage | ProveDone | ProveFailed;

const send = (m: ProveReply) => process.send!(m);

async function prove(req: ProveRequest): Promise<void> {
  try {
    send({ type: "stage", id: req.id, stage: "witness" });
    let t = performance.now();
    const wtns = { type: "mem" };
    await snarkjs.wtns.calculate(req.input as snarkjs.CircuitSignals, req.wasm, wtns);
    const witness = (performance.now() - t) / 1000;
    send({ type: "stage", id: req.id, stage: "prove" });
    t = performance.now();
    const { proof, publicSignals } = await snarkjs.groth16.prove(req.zkey, wtns as never);
    const timings = { witness, prove: (performance.now() - t) / 1000 };
    send({
      type: "done",
      id: req.id,
      proof: proof as unknown as Groth16ProofJson,
      publicSignals: publicSignals as string[],
      timings,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    });
  } catch (e) {
    send({ type: "failed", id: req.id, message: (e as Error).message ?? String(e) });
  }
}

// One job at a time: the pool sends the next only after a reply, but a chain keeps the order anyway.
let chain = Promise.resolve();
process.on("message", (m: ProveRequest) => {
  if (m.type === "prove") chain = chain.then(() => prove(m));
});
process.on("disconnect", () => {
  void releaseCurve().finally(() => process.exit(0));
});
