-- A member's chosen time zone (IANA name) for the times their pages show; NULL shows UTC.
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
