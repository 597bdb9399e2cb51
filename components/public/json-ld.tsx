import { serializeJsonLd } from "@/lib/public/claim-review";

/**
 * A JSON-LD block. Its text is escaped by serializeJsonLd (no `<`, `>` or `&` survives), so
 * user text inside cannot close the script element; the browser never runs it either way.
 */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
