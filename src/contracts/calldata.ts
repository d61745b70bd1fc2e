/**
 * TypeScript side of the ModelRegistry ABI conventions (contracts/interfaces/IZkattnModelRegistry.sol):
 * the `proof` and `output` byte encodings, the binding public signal, ERC-7992 identifiers.
 * Every function here has a Solidity counterpart, and test/contracts/ checks they agree.
 */
import {
  AbiCoder,
  getAddress,
  getBytes,
  id,
  Interface,
  keccak256,
  toBeHex,
  type Log,
} from "ethers";

import { BN254_SCALAR_FIELD, PUBLIC_SIGNALS } from "../circuit/publicSignals.js";

/** ERC-7992 proof system id of snarkjs Groth16 on BN254: `bytes4(keccak256("groth16-bn254-v1"))`. */
export const GROTH16_BN254_V1 = id("groth16-bn254-v1").slice(0, 10);

/** Byte length of a compact `proof` argument: the 2 + 4 + 2 words of the points a, b, c. */
export const PROOF_BYTES = 32 * (2 + 4 + 2);

/** Byte length of a `proof` argument with claimed public signals: one more word per public signal. */
export const PROOF_WITH_CLAIMS_BYTES = PROOF_BYTES + 32 * PUBLIC_SIGNALS.length;

/** A snarkjs Groth16 proof (`proof.json`): affine points as decimal strings, projective `1` last. */
export interface SnarkjsGroth16Proof {
  pi_a: string[];
  pi_b: string[][];
  pi_c: string[];
  protocol?: string;
  curve?: string;
}

const coder = AbiCoder.defaultAbiCoder();
const POINTS = ["uint256[2]", "uint256[2][2]", "uint256[2]"];
const SIGNALS = `uint256[${PUBLIC_SIGNALS.length}]`;

/**
 * The four arrays snarkjs `groth16.exportSolidityCallData` prints, as bigints: `a`, `b` with each
 * G2 coordinate pair swapped to imaginary part first (`[[x1, x0], [y1, y0]]`, the EIP-197
 * precompile order), `c`, and the public signals.
 *
 * @throws Error if `publicSignals` does not have one entry per {@link PUBLIC_SIGNALS} name.
 */
export function proofToSolidityArgs(
  proof: SnarkjsGroth16Proof,
  publicSignals: readonly (string | bigint)[],
): {
  a: [bigint, bigint];
  b: [[bigint, bigint], [bigint, bigint]];
  c: [bigint, bigint];
  publicSignals: bigint[];
} {
  if (publicSignals.length !== PUBLIC_SIGNALS.length) {
    throw new Error(
      `contracts: expected ${PUBLIC_SIGNALS.length} public signals (${PUBLIC_SIGNALS.join(", ")}), got ${publicSignals.length}; was the proof made for a zkattn inference circuit?`,
    );
  }
  const n = (v: string | bigint) => BigInt(v);
  return {
    a: [n(proof.pi_a[0]), n(proof.pi_a[1])],
    b: [
      [n(proof.pi_b[0][1]), n(proof.pi_b[0][0])],
      [n(proof.pi_b[1][1]), n(proof.pi_b[1][0])],
    ],
    c: [n(proof.pi_c[0]), n(proof.pi_c[1])],
    publicSignals: publicSignals.map(n),
  };
}

/**
 * Encodes a snarkjs proof as the registry's compact `proof` argument (the cheapest to submit):
 * `abi.encode(uint256[2] a, uint256[2][2] b, uint256[2] c)`, {@link PROOF_BYTES} bytes, with the G2
 * swap of {@link proofToSolidityArgs}. A mismatch of any public signal is reported as `InvalidProof`.
 */
export function encodeProof(
  proof: SnarkjsGroth16Proof,
  publicSignals: readonly (string | bigint)[],
): string {
  const args = proofToSolidityArgs(proof, publicSignals);
  return coder.encode(POINTS, [args.a, args.b, args.c]);
}

/**
 * Encodes a snarkjs proof with its claimed public signals: `abi.encode(a, b, c, uint256[4]
 * publicSignals)`, {@link PROOF_WITH_CLAIMS_BYTES} bytes, the arrays `exportSolidityCallData` prints.
 * The registry then names the mismatching signal (`ModelMismatch`, `InputCommitmentMismatch`,
 * `OutputMismatch`, `BindingMismatch`) instead of `InvalidProof`, for ~1.9k more calldata gas.
 */
export function encodeProofWithClaims(
  proof: SnarkjsGroth16Proof,
  publicSignals: readonly (string | bigint)[],
): string {
  return encodeProofArgs(proofToSolidityArgs(proof, publicSignals), true);
}

/**
 * Inverse of {@link encodeProof} / {@link encodeProofWithClaims} (told apart by length), for tests
 * and tools that inspect or deliberately tamper with a proof. `publicSignals` is empty for a compact proof.
 * @throws Error naming the length if it is neither encoding.
 */
export function decodeProof(bytes: string): ReturnType<typeof proofToSolidityArgs> {
  const length = getBytes(bytes).length;
  if (length !== PROOF_BYTES && length !== PROOF_WITH_CLAIMS_BYTES) {
    throw new Error(
      `contracts: a proof is ${PROOF_BYTES} or ${PROOF_WITH_CLAIMS_BYTES} bytes, got ${length}`,
    );
  }
  const withClaims = length === PROOF_WITH_CLAIMS_BYTES;
  const t = coder.decode(withClaims ? [...POINTS, SIGNALS] : POINTS, bytes);
  const big = (x: unknown) => BigInt(x as bigint);
  return {
    a: [big(t[0][0]), big(t[0][1])],
    b: [
      [big(t[1][0][0]), big(t[1][0][1])],
      [big(t[1][1][0]), big(t[1][1][1])],
    ],
    c: [big(t[2][0]), big(t[2][1])],
    publicSignals: withClaims ? Array.from(t[3] as unknown[], big) : [],
  };
}

/** Re-encodes proof arguments (e.g. after a deliberate edit), compact or with claims. */
export function encodeProofArgs(
  args: ReturnType<typeof proofToSolidityArgs>,
  withClaims: boolean,
): string {
  return withClaims
    ? coder.encode([...POINTS, SIGNALS], [args.a, args.b, args.c, args.publicSignals])
    : coder.encode(POINTS, [args.a, args.b, args.c]);
}

/** The registry's `output` argument: `abi.encode(uint256 outputCommitment)` (32 bytes). */
export function encodeOutput(outputCommitment: bigint): string {
  return coder.encode(["uint256"], [outputCommitment]);
}

/**
 * Inverse of {@link encodeOutput}: the outputCommitment of a registry `output` (e.g. read back
 * from an `InferenceVerified` event).
 * @throws ethers' decoding error for bytes that are not one ABI-encoded uint256.
 */
export function decodeOutput(output: string): bigint {
  return BigInt(coder.decode(["uint256"], output)[0] as bigint);
}

/** An `inputCommitment` field element as the `bytes32` the registry takes. */
export function toBytes32(value: bigint): string {
  if (value < 0n || value >= 1n << 256n) {
    throw new Error(`contracts: ${value} does not fit in bytes32`);
  }
  return toBeHex(value, 32);
}

/** Binding of a direct registry call: the submitter's address as a field element. */
export function directBinding(submitter: string): bigint {
  return BigInt(getAddress(submitter));
}

/**
 * Binding of a call made through a consumer contract on behalf of `claimant`: ModelRegistry
 * `bindingOf(consumer, claimant)` = `uint256(keccak256(abi.encode(consumer, claimant))) >> 8`
 * (248 bits, below {@link BN254_SCALAR_FIELD}).
 */
export function consumerBinding(consumer: string, claimant: string): bigint {
  const binding =
    BigInt(keccak256(coder.encode(["address", "address"], [consumer, claimant]))) >> 8n;
  if (binding >= BN254_SCALAR_FIELD)
    throw new Error("contracts: unreachable, a 248-bit value exceeds the field");
  return binding;
}

/**
 * ModelRegistry `inferenceIdOf`: `keccak256(abi.encode(modelId, version, inputCommitment,
 * outputCommitment, binding))`. Not the ERC-7992 text's `encodePacked(modelId, inputCommitment,
 * output)`: the version and the binding keep versions and callers (direct, each consumer) apart.
 */
export function inferenceIdOf(
  modelId: bigint,
  version: bigint,
  inputCommitment: string,
  outputCommitment: bigint,
  binding: bigint,
): string {
  return keccak256(
    coder.encode(
      ["uint256", "uint256", "bytes32", "uint256", "uint256"],
      [modelId, version, inputCommitment, outputCommitment, binding],
    ),
  );
}

const registryEvents = new Interface([
  "event ModelRegistered(uint256 indexed modelId, address indexed owner, (bytes32 modelHash, bytes32 circuitHash, bytes32 vkHash, bytes4 proofSystemId, string uri) commitment)",
]);

/**
 * The `modelId` a `registerModel` transaction issued, read from its `ModelRegistered` log.
 * @throws Error if the logs hold no `ModelRegistered` event of `registry`.
 */
export function modelIdFromLogs(logs: readonly Log[], registry: string): bigint {
  const topic = registryEvents.getEvent("ModelRegistered")!.topicHash;
  for (const log of logs) {
    if (log.topics[0] === topic && getAddress(log.address) === getAddress(registry)) {
      return BigInt(log.topics[1]);
    }
  }
  throw new Error(
    `contracts: no ModelRegistered event from ${registry} in the receipt; did registerModel revert?`,
  );
}
