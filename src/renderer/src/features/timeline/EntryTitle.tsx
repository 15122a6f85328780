import { Link } from '@radix-ui/themes'
import type { TimelineEntry, TimelineEvent } from '@shared/timeline'
import { hrefFor } from '../../shell/routes'

/** An entry's title that opens it: a workshop in Workshops, a kept event in its edit dialog. */
export function EntryTitle({ entry, onEdit }: { entry: TimelineEntry; onEdit: (e: TimelineEvent) => void }) {
  if (entry.workshopId)
    return (
      <Link href={hrefFor('workshops', entry.workshopId, 'details')} dir="auto">
        {entry.title}
      </Link>
    )
  return (
    <Link asChild>
      <button type="button" className="link-button" dir="auto" onClick={() => onEdit(entry)}>
        {entry.title}
      </button>
    </Link>
  )
}
