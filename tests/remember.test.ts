import { describe, expect, it } from "vitest";
import { boundedCache } from "../src/remember.ts";

describe("boundedCache", () => {
  it("computes a key's value once and returns the remembered value after", () => {
    const remember = boundedCache<number>(10);
    let calls = 0;
    const square = (n: number) => remember(String(n), () => (calls++, n * n));
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(calls).toBe(2);
  });

  it("remembers undefined results too", () => {
    const remember = boundedCache<string | undefined>(10);
    let calls = 0;
    remember("x", () => (calls++, undefined));
    remember("x", () => (calls++, undefined));
    expect(calls).toBe(1);
  });

  it("starts again empty when full, and still answers correctly", () => {
    const remember = boundedCache<string>(2);
    let calls = 0;
    const upper = (text: string) => remember(text, () => (calls++, text.toUpperCase()));
    expect([upper("a"), upper("b"), upper("c"), upper("a")]).toEqual(["A", "B", "C", "A"]);
    expect(calls).toBe(4);
  });
});
