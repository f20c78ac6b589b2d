import { defineConfig } from "vitest/config";

// Browser and build tests spawn real processes; give them room on a 2-core machine.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
