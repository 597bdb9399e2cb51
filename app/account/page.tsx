import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { DEFAULT_TIME_ZONE, currentZoneName, timeZoneNames } from "@/lib/dates/format";
import { SettingsForm } from "@/components/account/settings-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { Timestamp } from "@/components/ui/timestamp";
import { updateAccountSettingsAction } from "@/lib/account/actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

/**
 * A member's own account, the header's "Account": who they are, the time zone their pages
 * show times in, their API tokens and signing out everywhere.
 */
export default async function AccountPage() {
  const user = await requireUser("/account");
  const timeZone = user.timeZone ?? DEFAULT_TIME_ZONE;
  return (
    <>
      <h1 className="text-2xl font-bold">Your account</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-700">Name</dt>
        <dd>{user.name}</dd>
        <dt className="text-stone-700">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="text-stone-700">Role</dt>
        <dd>{user.role.toLowerCase()}</dd>
        <dt className="text-stone-700">Time now</dt>
        <dd data-testid="time-now">
          <Timestamp iso={new Date().toISOString()} />
        </dd>
      </dl>
      <section aria-labelledby="settings" className="mt-8">
        <h2 id="settings" className="mb-3 text-xl font-semibold">
          Settings
        </h2>
        <SettingsForm
          action={updateAccountSettingsAction}
          timeZone={timeZone && currentZoneName(timeZone)}
          zones={timeZoneNames()}
        />
      </section>
      <p className="mt-8">
        <Link href="/account/tokens">Your API tokens</Link>
      </p>
      <section aria-labelledby="sessions" className="mt-8">
        <h2 id="sessions" className="mb-3 text-xl font-semibold">
          Sessions
        </h2>
        <SignOutEverywhere />
      </section>
    </>
  );
}
