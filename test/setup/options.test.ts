import { expect } from "chai";

import { ZkattnUserError } from "../../src/errors.js";
import { checkSetupOptions } from "../../src/setup/pipeline.js";
import { projectRoot } from "./fixtures.js";

const CIRCUIT = "circuits/test/setup/setup_small.circom";
const BEACON = `0x${"ab".repeat(32)}`;

/** The user error `checkSetupOptions` throws for `opts` (fails the test if none). */
function refusal(opts: Parameters<typeof checkSetupOptions>[0]): ZkattnUserError {
  try {
    checkSetupOptions(opts);
  } catch (e) {
    expect(e).to.be.instanceOf(ZkattnUserError);
    return e as ZkattnUserError;
  }
  throw new Error("expected checkSetupOptions to refuse the options");
}

describe("zkattn:setup option checks, before anything is compiled (src/setup/pipeline.ts)", function () {
  it("accepts a development setup and a complete production setup", function () {
    checkSetupOptions({ root: projectRoot, circuit: CIRCUIT });
    checkSetupOptions({
      root: projectRoot,
      circuit: CIRCUIT,
      ptau: "package.json", // any existing file: the ptau itself is checked by the setup
      contributions: [{ name: "alice" }],
      beaconHash: BEACON,
    });
  });

  it("refuses a production setup with a missing ptau, no contributions or a bad beacon hash", function () {
    const base = { root: projectRoot, circuit: CIRCUIT, contributions: [{ name: "alice" }] };
    expect(refusal({ ...base, ptau: "missing.ptau", beaconHash: BEACON }).message).to.equal(
      "setup: ptau file missing.ptau does not exist",
    );
    expect(
      refusal({ ...base, ptau: "package.json", contributions: [], beaconHash: BEACON }).message,
    ).to.equal(
      'setup: a production setup needs at least one named phase-2 contribution (--contributions "alice,bob")',
    );
    for (const beaconHash of [undefined, "0x1234", `0x${"ab".repeat(31)}a`])
      expect(refusal({ ...base, ptau: "package.json", beaconHash }).message).to.match(
        /^setup: the production beacon hash must be hex of at least 32 bytes/,
      );
  });

  it("refuses a file that is neither .circom nor .r1cs", function () {
    expect(refusal({ root: projectRoot, circuit: "package.json" }).message).to.equal(
      "setup: package.json is neither a .circom nor a .r1cs file",
    );
  });
});
