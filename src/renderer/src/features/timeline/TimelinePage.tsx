import { useState } from 'react'
import { Badge, Button, Card, Flex, Heading, Link, Select, Text } from '@radix-ui/themes'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { timelineKinds, type TimelineEntry, type TimelineEvent, type TimelineFields } from '@shared/timeline'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { hrefFor } from '../../shell/routes'
import { saveExportedFile } from '../../api/download'
import { EventDialog, emptyEvent } from './EventDialog'
import { EditEventDialog } from './EditEventDialog'

import { formatDay, formatMonth } from '@shared/when'
import { isolate } from '../../i18n/isolate'

const ANY = '__any__'

function dates(e: TimelineEntry, language: string): string {
  if (e.precision === 'year') return e.start.slice(0, 4)
  if (e.precision === 'month') return formatMonth(e.start.slice(0, 7), language)
  const [start, end] = [formatDay(e.start, language), formatDay(e.end, language)]
  return e.start === e.end ? start : `${start} – ${end}`
}

export function TimelinePage() {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const [year, setYear] = useState(ANY)
  const [kind, setKind] = useState(ANY)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<TimelineEvent | null>(null)
  const query = {
    year: year === ANY ? undefined : Number(year),
    kinds: kind === ANY ? undefined : [kind as TimelineEntry['kind']],
  }
  const all = useQuery({ queryKey: ['timeline', 'all'], queryFn: () => call('timeline:list', {}) })
  const shown = useQuery({ queryKey: ['timeline', year, kind], queryFn: () => call('timeline:list', query) })
  const refresh = () => client.invalidateQueries({ queryKey: ['timeline'] })
  const create = useMutation({
    mutationFn: (fields: TimelineFields) => call('timeline:create', fields),
    onSuccess: () => {
      setAdding(false)
      void refresh()
    },
  })
  const remove = useDelete((id: string) => call('timeline:delete', { id }), ['timeline'])
  const years = [...new Set((all.data ?? []).flatMap((e) => [e.start.slice(0, 4), e.end.slice(0, 4)]))].sort()
  const exportIcs = async () => {
    const file = await call('timeline:exportIcs', query)
    saveExportedFile(file)
  }
  const byYear = new Map<string, TimelineEntry[]>()
  for (const e of shown.data ?? []) byYear.set(e.start.slice(0, 4), [...(byYear.get(e.start.slice(0, 4)) ?? []), e])
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.timeline')}
      </Heading>
      <Flex gap="2" mb="4" wrap="wrap" align="center">
        <Select.Root value={year} onValueChange={setYear}>
          <Select.Trigger aria-label={t('timeline.year')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('timeline.allYears')}</Select.Item>
            {years.map((y) => (
              <Select.Item key={y} value={y}>
                {y}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Select.Root value={kind} onValueChange={setKind}>
          <Select.Trigger aria-label={t('timeline.kind')} variant="soft" />
          <Select.Content>
            <Select.Item value={ANY}>{t('timeline.allKinds')}</Select.Item>
            {timelineKinds.map((k) => (
              <Select.Item key={k} value={k}>
                {t(`timeline.kinds.${k}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
        <Button
          onClick={() => {
            create.reset()
            setAdding(true)
          }}
        >
          {t('timeline.add')}
        </Button>
        <Button variant="soft" onClick={() => void exportIcs()}>
          {t('timeline.exportIcs')}
        </Button>
      </Flex>
      {[...byYear].map(([y, events]) => (
        <section key={y} aria-label={y}>
          <Heading as="h2" size="5" mt="4" mb="2">
            {y}
          </Heading>
          <Flex direction="column" gap="2" asChild>
            <ol className="timeline-list">
              {events.map((e) => (
                <Card asChild key={e.id}>
                  <li>
                    <Flex justify="between" gap="3">
                      <div>
                        <Flex gap="2" align="center" wrap="wrap">
                          <Text size="2" color="gray">
                            {dates(e, i18n.language)}
                          </Text>
                          <Badge variant="soft">{t(`timeline.kinds.${e.kind}`)}</Badge>
                        </Flex>
                        <Text as="div" weight="bold" dir="auto">
                          {e.workshopId ? (
                            <Link href={hrefFor('workshops', e.workshopId, 'details')} dir="auto">
                              {e.title}
                            </Link>
                          ) : (
                            e.title
                          )}
                        </Text>
                        <Text as="div" size="2" color="gray">
                          {[e.place, e.organiser].filter(Boolean).map(isolate).join(' · ')}
                        </Text>
                      </div>
                      {!e.workshopId && (
                        <Flex gap="1" align="start">
                          <Button
                            size="1"
                            variant="ghost"
                            aria-label={t('timeline.edit', { title: e.title })}
                            onClick={() => setEditing(e)}
                          >
                            {t('timeline.editShort')}
                          </Button>
                          <DeleteButton
                            label={t('timeline.delete', { title: e.title })}
                            onDelete={() => remove.mutate(e.id)}
                          />
                        </Flex>
                      )}
                    </Flex>
                  </li>
                </Card>
              ))}
            </ol>
          </Flex>
        </section>
      ))}
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
