import { expect } from "chai";

import {
  type ProgressReporter,
  type SetupLogger,
  snarkjsStepLogger,
  terminalProgress,
} from "../../src/setup/progress.js";

function recordingLogger(): SetupLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

describe("setup output (setup/progress)", function () {
  it("sends snarkjs' messages to the log file only (errors also to the terminal) and its done/total messages to the progress bar", function () {
    const file = recordingLogger();
    const terminal = recordingLogger();
    const calls: string[] = [];
    const progress: ProgressReporter = {
      start: (l, t) => calls.push(`start ${l} ${t}`),
      stage: (l, t) => calls.push(`stage ${l} ${t}`),
      update: (d) => calls.push(`update ${d}`),
      stop: () => calls.push("stop"),
    };
    const log = snarkjsStepLogger(file, terminal, progress, "phase 2: zkey new");
    log.info("Circuit hash: \n\t\t0a1b2c3d 00000000 00000000 00000000");
    log.debug("processing constraints: 0/16000");
    log.debug("processing constraints: 10000/16000");
    log.debug("Writing points start C: 0/16000");
    log.debug("Writing points end C: 0/16000");
    log.debug("Applying key: L Section: 256/1024");
    log.error("Circuit too big");
    expect(file.lines).to.deep.equal([
      "info Circuit hash: \n\t\t0a1b2c3d 00000000 00000000 00000000",
      "debug processing constraints: 0/16000",
      "debug processing constraints: 10000/16000",
      "debug Writing points start C: 0/16000",
      "debug Writing points end C: 0/16000",
      "debug Applying key: L Section: 256/1024",
      "error Circuit too big",
    ]);
    expect(terminal.lines).to.deep.equal(["error Circuit too big"]);
    expect(calls).to.deep.equal([
      "stage phase 2: zkey new: processing constraints 16000",
      "update 0",
      "update 10000",
      "stage phase 2: zkey new: writing points C 16000",
      "update 0",
      "stage phase 2: zkey new: Applying key: L Section 1024",
      "update 256",
    ]);
  });

  it("prints plain progress lines with an estimate and a done line when stderr is not a terminal", function () {
    const out = recordingLogger();
    const p = terminalProgress(out, { tty: false, lineEverySeconds: 0 });
    p.start("development ptau 2^14", 100);
    p.update(0);
    p.update(50);
    p.stage!("development ptau 2^14: second stage", 10);
    p.update(5);
    p.update(10);
    p.stop();
    p.update(7); // after stop: ignored
    expect(out.lines).to.have.length(3);
    expect(out.lines[0]).to.match(/^info development ptau 2\^14: 50%, about \d+ s left$/);
    expect(out.lines[1]).to.match(
      /^info development ptau 2\^14: second stage: 50%, about \d+ s left$/,
    );
    expect(out.lines[2]).to.match(/^info development ptau 2\^14: done in \d+\.\d s$/);
  });
});
