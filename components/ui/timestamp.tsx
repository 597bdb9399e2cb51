/**
 * A moment shown the same way to everyone, whatever their time zone, so that server and
 * client render the same text: "2026-01-10 14:05 UTC".
 */
export function Timestamp({ iso }: { iso: string }) {
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`}</time>;
}
