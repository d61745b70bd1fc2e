import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { expect } from "chai";

import { isProcessAlive } from "../../src/setup/fsutil.js";
import { tempDir } from "../setup/fixtures.js";
import { killChildren, runChild, startChild } from "./childProcess.js";

describe("test child processes (test/helpers/childProcess)", function () {
  let dir: string;
  before(async function () {
    dir = await tempDir("children");
  });
  after(async function () {
    await killChildren();
    await rm(dir, { recursive: true, force: true });
  });

  it("reports a failing child with its exit status, stderr and stdout", async function () {
    const script = "console.log('progress'); console.error('boom'); process.exit(3)";
    let err: Error | undefined;
    try {
      await runChild(process.execPath, ["-e", script]);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal(
      `${process.execPath} -e ${script} exited with status 3; stderr:\nboom\n\nstdout:\nprogress\n`,
    );
  });

  it("killChildren stops a running child and the process it started (its whole group)", async function () {
    // A child that starts a grandchild (as npx starts hardhat) and both wait forever.
    const pidFile = path.join(dir, "grandchild.pid");
    const script = `
      const { spawn } = require("node:child_process");
      const g = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(g.pid));
      setInterval(() => {}, 1000);`;
    const running = runChild(process.execPath, ["-e", script]);
    const outcome = running.then(
      () => "resolved",
      (e: Error) => e.message,
    );
    while (!existsSync(pidFile) || readFileSync(pidFile, "utf8") === "")
      await new Promise((r) => setTimeout(r, 20));
    const grandchild = Number(readFileSync(pidFile, "utf8"));
    expect(isProcessAlive(grandchild)).to.equal(true);

    await killChildren();
    expect(await outcome).to.match(/ exited with SIGTERM; stderr:\n\nstdout:\n$/);
    // The grandchild got the group's SIGTERM too; allow a moment for it to be reaped.
    const deadline = Date.now() + 2_000;
    while (isProcessAlive(grandchild) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(isProcessAlive(grandchild)).to.equal(false);
  });

  it("startChild: waitFor returns the first match of the output; killGroup stops the child", async function () {
    const child = startChild(process.execPath, [
      "-e",
      "console.log('ready on 42'); setInterval(() => {}, 1000)",
    ]);
    expect((await child.waitFor(/ready on (\d+)/))[1]).to.equal("42");
    child.killGroup("SIGKILL");
    expect(await child.exited).to.deep.equal({ code: null, signal: "SIGKILL" });
  });

  it("startChild: waitFor fails with the output when the child exits without printing the pattern", async function () {
    const child = startChild(process.execPath, ["-e", "console.log('something else')"]);
    let err: Error | undefined;
    try {
      await child.waitFor(/ready/);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.equal(
      `${process.execPath} -e console.log('something else') exited without printing /ready/; its output:\nsomething else\n`,
    );
  });
});
