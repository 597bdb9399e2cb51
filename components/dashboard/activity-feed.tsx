import Link from "next/link";
import type { ActivityItem } from "@/lib/dashboard/list-recent-activity";
import { Timestamp } from "@/components/ui/timestamp";

/** The latest changes to the team's records, newest first. */
export function ActivityFeed({ items }: { items: ActivityItem[] }) {
  if (items.length === 0) return <p className="text-stone-700">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-2">
      {items.map((a) => (
        <li key={a.id} className="text-sm">
          <span className="font-medium">{a.who}</span> {a.verb}{" "}
          {a.record.href ? (
            <Link href={a.record.href} className="text-blue-900 underline">
              {a.record.label}
            </Link>
          ) : (
            <span>{a.record.label}</span>
          )}{" "}
          <span className="text-stone-700">
            · <Timestamp iso={a.at} />
          </span>
        </li>
      ))}
    </ol>
  );
}
