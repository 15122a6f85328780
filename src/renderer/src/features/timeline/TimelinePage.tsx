import { useState } from 'react'
import { Button, Flex, Heading, SegmentedControl, Select } from '@radix-ui/themes'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/model'
import { timelineKinds, type TimelineEntry, type TimelineEvent, type TimelineFields } from '@shared/timeline'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { useSettings } from '../../shell/use-settings'
import { saveExportedFile } from '../../api/download'
import { EventDialog, emptyEvent } from './EventDialog'
import { EditEventDialog } from './EditEventDialog'
import { TimelineList } from './TimelineList'
import { CalendarView } from './calendar/CalendarView'

const ANY = '__any__'
type View = Settings['timelineView']

export function TimelinePage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const { settings, save } = useSettings()
  const view = settings?.timelineView ?? 'list'
  const [year, setYear] = useState(ANY)
  const [kind, setKind] = useState(ANY)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<TimelineEvent | null>(null)
  const query = {
    year: year === ANY || view !== 'list' ? undefined : Number(year),
    kinds: kind === ANY ? undefined : [kind as TimelineEntry['kind']],
  }
  const all = useQuery({ queryKey: ['timeline', 'all'], queryFn: () => call('timeline:list', {}) })
  const shown = useQuery({ queryKey: ['timeline', query], queryFn: () => call('timeline:list', query) })
  const create = useMutation({
    mutationFn: (fields: TimelineFields) => call('timeline:create', fields),
    onSuccess: () => {
      setAdding(false)
      void client.invalidateQueries({ queryKey: ['timeline'] })
    },
  })
  const remove = useDelete((id: string) => call('timeline:delete', { id }), ['timeline'])
  const years = [...new Set((all.data ?? []).flatMap((e) => [e.start.slice(0, 4), e.end.slice(0, 4)]))].sort()
  const entries = shown.data ?? []
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.timeline')}
      </Heading>
      <Flex gap="2" mb="4" wrap="wrap" align="center">
        <SegmentedControl.Root value={view} onValueChange={(v) => save({ timelineView: v as View })}>
          {(['list', 'month', 'year'] as const).map((v) => (
            <SegmentedControl.Item key={v} value={v}>
              {t(`timeline.view.${v}`)}
            </SegmentedControl.Item>
          ))}
        </SegmentedControl.Root>
        {view === 'list' && (
          <Choice
            label={t('timeline.year')}
            value={year}
            onChange={setYear}
            any={t('timeline.allYears')}
            options={years.map((y) => [y, y])}
          />
        )}
        <Choice
          label={t('timeline.kind')}
          value={kind}
          onChange={setKind}
          any={t('timeline.allKinds')}
          options={timelineKinds.map((k) => [k, t(`timeline.kinds.${k}`)])}
        />
        <Button
          onClick={() => {
            create.reset()
            setAdding(true)
          }}
        >
          {t('timeline.add')}
        </Button>
        <Button variant="soft" onClick={() => void call('timeline:exportIcs', query).then(saveExportedFile)}>
          {t('timeline.exportIcs')}
        </Button>
      </Flex>
      {view === 'list' ? (
        <TimelineList entries={entries} onEdit={setEditing} onDelete={(e) => remove.mutate(e.id)} />
      ) : (
        <CalendarView
          view={view}
          entries={entries}
          onEdit={setEditing}
          onShowMonth={() => save({ timelineView: 'month' })}
        />
      )}
      {adding && (
        <EventDialog
          initial={emptyEvent()}
          error={create.error?.message ?? null}
          onClose={() => setAdding(false)}
          onSave={(fields) => create.mutate(fields)}
        />
      )}
      {editing && <EditEventDialog event={editing} onClose={() => setEditing(null)} />}
    </section>
  )
}

interface ChoiceProps {
  label: string
  value: string
  onChange: (v: string) => void
  any: string
  options: [string, string][]
}

function Choice({ label, value, onChange, any, options }: ChoiceProps) {
  return (
    <Select.Root value={value} onValueChange={onChange}>
      <Select.Trigger aria-label={label} variant="soft" />
      <Select.Content>
        <Select.Item value={ANY}>{any}</Select.Item>
        {options.map(([v, text]) => (
          <Select.Item key={v} value={v}>
            {text}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  )
}
