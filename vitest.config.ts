/**
 * Tests live in test/ and mirror src/; the JSON report feeds the closing line of .ci/run.
 * Two projects: every test on SQLite, and the repository and service tests again on a real
 * PostgreSQL server that the postgres project's globalSetup starts (TEST_DIALECT, see
 * test/helpers/test-database.ts); tests that start several instances use that server too.
 */
import { defineConfig } from "vitest/config";

/** The tests that store and read through the repositories: they must pass on both databases. */
const ON_BOTH = ["test/db/**/*.test.ts", "test/server/**/*.test.ts", "test/officers/**/*.test.ts", "test/consolidation/**/*.test.ts", "test/outbox/**/*.test.ts", "test/web/**/*.test.ts"];
/** Tests about PostgreSQL itself, or several instances sharing it. */
const POSTGRES_ONLY = ["test/db/postgres-*.test.ts", "test/instances/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"], exclude: POSTGRES_ONLY } },
      {
        extends: true,
        test: {
          name: "postgres",
          include: [...ON_BOTH, ...POSTGRES_ONLY],
          exclude: ["test/db/schema-twins.test.ts", "test/db/sqlite-*.test.ts", "test/web/html.test.ts"],
          env: { TEST_DIALECT: "postgres" },
          globalSetup: ["test/helpers/postgres-global-setup.ts"],
        },
      },
    ],
  },
});
