import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "claimwatch-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@example.org", name: "Eli Editor", role: "EDITOR" },
  { email: "analyst@example.org", name: "Ana Analyst", role: "ANALYST" },
  { email: "viewer@example.org", name: "Vic Viewer", role: "VIEWER" },
];
