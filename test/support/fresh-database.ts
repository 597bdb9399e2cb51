// Vitest setup for data tests: every test file gets its own database, copied from the
// migrated template, before any application module reads DATABASE_URL.
import { createTestDatabase } from "./test-db";

process.env.DATABASE_URL = await createTestDatabase(process.env.TEST_DB_TEMPLATE);
