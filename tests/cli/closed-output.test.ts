import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ignoreClosedOutput } from "../../src/cli/closed-output.ts";

const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe("ignoreClosedOutput", () => {
  it.each([["EPIPE"], ["ERR_STREAM_DESTROYED"]])(
    "lets a stream whose reader went away (%s) fail quietly",
    (code) => {
      const stream = new PassThrough();
      ignoreClosedOutput(stream);
      expect(() => stream.emit("error", failure(code))).not.toThrow();
    },
  );

  it("still throws any other error of the stream", () => {
    const stream = new PassThrough();
    ignoreClosedOutput(stream);
    expect(() => stream.emit("error", failure("ENOSPC"))).toThrow("write ENOSPC");
  });

  it("adds one listener however often it is installed", () => {
    const stream = new PassThrough();
    ignoreClosedOutput(stream);
    ignoreClosedOutput(stream);
    expect(stream.listenerCount("error")).toBe(1);
  });
});
