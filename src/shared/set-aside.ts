/** A record set aside when db.json was read: kept whole, with where it was and why. */
export interface SetAsideEntry {
  /** when it was set aside (ISO) */
  at: string
  /** the list (or part of db.json) it came from, e.g. "workshops" or "workshops/w1/notes" */
  where: string
  key: string
  label: string
  reason: string
  value: unknown
}
