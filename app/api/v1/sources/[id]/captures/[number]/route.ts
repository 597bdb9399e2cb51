import { defineRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors";
import { readCaptureText } from "@/lib/sources/captures";
import { ZCaptureParams as params } from "@/lib/sources/schemas";

/**
 * Capture `number` of a source as the exact text stored (members): `text/plain; charset=utf-8`,
 * downloaded as `source-<id>-capture-<number>.txt`. Its bytes hash to the capture's SHA-256
 * (also sent as `Repr-Digest`, RFC 9530), so anyone holding the file can check it against the
 * hash published on the source page. 404 for a source or capture that does not exist.
 */
export const GET = defineRoute({
  access: "claim.readInternal",
  params,
  async handle({ params }) {
    const capture = await readCaptureText(params.id, params.number);
    if (!capture) throw notFound("Capture");
    return new Response(capture.text, {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="source-${params.id}-capture-${params.number}.txt"`,
        "Repr-Digest": `sha-256=:${Buffer.from(capture.sha256, "hex").toString("base64")}:`,
        "Last-Modified": capture.capturedAt.toUTCString(),
      },
    });
  },
});
