/** Tests live in test/ and mirror src/; the JSON report feeds the closing line of .ci/run. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
  },
});
