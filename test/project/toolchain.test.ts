import { createRequire } from "node:module";

import { expect } from "chai";

import { SOLC_VERSION } from "../../hardhat.config.js";

const require = createRequire(import.meta.url);

describe("offline toolchain", function () {
  it("compiles with the solc version of the installed npm package solc (Hardhat cannot download one)", function () {
    const installed = (require("solc/package.json") as { version: string }).version;
    expect(SOLC_VERSION).to.equal(installed);
  });
});
