import { expect } from "chai";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { setupTasks } from "../../tasks/setup.js";
import { exportVerifier, setupCircuit } from "../../src/setup/pipeline.js";
import { silentLogger } from "../../src/setup/progress.js";
import { exportVerifierAction } from "../../tasks/actions/setup.js";
import { expectRejection, projectRoot, smallDevSetup } from "./fixtures.js";

describe("setup Hardhat tasks (tasks/setup)", function () {
  it("defines zkattn:setup and zkattn:export-verifier with lazily imported actions", function () {
    const byId = new Map(setupTasks.map((t) => [t.id.join(":"), t]));
    expect([...byId.keys()]).to.deep.equal(["zkattn:setup", "zkattn:export-verifier"]);
    const setup = byId.get("zkattn:setup") as unknown as {
      options: Record<string, unknown>;
      action: unknown;
    };
    expect(Object.keys(setup.options)).to.include.members([
      "ptau",
      "contributions",
      "beaconHash",
      "allowUnlistedPtau",
      "random",
      "seed",
      "force",
      "exportVerifier",
    ]);
    expect(typeof setup.action).to.equal("function");
  });

  it("exports the verifier of a set-up circuit through the task action", async function () {
    await smallDevSetup();
    const hre = {
      config: { paths: { root: projectRoot } },
    } as unknown as HardhatRuntimeEnvironment;
    const lines: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void lines.push(a.join(" "));
    try {
      await exportVerifierAction({ name: "setup_small" }, hre);
    } finally {
      console.log = log;
    }
    expect(lines).to.deep.equal([
      `${projectRoot}/contracts/verifiers/generated/SetupSmallVerifier.sol`,
    ]);
  });

  it("refuses to export a verifier for a circuit that was never set up", async function () {
    await expectRejection(
      exportVerifier({ root: projectRoot, name: "no_such_circuit" }),
      "setup: no setup for no_such_circuit in build/no_such_circuit; run `npx hardhat zkattn:setup <circuit>` first",
    );
  });

  it("refuses production options without a ptau", async function () {
    await expectRejection(
      setupCircuit({
        root: projectRoot,
        circuit: "circuits/test/setup/setup_small.circom",
        contributions: [{ name: "alice" }],
        logger: silentLogger,
      }),
      "setup: --contributions, --beacon-hash and --allow-unlisted-ptau need --ptau (production setup)",
    );
  });

  it("refuses a circuit file that does not exist", async function () {
    await expectRejection(
      setupCircuit({
        root: projectRoot,
        circuit: "circuits/test/setup/missing.circom",
        logger: silentLogger,
      }),
      "setup: circuit file circuits/test/setup/missing.circom does not exist",
    );
  });
});
