import Link from "next/link";

const SECTIONS = [
  { href: "/admin", label: "Users" },
  { href: "/admin/invitations", label: "Invitations" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

/** The admin area's heading and its sections, the current one marked for screen readers. */
export function AdminNav({ current }: { current: (typeof SECTIONS)[number]["href"] }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Admin</h1>
      <nav
        aria-label="Admin sections"
        className="mt-2 mb-6 flex gap-6 border-b border-stone-300 pb-2"
      >
        {SECTIONS.map((s) =>
          s.href === current ? (
            <Link
              key={s.href}
              href={s.href}
              aria-current="page"
              className="font-semibold no-underline"
            >
              {s.label}
            </Link>
          ) : (
            <Link key={s.href} href={s.href}>
              {s.label}
            </Link>
          ),
        )}
      </nav>
    </>
  );
}
