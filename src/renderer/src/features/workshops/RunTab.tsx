/**
 * Run mode: the running and next block, a countdown against the plan, start /
 * stop / extend, and quick notes tied to the running block. Each note is written
 * to disk by the main side before the box clears.
 */
import { useState } from 'react'
import { useNow } from '../../ui/clock'
import { ErrorText } from '../../ui/ErrorText'
import { Badge, Button, Flex, Heading, Select, Text, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { actualMinutes, planAgenda } from '@shared/agenda'
import { formatClock, formatDuration } from '@shared/when'
import { noteKinds, type Workshop, type WorkshopNote } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { NextCard, NowCard } from './RunNow'
import { OutsideNotes, RunNotes } from './RunNotes'
import { isolate } from '../../i18n/isolate'
import { SharePanel } from '../share/SharePanel'

function NoteBox({ api, blockId }: { api: WorkshopApi; blockId: string | null }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<WorkshopNote['kind']>('observation')
  const [text, setText] = useState('')
  const submit = () => {
    if (!text.trim()) return
    api.addNote.mutate({ kind, text: text.trim(), blockId }, { onSuccess: () => setText('') })
  }
  return (
    <Flex gap="2" align="center" wrap="wrap">
      <Select.Root value={kind} onValueChange={(k) => setKind(k as WorkshopNote['kind'])}>
        <Select.Trigger aria-label={t('workshops.run.noteKind')} variant="soft" />
        <Select.Content>
          {noteKinds.map((k) => (
            <Select.Item key={k} value={k}>
              {t(`workshops.noteKinds.${k}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <TextField.Root
        aria-label={t('workshops.run.note')}
        placeholder={t('workshops.run.notePlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        style={{ minWidth: 360, flex: 1 }}
      />
      <Button onClick={submit} disabled={api.addNote.isPending}>
        {t('workshops.run.addNote')}
      </Button>
      <ErrorText error={api.addNote.error} />
    </Flex>
  )
}

export function RunTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t, i18n } = useTranslation()
  const clock = (minutes: number) => formatClock(minutes, i18n.language)
  const now = useNow()
  const days = planAgenda(w)
  const blocks = days.flatMap((d) => d.blocks)
  const running = blocks.find((b) => b.id === w.runningBlockId)
  const next = running ? blocks[blocks.indexOf(running) + 1] : blocks.find((b) => !b.actualStart)
  const day = days.find((d) => d.day === (running ?? next)?.day)
  return (
    <Flex direction="column" gap="4">
      <Flex gap="3" wrap="wrap">
        <NowCard w={w} api={api} now={now} running={running} day={day} />
        <NextCard next={next} api={api} />
      </Flex>
      <ErrorText error={api.run.error} />
      <NoteBox api={api} blockId={w.runningBlockId} />
      <OutsideNotes w={w} />
      <SharePanel w={w} />
      <section aria-label={t('workshops.run.blocks')}>
        <Heading as="h2" size="4" mb="2">
          {t('workshops.run.blocks')}
        </Heading>
        <ol className="run-list">
          {blocks.map((b) => {
            const actual = actualMinutes(b, now)
            const notes = w.notes.filter((n) => n.blockId === b.id)
            return (
              <li key={b.id} data-running={b.id === w.runningBlockId || undefined}>
                <Flex gap="3" align="center" wrap="wrap">
                  <Text weight="bold">{t('workshops.agenda.day', { day: b.day })}</Text>
                  <Text>{clock(b.plannedStart)}</Text>
                  <Text style={{ minWidth: 200 }} dir="auto">
                    {b.title || t(`workshops.kinds.${b.kind}`)}
                  </Text>
                  <Text size="2" color="gray">
                    {t('workshops.run.plannedActual', {
                      planned: formatDuration(b.minutes),
                      actual: actual === null ? '—' : formatDuration(actual),
                    })}
                  </Text>
                  {actual !== null && actual > b.minutes && (
                    <Badge color="red">
                      {t('workshops.run.overran', { duration: formatDuration(actual - b.minutes) })}
                    </Badge>
                  )}
                  {b.id !== w.runningBlockId && (
                    <Button size="1" variant="soft" onClick={() => api.run.mutate({ action: 'start', blockId: b.id })}>
                      {t('workshops.run.start', { title: isolate(b.title) })}
                    </Button>
                  )}
                </Flex>
                <RunNotes workshopId={w.id} notes={notes} />
              </li>
            )
          })}
        </ol>
      </section>
    </Flex>
  )
}
