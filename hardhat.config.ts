import { createRequire } from "node:module";

import hardhatToolboxMochaEthersPlugin from "@nomicfoundation/hardhat-toolbox-mocha-ethers";
import { defineConfig } from "hardhat/config";

import { zkattnTasks } from "./tasks/index.js";

const require = createRequire(import.meta.url);

/**
 * solc comes from the npm package `solc` pinned in package.json: Hardhat cannot download
 * compilers on our offline machines (docs/design.md "Toolchain facts"). Keep SOLC_VERSION equal to
 * the installed `solc` package version; test/project/toolchain.test.ts checks it.
 */
export const SOLC_VERSION = "0.8.28";

export default defineConfig({
  plugins: [hardhatToolboxMochaEthersPlugin],
  tasks: zkattnTasks,
  solidity: {
    profiles: {
      default: {
        version: SOLC_VERSION,
        path: require.resolve("solc/soljson.js"),
        settings: { optimizer: { enabled: true, runs: 200 } },
      },
      production: {
        version: SOLC_VERSION,
        path: require.resolve("solc/soljson.js"),
        settings: { optimizer: { enabled: true, runs: 200 } },
      },
    },
  },
  paths: {
    tests: { mocha: "test", solidity: "contracts/test" },
  },
  test: {
    mocha: { timeout: 600_000 },
  },
  networks: {
    hardhat: { type: "edr-simulated", chainType: "l1" },
    localhost: { type: "http", chainType: "l1", url: "http://127.0.0.1:8545" },
  },
});
