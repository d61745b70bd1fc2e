import { task } from "hardhat/config";
import { ArgumentType } from "hardhat/types/arguments";
import type { TaskDefinition } from "hardhat/types/tasks";

/**
 * Trusted-setup tasks (docs/setup.md). Declarative definitions; the actions in
 * tasks/actions/setup.ts are imported lazily and call src/setup.
 */
export const setupTasks: TaskDefinition[] = [
  task(
    "zkattn:setup",
    "Groth16 trusted setup for a circuit: development (fast, offline, INSECURE) by default, production with --ptau",
  )
    .addPositionalArgument({
      name: "circuit",
      description: "A .circom main file (compiled first into build/<name>/) or a compiled .r1cs",
    })
    .addOption({
      name: "name",
      description: "Circuit name; empty means the file's base name",
      defaultValue: "",
    })
    .addOption({
      name: "ptau",
      description:
        "Production: a prepared ceremony ptau, e.g. powersOfTau28_hez_final_18.ptau (checked against its published blake2b-512 hash); needs --contributions and --beacon-hash too",
      defaultValue: "",
    })
    .addOption({
      name: "contributions",
      description: "Production: comma-separated phase-2 contributor names, applied in order",
      defaultValue: "",
    })
    .addOption({
      name: "beaconHash",
      description:
        "Production: hex beacon (>= 32 bytes) fixed after the last contribution, e.g. a future block hash",
      defaultValue: "",
    })
    .addOption({
      name: "beaconIterationsExp",
      description: "Production: beacon hash iterations exponent (2^n)",
      type: ArgumentType.INT,
      defaultValue: 10,
    })
    .addFlag({
      name: "allowUnlistedPtau",
      description:
        "Production: accept a ptau whose hash is not in the published table (your own ceremony)",
    })
    .addOption({
      name: "seed",
      description:
        "Development: explicit phase-1 seed; empty means zkattn's public development seed",
      defaultValue: "",
    })
    .addFlag({
      name: "random",
      description: "Development: fresh OS randomness instead of the deterministic seed",
    })
    .addFlag({
      name: "force",
      description: "Redo the setup even if the existing keys are still valid",
    })
    .addFlag({
      name: "exportVerifier",
      description: "Also write the Solidity verifier to contracts/verifiers/generated/",
    })
    .setAction(() => import("./actions/setup.js"))
    .build(),
  task(
    "zkattn:export-verifier",
    "Write the snarkjs Groth16 verifier of a set-up circuit to contracts/verifiers/generated/<Name>Verifier.sol",
  )
    .addPositionalArgument({
      name: "name",
      description: "Circuit name (build/<name>/manifest.json must exist)",
    })
    .setAction(() =>
      import("./actions/setup.js").then((m) => ({ default: m.exportVerifierAction })),
    )
    .build(),
];
