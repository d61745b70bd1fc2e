import { AbiCoder, keccak256 } from "ethers";

/** A snarkjs Groth16 verification key (vkey.json), as exported by `zkey export verificationkey`. */
export interface Groth16VerificationKey {
  protocol: "groth16";
  curve: string;
  nPublic: number;
  /** G1 point [x, y, z] as decimal strings (z = "1"). */
  vk_alpha_1: string[];
  /** G2 points [[x.c0, x.c1], [y.c0, y.c1], [z...]] as decimal strings. */
  vk_beta_2: string[][];
  vk_gamma_2: string[][];
  vk_delta_2: string[][];
  /** nPublic + 1 G1 points. */
  IC: string[][];
  [key: string]: unknown;
}

/**
 * The verification key as the uint256 words of the snarkjs Groth16 Solidity verifier
 * (template snarkjs 0.7.6 templates/verifier_groth16.sol.ejs), in its declaration order:
 *
 *   alphax, alphay,
 *   betax1, betax2, betay1, betay2,      // = beta2 X.c1, X.c0, Y.c1, Y.c0 (EIP-197 order)
 *   gammax1, gammax2, gammay1, gammay2,  // same swap
 *   deltax1, deltax2, deltay1, deltay2,  // same swap
 *   IC0x, IC0y, IC1x, IC1y, ..., IC{n}x, IC{n}y
 *
 * Length: 14 + 2·(nPublic + 1).
 * @throws Error if the key is not a BN254 Groth16 key or IC has the wrong length.
 */
export function verifierWords(vk: Groth16VerificationKey): bigint[] {
  if (vk.protocol !== "groth16" || !/^bn128$|^bn254$/i.test(vk.curve)) {
    throw new Error(
      `setup: vkHash needs a BN254 Groth16 verification key, got ${vk.protocol} on ${vk.curve}`,
    );
  }
  if (vk.IC.length !== vk.nPublic + 1) {
    throw new Error(
      `setup: verification key has ${vk.IC.length} IC points for ${vk.nPublic} public signals; expected ${vk.nPublic + 1}`,
    );
  }
  const g2 = (p: string[][]) => [p[0][1], p[0][0], p[1][1], p[1][0]].map(BigInt);
  return [
    BigInt(vk.vk_alpha_1[0]),
    BigInt(vk.vk_alpha_1[1]),
    ...g2(vk.vk_beta_2),
    ...g2(vk.vk_gamma_2),
    ...g2(vk.vk_delta_2),
    ...vk.IC.flatMap((p) => [BigInt(p[0]), BigInt(p[1])]),
  ];
}

/**
 * vkHash of a Groth16 verification key, as 0x-prefixed bytes32 hex:
 *
 *   vkHash = keccak256(abi.encodePacked(uint256 w_0, uint256 w_1, ..., uint256 w_{k-1}))
 *
 * where w is {@link verifierWords} (the verifier's constants in declaration order). Each word is
 * 32 bytes big-endian, no length prefix, so this equals keccak256 of the concatenated words and
 * also `keccak256(abi.encode(w_0, ..., w_{k-1}))` for a fixed list of uint256 values. In
 * Solidity: `keccak256(abi.encodePacked(alphax, alphay, betax1, ..., IC0x, IC0y, ...))`.
 * This is the value recorded in manifest.json and ERC-7992 `ModelCommitment.vkHash`.
 */
export function vkHash(vk: Groth16VerificationKey): string {
  const words = verifierWords(vk);
  return keccak256(
    AbiCoder.defaultAbiCoder().encode(
      words.map(() => "uint256"),
      words,
    ),
  );
}
