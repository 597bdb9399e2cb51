import type { ReactNode } from "react";
import { safeHref } from "@/lib/safe-href";

/** A link to a user-supplied URL; anything but http(s) is shown as plain text. */
export function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  const href = safeHref(url);
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-blue-900 underline">
      {children}
    </a>
  );
}
