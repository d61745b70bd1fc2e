/**
 * Gas benchmark of ModelRegistry.verifyInference (4 public inputs) beside the bare snarkjs
 * verifier and the 202,000 pairing floor, and of chained models (2 and 3 segment proofs in one
 * verifyInference) beside the sum of their bare verifiers. Prints a table and writes bench/gas-snapshot.json
 * (committed; test/contracts/gas.test.ts fails when the execution gas drifts from it).
 *
 *   npx hardhat run bench/gas.ts
 */
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { network } from "hardhat";

import {
  measureChainGas,
  measurePredictionClaimGas,
  measureVerifyGas,
} from "../scripts/fixtures/gasBenchmark.js";
import { CHAIN2, CHAIN3 } from "../scripts/fixtures/mockChain.js";
import { buildMockGenerationFixture } from "../scripts/fixtures/mockGeneration.js";
import { buildMockInferenceFixture } from "../scripts/fixtures/mockInference.js";

const snapshotPath = path.join(path.dirname(fileURLToPath(import.meta.url)), "gas-snapshot.json");

const fixture = await buildMockInferenceFixture({ log: (l) => console.log(l) });
const { ethers } = await network.create();
const report = await measureVerifyGas(ethers, fixture);
const generation = await buildMockGenerationFixture({ log: (l) => console.log(l) });
const predictionClaim = await measurePredictionClaimGas(ethers, generation);
const chainFixtures = { generation, inference: fixture };
const chains = [
  await measureChainGas(ethers, chainFixtures, CHAIN2),
  await measureChainGas(ethers, chainFixtures, CHAIN3),
];

const row = (name: string, gas: number, note = "") =>
  console.log(`${name.padEnd(44)} ${gas.toLocaleString("en-US").padStart(9)}  ${note}`);
console.log(`\nGroth16 verification gas, ${report.publicInputs} public inputs (whole transaction)`);
row(
  "ModelRegistry.verifyInference (compact proof)",
  report.verifyInference.txGas,
  `execution ${report.verifyInference.executionGas}`,
);
row(
  "  ... with claimed public signals (384 B)",
  report.verifyInferenceWithClaims.txGas,
  `execution ${report.verifyInferenceWithClaims.executionGas}`,
);
row(
  "bare snarkjs verifier (verifyProof as a tx)",
  report.bareVerifier.txGas,
  `execution ${report.bareVerifier.executionGas}`,
);
row("floor: 4-pair pairing (181,000) + tx base", report.pairingFloor);
row("target", report.target, report.verifyInference.txGas <= report.target ? "met" : "MISSED");
row(
  "registry overhead over the bare verifier",
  report.verifyInference.txGas - report.bareVerifier.txGas,
);

row(
  "PredictionBounty.claim (6 tokens, compact)",
  predictionClaim.txGas,
  `execution ${predictionClaim.executionGas}`,
);

console.log(
  `\nChained models: one verifyInference vs each segment's bare verifier (whole transactions)`,
);
for (const chain of chains) {
  row(
    `verifyInference, ${chain.segments}-segment chain (compact)`,
    chain.verifyInference.txGas,
    `execution ${chain.verifyInference.executionGas}`,
  );
  row(
    `  sum of ${chain.segments} bare verifier transactions`,
    chain.bareTxGasSum,
    `execution ${chain.bareExecutionGasSum}`,
  );
  row(
    "  execution overhead over the bare verifiers",
    chain.verifyInference.executionGas - chain.bareExecutionGasSum,
    `${chain.executionOverheadPercent} % (target <= 5 %)`,
  );
}

const snapshot = {
  note: "Written by `npx hardhat run bench/gas.ts`. txGas varies by a few hundred gas with the random proof's zero bytes; executionGas (txGas minus intrinsic calldata gas) is exact and checked by test/contracts/gas.test.ts.",
  ...report,
  predictionBountyClaim: predictionClaim,
  chains,
};
writeFileSync(`${snapshotPath}.partial`, JSON.stringify(snapshot, null, 2) + "\n");
renameSync(`${snapshotPath}.partial`, snapshotPath);
console.log(`\nwrote ${path.relative(process.cwd(), snapshotPath)}`);
await (globalThis as { curve_bn128?: { terminate(): Promise<void> } }).curve_bn128?.terminate();
