"use client";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">
        The page could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Please try
        again.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded border border-stone-500 px-3 py-1"
      >
        Try again
      </button>
    </div>
  );
}
