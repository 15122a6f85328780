/**
 * The one date and time formatter: local time (never the UTC of an ISO string), in
 * the facilitator's language, 24-hour where that language writes it so.
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}
