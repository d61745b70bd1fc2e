/**
 * TypeScript side of chained models in ModelRegistry (contracts/interfaces/IZkattnModelRegistry.sol,
 * docs/registry.md "Chained models"): a model cut into segments, each proven by its own Groth16 proof
 * with the four zkattn public signals, verified in one `verifyInference` call. This module encodes
 * the chain `proof` argument and computes the ERC-7992 commitment the registry records for a chain;
 * test/contracts/chain.test.ts checks both against the contract.
 */
import { AbiCoder, getBytes, keccak256 } from "ethers";

import { fromPublicSignalArray, type NamedPublicSignals } from "../circuit/publicSignals.js";
import { ZkattnUserError } from "../errors.js";
import {
  encodeOutput,
  encodeProof,
  encodeProofWithClaims,
  GROTH16_BN254_V1,
  PROOF_BYTES,
  PROOF_WITH_CLAIMS_BYTES,
  type SnarkjsGroth16Proof,
} from "./calldata.js";

/** ModelRegistry `MAX_CHAIN_SEGMENTS`: most segments of a chained model. */
export const MAX_CHAIN_SEGMENTS = 64;

/** ModelRegistry `CHAIN_SEGMENT_BYTES`: a compact segment but the last (its proof, then its output). */
export const CHAIN_SEGMENT_BYTES = PROOF_BYTES + 32;

/** One segment's proof as snarkjs `groth16.prove` returns it. */
export interface ChainSegmentProof {
  proof: SnarkjsGroth16Proof;
  /** The four public signals in `PUBLIC_SIGNALS` order (decimal strings or bigints). */
  publicSignals: readonly (string | bigint)[];
}

/** Options of {@link encodeChainProof}. */
export interface EncodeChainOptions {
  /**
   * Encode each segment with its claimed public signals (`384 * n` bytes), so the registry names
   * the first mismatch (`SegmentModelMismatch`, `ChainLinkBroken`, ...) instead of
   * `InvalidSegmentProof(i)`. For `eth_call` diagnostics; the compact encoding is cheaper.
   */
  withClaims?: boolean;
  /**
   * Skip the consistency checks (links, one binding). Only for tests and tools that encode a
   * deliberately broken chain to see the registry reject it.
   */
  unchecked?: boolean;
}

/** One segment of a chained model as `registerModelChain` takes it (ModelRegistry `ModelSegment`). */
export interface ModelSegment {
  /** The segment's `modelCommitment` public signal, as bytes32 hex. */
  modelHash: string;
  /** keccak256 of the segment circuit's r1cs (`src/setup/hashes.ts`), bytes32 hex. */
  circuitHash: string;
  /** keccak256 of the segment verifier's VK words (`src/setup/vkHash.ts`), bytes32 hex. */
  vkHash: string;
}

/**
 * Byte length of a chain proof of `segments` segments: `288 * n - 32` compact (n proofs of 256
 * bytes and n - 1 cut commitments of 32), `384 * n` with claims. The two never coincide, and
 * neither equals a single proof's 256 or 384 bytes for n >= 2.
 */
export function chainProofBytes(segments: number, withClaims = false): number {
  return withClaims ? PROOF_WITH_CLAIMS_BYTES * segments : CHAIN_SEGMENT_BYTES * segments - 32;
}

/**
 * Encodes the `proof` argument of `ModelRegistry.verifyInference` for a chained model from the
 * segments' snarkjs proofs, in chain order (segment 0 reads the prompt commitment, the last
 * segment's output is the model's output).
 *
 * Compact (default), {@link chainProofBytes}`(n)` bytes: for each segment `i`, its compact proof
 * `abi.encode(a, b, c)` (`encodeProof`, 256 bytes), then, for every segment but the last, its output
 * commitment as one 32-byte word: the cut commitment that is also segment `i + 1`'s input. With
 * `withClaims`, `384 * n` bytes: each segment's `encodeProofWithClaims` in order.
 *
 * The registry rebuilds each segment's public signals (registered model commitment, cut `i`, cut
 * `i + 1`, the caller's binding), so the encoding carries neither the model commitments nor the
 * binding (except as claims). The `inputCommitment` and `output` arguments of the call are segment
 * 0's input and the last segment's output (see {@link chainEndpoints}).
 *
 * @throws ZkattnUserError if there are fewer than 2 or more than {@link MAX_CHAIN_SEGMENTS}
 *   segments, a segment does not have the four public signals, or (unless `unchecked`) a segment's
 *   input commitment differs from the previous segment's output commitment or the segments are bound
 *   to different bindings; the message names the segment.
 */
export function encodeChainProof(
  segments: readonly ChainSegmentProof[],
  options: EncodeChainOptions = {},
): string {
  const named = checkedSignals(segments, options.unchecked ?? false);
  const parts = segments.map((segment, i) => {
    if (options.withClaims) return encodeProofWithClaims(segment.proof, segment.publicSignals);
    const proof = encodeProof(segment.proof, segment.publicSignals);
    return i === segments.length - 1
      ? proof
      : proof + encodeOutput(named[i].outputCommitment).slice(2);
  });
  return "0x" + parts.map((p) => p.slice(2)).join("");
}

/**
 * The `inputCommitment` (segment 0's input) and `outputCommitment` (the last segment's output) of
 * a chain, the values `verifyInference` takes beside the chain proof.
 * @throws ZkattnUserError as {@link encodeChainProof} (checked).
 */
export function chainEndpoints(segments: readonly ChainSegmentProof[]): {
  inputCommitment: bigint;
  outputCommitment: bigint;
} {
  const named = checkedSignals(segments, false);
  return {
    inputCommitment: named[0].inputCommitment,
    outputCommitment: named[named.length - 1].outputCommitment,
  };
}

/**
 * The ERC-7992 commitment ModelRegistry records for a chain (its `chainCommitment`): `modelHash`,
 * `circuitHash` and `vkHash` are `keccak256(abi.encode(bytes32[]))` of the segments' respective
 * fields in order; `proofSystemId` is groth16-bn254-v1.
 */
export function chainCommitment(
  segments: readonly ModelSegment[],
  uri = "",
): {
  modelHash: string;
  circuitHash: string;
  vkHash: string;
  proofSystemId: string;
  uri: string;
} {
  const digest = (field: keyof ModelSegment) =>
    keccak256(coder.encode(["bytes32[]"], [segments.map((s) => s[field])]));
  return {
    modelHash: digest("modelHash"),
    circuitHash: digest("circuitHash"),
    vkHash: digest("vkHash"),
    proofSystemId: GROTH16_BN254_V1,
    uri,
  };
}

/**
 * Splits a chain proof back into its segments' proof bytes (256 compact or 384 with claims, each a
 * valid single `proof` encoding) and the cut commitments of a compact one, for tests and tools that
 * inspect or deliberately tamper with a chain.
 * @throws ZkattnUserError if the length is neither encoding of 2 or more segments.
 */
export function decodeChainProof(bytes: string): {
  withClaims: boolean;
  proofs: string[];
  cuts: bigint[];
} {
  const data = getBytes(bytes);
  const withClaims = data.length % PROOF_WITH_CLAIMS_BYTES === 0;
  const stride = withClaims ? PROOF_WITH_CLAIMS_BYTES : CHAIN_SEGMENT_BYTES;
  const n = withClaims ? data.length / stride : (data.length + 32) / stride;
  if (!Number.isInteger(n) || n < 2) {
    throw new ZkattnUserError(
      `contracts: a chain proof of n >= 2 segments is 288·n - 32 (compact) or 384·n (with claims) bytes, got ${data.length}`,
    );
  }
  const hex = (from: number, to: number) =>
    "0x" + Buffer.from(data.subarray(from, to)).toString("hex");
  const proofLength = withClaims ? PROOF_WITH_CLAIMS_BYTES : PROOF_BYTES;
  const proofs: string[] = [];
  const cuts: bigint[] = [];
  for (let i = 0; i < n; i++) {
    proofs.push(hex(i * stride, i * stride + proofLength));
    if (!withClaims && i < n - 1) {
      cuts.push(BigInt(hex(i * stride + PROOF_BYTES, (i + 1) * stride)));
    }
  }
  return { withClaims, proofs, cuts };
}

const coder = AbiCoder.defaultAbiCoder();

function checkedSignals(
  segments: readonly ChainSegmentProof[],
  unchecked: boolean,
): NamedPublicSignals[] {
  if (segments.length < 2 || segments.length > MAX_CHAIN_SEGMENTS) {
    throw new ZkattnUserError(
      `contracts: a chain has 2 to ${MAX_CHAIN_SEGMENTS} segments, got ${segments.length}`,
      {
        fix: "A single proof is encoded with encodeProof and verified against a single-proof model.",
      },
    );
  }
  const named = segments.map((segment, i) => {
    try {
      return fromPublicSignalArray(segment.publicSignals);
    } catch (cause) {
      throw new ZkattnUserError(`contracts: chain segment ${i}: ${(cause as Error).message}`, {
        cause,
      });
    }
  });
  if (unchecked) return named;
  for (let i = 1; i < named.length; i++) {
    if (named[i].inputCommitment !== named[i - 1].outputCommitment) {
      throw new ZkattnUserError(
        `contracts: chain segment ${i} reads input commitment ${named[i].inputCommitment}, but segment ${i - 1} output ${named[i - 1].outputCommitment}`,
        { fix: "Prove each segment on the previous segment's committed output, in chain order." },
      );
    }
    if (named[i].binding !== named[0].binding) {
      throw new ZkattnUserError(
        `contracts: chain segment ${i} is bound to ${named[i].binding}, segment 0 to ${named[0].binding}`,
        { fix: "Prove every segment for the same submitter (directBinding or consumerBinding)." },
      );
    }
  }
  return named;
}
