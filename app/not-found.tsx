import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">
        There is nothing published at this address. <Link href="/">Go to the home page</Link>.
      </p>
    </>
  );
}
