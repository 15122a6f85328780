import { Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Input } from '@shared/contract'
import { timelineKinds, type TimelineEvent } from '@shared/timeline'
import { call } from '../../api/api'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { useListedField } from '../../save/use-listed-field'
import { Choice } from '../../ui/Choice'
import { EditDialog } from '../../ui/EditDialog'
import { LabeledField } from '../../ui/LabeledField'

function useEventField<T = string>(e: TimelineEvent, field: keyof TimelineEvent, label: string) {
  return useListedField<TimelineEvent, T>({
    listKey: ['timeline', 'all'],
    alsoShownIn: ['timeline'],
    record: e,
    field,
    label,
    keys: `timeline/${e.id}/`,
    send: (edit) => call('timeline:edit', { id: e.id, edit: edit as Input<'timeline:edit'>['edit'] }),
  })
}

const kinds = timelineKinds.filter((k) => k !== 'workshop')

/** A timeline event's fields, each saved as it is typed (a last day before the first is refused and said). */
export function EditEventDialog({ event, onClose }: { event: TimelineEvent; onClose(): void }) {
  const { t } = useTranslation()
  const title = useEventField(event, 'title', t('timeline.fields.title'))
  const start = useEventField(event, 'start', t('timeline.fields.start'))
  const end = useEventField(event, 'end', t('timeline.fields.end'))
  const kind = useEventField<(typeof kinds)[number]>(event, 'kind', t('timeline.fields.kind'))
  const place = useEventField(event, 'place', t('timeline.fields.place'))
  const organiser = useEventField(event, 'organiser', t('timeline.fields.organiser'))
  const summary = useEventField(event, 'summary', t('timeline.fields.summary'))
  return (
    <EditDialog
      title={t('timeline.dialogTitle')}
      description={t('timeline.editHint')}
      onClose={onClose}
      maxWidth="560px"
    >
      <AutosaveField label={title.label} auto={title} />
      <Flex gap="3" align="start">
        <AutosaveField label={start.label} auto={start} type="date" />
        <AutosaveField label={end.label} auto={end} type="date" />
        <LabeledField label={kind.label}>
          <Choice
            label={kind.label}
            value={kind.value}
            options={kinds}
            prefix="timeline.kinds"
            onChange={kind.commit}
            variant="surface"
          />
          <SaveState prefix={kind.saveKey} />
        </LabeledField>
      </Flex>
      <AutosaveField label={place.label} auto={place} />
      <AutosaveField label={organiser.label} auto={organiser} />
      <AutosaveField label={summary.label} auto={summary} multiline />
    </EditDialog>
  )
}
