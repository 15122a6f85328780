/**
 * Run mode: the running and next block, a countdown against the plan, start /
 * stop / extend, and quick notes tied to the running block. Each note is written
 * to disk by the main side before the box clears.
 */
import { MethodLink } from '../methods/MethodLink'
import { useState } from 'react'
import { mmss, useNow } from '../../ui/clock'
import { ErrorText } from '../../ui/ErrorText'
import { Badge, Button, Card, Flex, Heading, Link, Select, Text, TextField } from '@radix-ui/themes'
import { hrefFor } from '../../shell/routes'
import { useTranslation } from 'react-i18next'
import { actualMinutes, planAgenda } from '@shared/agenda'
import { formatClock, formatDuration, wallMinutes } from '@shared/when'
import { noteKinds, type Workshop, type WorkshopNote } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { MaterialLinks } from './BlockMaterials'
import { OutsideNotes, RunNotes } from './RunNotes'
import { isolate } from '../../i18n/isolate'

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
  const blocks = planAgenda(w).flatMap((d) => d.blocks)
  const running = blocks.find((b) => b.id === w.runningBlockId)
  const next = running ? blocks[blocks.indexOf(running) + 1] : blocks.find((b) => !b.actualStart)
  const drift = running ? Math.round(wallMinutes(running.actualStart!) - running.plannedStart) : 0
  const left = running
    ? (running.minutes + running.extendedBy) * 60 - (now - Date.parse(running.actualStart!)) / 1000
    : 0
  return (
    <Flex direction="column" gap="4">
      <Flex gap="3" wrap="wrap">
        <Card style={{ flex: 2, minWidth: 320 }} aria-live="polite">
          <Text size="2" color="gray">
            {t('workshops.run.now')}
          </Text>
          <Heading as="h2" size="6">
            {running ? running.title || t(`workshops.kinds.${running.kind}`) : t('workshops.run.nothingRunning')}
          </Heading>
          {running && running.links.length > 0 && <MaterialLinks links={running.links} />}
          {running?.methodId && <MethodLink id={running.methodId} />}
          {running?.scenarioId && (
            <Link href={hrefFor('scenarios', running.scenarioId, 'run')}>{t('workshops.run.openScenario')}</Link>
          )}
          {running && (
            <Flex gap="3" align="center" mt="2">
              <Text
                size="8"
                weight="bold"
                color={left < 0 ? 'red' : undefined}
                role="timer"
                aria-label={t('workshops.run.timeLeft')}
              >
                {mmss(left)}
              </Text>
              <Badge color={left < 0 ? 'red' : 'green'}>
                {left < 0 ? t('workshops.run.over') : t('workshops.run.left')}
              </Badge>
              <Badge color={drift > 5 ? 'amber' : 'gray'} variant="soft">
                {drift > 0
                  ? t('workshops.run.behind', { duration: formatDuration(drift) })
                  : drift < 0
                    ? t('workshops.run.ahead', { duration: formatDuration(-drift) })
                    : t('workshops.run.onTime')}
              </Badge>
              <Button
                variant="soft"
                onClick={() => api.run.mutate({ action: 'extend', blockId: running.id, minutes: 5 })}
              >
                {t('workshops.run.extend')}
              </Button>
              <Button
                color="red"
                variant="soft"
                onClick={() => api.run.mutate({ action: 'stop', blockId: running.id })}
              >
                {t('workshops.run.stop')}
              </Button>
            </Flex>
          )}
        </Card>
        <Card style={{ flex: 1, minWidth: 240 }}>
          <Text size="2" color="gray">
            {t('workshops.run.next')}
          </Text>
          <Heading as="h3" size="4">
            {next ? (
              <>
                {clock(next.plannedStart)} <bdi>{next.title}</bdi>
              </>
            ) : (
              '—'
            )}
          </Heading>
          {next && (
            <Button mt="2" onClick={() => api.run.mutate({ action: 'start', blockId: next.id })}>
              {t('workshops.run.startNext')}
            </Button>
          )}
        </Card>
      </Flex>
      <ErrorText error={api.run.error} />
      <NoteBox api={api} blockId={w.runningBlockId} />
      <OutsideNotes w={w} />
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
