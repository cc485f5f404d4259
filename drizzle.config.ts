/**
 * drizzle-kit reads this to generate the SQL migrations of each dialect from its schema files:
 * SQLite by default, PostgreSQL with DRIZZLE_DIALECT=postgres (npm run db:generate does both).
 */
import { defineConfig } from "drizzle-kit";

export default process.env.DRIZZLE_DIALECT === "postgres"
  ? defineConfig({ dialect: "postgresql", schema: "./src/db/postgres/schema/*.ts", out: "./migrations/postgres", strict: true })
  : defineConfig({ dialect: "sqlite", schema: "./src/db/sqlite/schema/*.ts", out: "./migrations/sqlite", strict: true });
