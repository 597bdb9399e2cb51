import { recaptureAction } from "@/lib/sources/actions";
import { RecaptureForm } from "@/components/sources/member-forms";

/** "Capture again" on a source's page (analysts and above). */
export function RecaptureSection({ sourceId, url }: { sourceId: string; url: string }) {
  return (
    <details className="mt-6 rounded border border-stone-300 bg-white p-4">
      <summary className="cursor-pointer font-medium">Capture the page again</summary>
      <RecaptureForm action={recaptureAction.bind(null, sourceId)} url={url} />
    </details>
  );
}
