/**
 * Notes as run mode lists them: under their block, or — taken while no block ran, or
 * left by a block since removed — under "Notes outside a block", so every note shows
 * where it went. Each can be deleted, with Undo.
 */
import { Badge, Heading, IconButton } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { formatTime } from '@shared/when'
import { labelFor } from '@shared/trash'
import type { Workshop, WorkshopNote } from '@shared/workshop'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'

export function RunNotes({ workshopId, notes }: { workshopId: string; notes: WorkshopNote[] }) {
  const { t, i18n } = useTranslation()
  const remove = useDelete(
    (noteId: string) => call('workshops:deleteNote', { id: workshopId, noteId }),
    ['workshop', workshopId],
  )
  if (!notes.length) return null
  return (
    <ul className="run-notes">
      {notes.map((n) => (
        <li key={n.id}>
          <Badge variant="soft" size="1" highContrast>
            {t(`workshops.noteKinds.${n.kind}`)}
          </Badge>{' '}
          {formatTime(n.at, i18n.language)} <bdi>{n.text}</bdi>{' '}
          <IconButton
            size="1"
            variant="ghost"
            color="gray"
            aria-label={t('workshops.run.deleteNote', { text: labelFor(n.text) })}
            onClick={() => remove.mutate(n.id)}
          >
            ×
          </IconButton>
        </li>
      ))}
    </ul>
  )
}

export function OutsideNotes({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const blocks = new Set(w.agenda.map((b) => b.id))
  const outside = w.notes.filter((n) => !n.blockId || !blocks.has(n.blockId))
  if (!outside.length) return null
  return (
    <section aria-labelledby="notes-outside">
      <Heading as="h2" size="4" mb="2" id="notes-outside">
        {t('workshops.run.outside')}
      </Heading>
      <RunNotes workshopId={w.id} notes={outside} />
    </section>
  )
}
