import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";
import { HardhatPluginError } from "hardhat/plugins";

import { ZkattnUserError } from "../../src/errors.js";
import { PLUGIN_ID, reportingUserErrors } from "../../tasks/actions/userErrors.js";

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
/** Hardhat's CLI entry point (its package's `hardhat` bin), run with this Node: no npx between. */
const HARDHAT_PACKAGE = require.resolve("hardhat/package.json");
const HARDHAT_CLI = path.join(
  path.dirname(HARDHAT_PACKAGE),
  (JSON.parse(readFileSync(HARDHAT_PACKAGE, "utf8")) as { bin: { hardhat: string } }).bin.hardhat,
);
const TOKENS = "0,0,2,1,0,1,0,0,0,1,1";

/** A line of a Node stack trace, e.g. `    at loadModelByName (file:///.../resolve.ts:40:11)`. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe("user errors of the zkattn tasks (tasks/actions/userErrors.ts)", function () {
  describe("reportingUserErrors", function () {
    it("turns a ZkattnUserError into a HardhatPluginError with the message and the fix", async function () {
      const action = reportingUserErrors(async () => {
        throw new ZkattnUserError("input: bad", { fix: "pass --tokens 0,1" });
      });
      let caught: unknown;
      try {
        await action({}, {} as never);
      } catch (e) {
        caught = e;
      }
      expect(HardhatPluginError.isHardhatPluginError(caught)).to.equal(true);
      expect((caught as HardhatPluginError).pluginId).to.equal(PLUGIN_ID);
      expect((caught as Error).message).to.equal("input: bad\npass --tokens 0,1");
    });

    it("rethrows any other error unchanged, so bugs keep their stack", async function () {
      const bug = new TypeError("cannot read properties of undefined");
      const action = reportingUserErrors(async () => {
        throw bug;
      });
      let caught: unknown;
      try {
        await action({}, {} as never);
      } catch (e) {
        caught = e;
      }
      expect(caught).to.equal(bug);
      expect(HardhatPluginError.isHardhatPluginError(caught)).to.equal(false);
    });
  });

  describe("the CLI prints a user error as a message without a stack trace", function () {
    const children = new Set<ChildProcess>();
    let tmp: string;

    before(async function () {
      tmp = await mkdtemp(path.join(os.tmpdir(), "zkattn-user-errors-"));
      await writeFile(path.join(tmp, "not-a-proof.json"), '{"format": "something else"}\n');
      const onnx = readFileSync("test/fixtures/mingpt-adder-onnx/mingpt-adder-opset17.onnx");
      await writeFile(path.join(tmp, "truncated.onnx"), onnx.subarray(0, onnx.length / 2));
    });

    afterEach(function () {
      // A child still running after its test (timeout, failed assertion) is killed with its
      // process group, so nothing it started keeps running.
      for (const c of children) {
        if (c.exitCode === null && c.signalCode === null && c.pid !== undefined) {
          try {
            process.kill(-c.pid, "SIGKILL");
          } catch {
            c.kill("SIGKILL");
          }
        }
      }
      children.clear();
    });

    after(async function () {
      await rm(tmp, { recursive: true, force: true });
    });

    /**
     * The environment of a user's terminal: without the variables by which Hardhat detects a CI
     * service (`isCi()` in @nomicfoundation/hardhat-utils: CI, GITHUB_ACTIONS, BUILD_NUMBER, ...),
     * since Hardhat prints a stack trace for every error on CI (as if --show-stack-traces were
     * given), and this test is about what a user sees.
     */
    function userTerminalEnv(): NodeJS.ProcessEnv {
      const env = { ...process.env };
      for (const v of [
        "CI",
        "GITHUB_ACTIONS",
        "NOW",
        "DEPLOYMENT_ID",
        "CODEBUILD_BUILD_NUMBER",
        "CONTINUOUS_INTEGRATION",
        "BUILD_NUMBER",
        "RUN_ID",
      ])
        delete env[v];
      return env;
    }

    /** Runs `hardhat <args>` in the project root; resolves with its exit code and output. */
    function hardhat(args: string[]): Promise<{ code: number | null; output: string }> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [HARDHAT_CLI, ...args], {
          cwd: ROOT,
          detached: true,
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...userTerminalEnv(), NO_COLOR: "1", FORCE_COLOR: "0" },
        });
        children.add(child);
        let output = "";
        child.stdout!.on("data", (b: Buffer) => (output += b.toString()));
        child.stderr!.on("data", (b: Buffer) => (output += b.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, output }));
      });
    }

    const cases: {
      task: string;
      what: string;
      args: () => string[];
      message: () => string;
      /** A file the command was asked to write, which must not exist after the error. */
      notWritten?: () => string;
    }[] = [
      {
        task: "prove-and-submit",
        what: "an unknown model",
        args: () => ["prove-and-submit", "--model", "gpt-giant", "--tokens", TOKENS],
        message: () =>
          'prove-and-submit: unknown model "gpt-giant": no models/gpt-giant/quantized.json (known models: gpt-nano-sort; make one with `npm run quantize -- --model-dir models/gpt-giant`)',
      },
      {
        task: "prove-and-submit",
        what: "a bad --weights value",
        args: () => ["prove-and-submit", "--weights", "secret", "--tokens", TOKENS],
        message: () => '--weights must be "private"',
      },
      {
        task: "prove-and-submit",
        what: "a prompt shorter than the task's",
        args: () => ["prove-and-submit", "--prompt", "2,0,1"],
        message: () =>
          "prove-and-submit: --prompt has 3 token ids, but gpt-nano-sort's sort task takes a prompt of exactly 6 (models/gpt-nano-sort/model.json task.promptLength); pass exactly 6 comma-separated token ids, e.g. --prompt 0,1,2,0,1,2",
      },
      {
        task: "prove-and-submit",
        what: "a prompt token outside the vocabulary",
        args: () => ["prove-and-submit", "--model", "mingpt-adder", "--prompt", "8,5,5,10"],
        message: () =>
          'prove-and-submit: prompt token 3 is "10"; mingpt-adder\'s tokens are integers in [0, 9] (its vocabulary: 0 1 2 3 4 5 6 7 8 9)',
      },
      {
        task: "prove-and-submit",
        what: "a prompt that with its generation exceeds block_size",
        args: () => ["prove-and-submit", "--prompt", "2,0,1,1,0,2,2,0,1,1,0,2"],
        message: () =>
          "prove-and-submit: a prompt of 12 tokens + 6 generated − 1 = 17 tokens exceed gpt-nano-sort's block_size 11; pass exactly 6 comma-separated token ids",
      },
      {
        task: "prove-and-submit",
        what: "--prompt together with --tokens",
        args: () => ["prove-and-submit", "--prompt", "2,0,1,1,0,2", "--tokens", TOKENS],
        message: () =>
          "prove-and-submit: --prompt proves the whole model's greedy generation, --tokens/--input one attention block (--layer); pass one of them, not both",
      },
      {
        task: "prove-and-submit",
        what: "--workers for a whole model that is one circuit",
        args: () => ["prove-and-submit", "--prompt", "2,0,1,1,0,2", "--workers", "2"],
        message: () =>
          "prove-and-submit: --workers prove the segments of a chain, but gpt-nano-sort-model-public-weights is one circuit; prove a whole model as a chain with --prompt and --weights private (or --chain), or drop --workers",
      },
      {
        task: "prove-and-submit",
        what: "--queue for an attention block",
        args: () => ["prove-and-submit", "--tokens", TOKENS, "--queue", "redis://127.0.0.1:1"],
        message: () =>
          "prove-and-submit: --queue prove the segments of a chain, but an attention block is one circuit;",
      },
      {
        task: "prove-and-submit",
        what: "--chain for a model whose public weights have no cut description",
        args: () => ["prove-and-submit", "--prompt", "2,0,1,1,0,2", "--chain"],
        message: () =>
          "prove-and-submit: circuits/circuits.json describes no whole-model chain for gpt-nano-sort (prompt 6, generated 6, weights public);",
      },
      {
        task: "prove",
        what: "--prompt with --weights private (a chain; no proof file written)",
        args: () => [
          "prove",
          "--prompt",
          "2,0,1,1,0,2",
          "--weights",
          "private",
          "--out",
          path.join(tmp, "chain.proof.json"),
        ],
        message: () =>
          "prove: --weights private proves the whole model as a chain of 4 segment proofs, which `prove` does not write to a proof file yet; prove and verify the chain on-chain with `npx hardhat prove-and-submit --model gpt-nano-sort --prompt 2,0,1,1,0,2 --weights private`",
        notWritten: () => path.join(tmp, "chain.proof.json"),
      },
      {
        task: "prove",
        what: "a prompt token outside the vocabulary (no proof file written)",
        args: () => ["prove", "--prompt", "2,0,1,1,0,3", "--out", path.join(tmp, "p.proof.json")],
        message: () =>
          'prove: prompt token 5 is "3"; gpt-nano-sort\'s tokens are integers in [0, 2]',
        notWritten: () => path.join(tmp, "p.proof.json"),
      },
      {
        task: "prove",
        what: "a token outside the vocabulary",
        args: () => ["prove", "--tokens", "0,0,2,1,0,5,0,0,0,1,1"],
        message: () => 'input: token 5 is "5"; tokens are integers in [0, 2] (the vocabulary)',
      },
      {
        task: "prove",
        what: "a missing activations file",
        args: () => ["prove", "--input", path.join(tmp, "missing.json")],
        message: () => `input: cannot read activations file ${path.join(tmp, "missing.json")}`,
      },
      {
        task: "zkattn:compile",
        what: "an unknown model",
        args: () => ["zkattn:compile", "--model", "gpt-giant"],
        message: () => "prover: circuits/main/gpt-giant-layer0.circom does not exist",
      },
      {
        task: "zkattn:compile",
        what: "--whole-model of an unknown model",
        args: () => ["zkattn:compile", "--whole-model", "--model", "gpt-giant"],
        message: () =>
          'zkattn:compile: unknown model "gpt-giant": no models/gpt-giant/quantized-model.json (known models: gpt-nano-sort, mingpt-adder;',
      },
      {
        task: "zkattn:setup",
        what: "a missing circuit file",
        args: () => ["zkattn:setup", "circuits/main/missing.circom"],
        message: () => "setup: circuit file circuits/main/missing.circom does not exist",
      },
      {
        task: "zkattn:setup",
        what: "a production option without --ptau (checked before compiling)",
        args: () => [
          "zkattn:setup",
          "circuits/test/setup/setup_small.circom",
          "--contributions",
          "alice",
        ],
        message: () =>
          "setup: --contributions, --beacon-hash and --allow-unlisted-ptau need --ptau (production setup)",
      },
      {
        task: "zkattn:verify",
        what: "a missing proof file",
        args: () => ["zkattn:verify", path.join(tmp, "missing.proof.json")],
        // zkattn:verify answers INVALID (exit 1) for a file it cannot accept, naming the field.
        message: () =>
          `INVALID: zkattn:verify: ${path.join(tmp, "missing.proof.json")}: field "(file)" cannot be read as JSON`,
      },
      {
        task: "zkattn:verify",
        what: "a file that is not a proof",
        args: () => ["zkattn:verify", path.join(tmp, "not-a-proof.json")],
        message: () =>
          `INVALID: zkattn:verify: ${path.join(tmp, "not-a-proof.json")}: field "format" is`,
      },
      {
        task: "zkattn:import",
        what: "a truncated ONNX file (the import library's user error, not a prefix)",
        args: () => [
          "zkattn:import",
          "--from",
          path.join(tmp, "truncated.onnx"),
          "--name",
          "zkattn-user-errors-never-written",
          "--n-head",
          "3",
          "--prompt-length",
          "4",
          "--generate",
          "3",
          "--calibration",
          "models/mingpt-adder/calibration-prompts.json",
          "--no-license",
        ],
        message: () =>
          `onnx: ${path.join(tmp, "truncated.onnx")} is truncated or corrupt (protobuf: index out of range: 185414 + 9216 > 190582); copy it again, or export it again with torch.onnx.export`,
      },
      {
        task: "register-model",
        what: "an unknown model",
        args: () => ["register-model", "--model", "gpt-giant"],
        message: () => 'deploy: unknown model "gpt-giant": no models/gpt-giant/quantized.json',
      },
      {
        task: "register-model",
        what: "--chain without --whole-model",
        args: () => ["register-model", "--chain"],
        message: () => "deploy: --chain registers a whole model's chain; add --whole-model",
      },
      {
        task: "register-model",
        what: "--whole-model --chain for public weights without a cut description",
        args: () => ["register-model", "--whole-model", "--chain"],
        message: () =>
          "deploy: circuits/circuits.json describes no whole-model chain for gpt-nano-sort (prompt 6, generated 6, weights public);",
      },
      {
        task: "register-model",
        what: "a chain with hashes given by hand",
        args: () => [
          "register-model",
          "--whole-model",
          "--weights",
          "private",
          "--vk-hash",
          "0x01",
        ],
        message: () =>
          "deploy: a chain's segments, hashes and uri come from circuits/circuits.json and each segment's setup manifest; drop --circuit, --verifier-contract, --circuit-hash, --vk-hash, --model-hash and --uri",
      },
    ];

    for (const c of cases) {
      it(`${c.task} with ${c.what}: exits non-zero with the message and no stack`, async function () {
        this.timeout(180_000);
        const { code, output } = await hardhat(c.args());
        expect(code, output).to.not.equal(0);
        const message = c.message();
        expect(output).to.include(
          message.startsWith("INVALID: ")
            ? message
            : `Error in community plugin ${PLUGIN_ID}: ${message}`,
        );
        expect(output).to.not.include("An unexpected error occurred");
        expect(output).to.not.include("please report it");
        expect(output, output).to.not.match(STACK_LINE);
        if (c.notWritten) expect(existsSync(c.notWritten()), c.notWritten()).to.equal(false);
      });
    }
  });
});
