// `npm run db:seed`: demo accounts and demo data (idempotent). `--if-empty` seeds only a
// database without users, which is how `npm start` seeds on first start only.
// Run with --conditions=react-server so lib/ modules marked "server-only" load outside Next.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { seedDemoContent, seedDemoUsers } from "@/prisma/seed/seed";

const ifEmpty = process.argv.includes("--if-empty");
const { NODE_ENV, CLAIMWATCH_DEMO } = env();
const demoAllowed = NODE_ENV !== "production" || CLAIMWATCH_DEMO === "1";

try {
  if (ifEmpty && (await db.user.count()) > 0) {
    console.log("Database already has users; not seeding.");
  } else if (!demoAllowed) {
    console.log("NODE_ENV=production without CLAIMWATCH_DEMO=1: no demo accounts or data.");
  } else {
    await seedDemoUsers(db);
    const content = await seedDemoContent(db);
    console.log(
      `Demo accounts ready; demo data ${content === "created" ? "created" : "already present"}.`,
    );
  }
} finally {
  await db.$disconnect();
}
