import pg from "pg";

/** Runs SQL on the maintenance database of the test cluster. */
export async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = process.env.TEST_DB_ADMIN_URL;
  if (!adminUrl) throw new Error("Data tests need the test database: run them with `npm test`.");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database (or a copy of `template`); returns its URL. */
export async function createTestDatabase(template?: string): Promise<string> {
  const name = `t_${crypto.randomUUID().replaceAll("-", "")}`;
  await withAdmin((c) =>
    c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`),
  );
  const url = new URL(process.env.TEST_DB_ADMIN_URL ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}
