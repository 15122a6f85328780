/**
 * Running a scenario: the phase clock, injects released on schedule (when their
 * minute comes) or by hand, a log of releases, quick notes per phase. Facilitator
 * notes show only here; the presenter view shows what participants may see. Phases and
 * injects in the interface language where the scenario has them (`scenarioIn`).
 */
import { useEffect, useState } from 'react'
import { mmss, useNow } from '../../ui/clock'
import { ErrorText } from '../../ui/ErrorText'
import { Badge, Button, Card, Flex, Heading, Link, Text, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { formatTime } from '@shared/when'
import { injectRoute, scenarioIn, type Scenario } from '@shared/scenario'
import { hrefFor } from '../../shell/routes'
import type { ScenarioApi } from './use-scenario'

export function elapsedSeconds(s: Scenario, now: number): number {
  return s.run?.phaseStartedAt ? (now - Date.parse(s.run.phaseStartedAt)) / 1000 : 0
}

export function ScenarioRunTab({ s: written, api }: { s: Scenario; api: ScenarioApi }) {
  const { t, i18n } = useTranslation()
  // phases' and injects' words in the interface language where the scenario has them (same ids)
  const s = scenarioIn(written, i18n.language)
  const now = useNow()
  const [note, setNote] = useState('')
  const run = s.run
  const phase = run ? s.phases[run.phaseIndex] : undefined
  const elapsed = elapsedSeconds(s, now)
  const due =
    phase && run && !run.finished
      ? phase.injects.filter((i) => i.atMinute * 60 <= elapsed && !run.released.some((r) => r.injectId === i.id))
      : []
  const dueKey = due.map((i) => i.id).join(',')
  useEffect(() => {
    for (const i of due) api.run.mutate({ action: 'release', injectId: i.id, by: 'schedule' })
    // release each due inject once
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dueKey])
  if (!run)
    return (
      <Flex direction="column" gap="3" align="start">
        <Text>{t('scenarios.run.notStarted', { count: s.phases.length })}</Text>
        <Button onClick={() => api.run.mutate({ action: 'start' })}>{t('scenarios.run.start')}</Button>
      </Flex>
    )
  const released = (id: string) => run.released.find((r) => r.injectId === id)
  return (
    <Flex direction="column" gap="3">
      <Flex gap="3" align="center" wrap="wrap">
        <Heading as="h2" size="5">
          {run.finished
            ? t('scenarios.run.finished')
            : t('scenarios.run.phaseOf', { n: run.phaseIndex + 1, count: s.phases.length, title: phase!.title })}
        </Heading>
        {!run.finished && (
          <Text
            size="6"
            weight="bold"
            role="timer"
            aria-label={t('scenarios.run.timeLeft')}
            color={phase!.minutes * 60 - elapsed < 0 ? 'red' : undefined}
          >
            {mmss(phase!.minutes * 60 - elapsed)}
          </Text>
        )}
        {!run.finished && (
          <Button onClick={() => api.run.mutate({ action: 'next-phase' })}>
            {run.phaseIndex + 1 < s.phases.length ? t('scenarios.run.nextPhase') : t('scenarios.run.finish')}
          </Button>
        )}
        <Link href={hrefFor('present', s.id)} target="_blank" rel="noopener">
          {t('scenarios.run.presenter')}
        </Link>
        <Button variant="ghost" color="gray" onClick={() => api.restart.mutate()}>
          {t('scenarios.run.restart')}
        </Button>
      </Flex>
      {phase && !run.finished && (
        <>
          <Text as="p">
            <strong>{phase.gameTime}</strong> {phase.situation}
          </Text>
          {phase.tasks && (
            <Text as="p" size="2" color="gray">
              {t('scenarios.run.tasks')}: {phase.tasks}
            </Text>
          )}
          <Heading as="h3" size="3">
            {t('scenarios.edit.injects')}
          </Heading>
          <ul className="inject-list" aria-label={t('scenarios.edit.injects')}>
            {phase.injects.map((i) => {
              const r = released(i.id)
              return (
                <Card asChild key={i.id}>
                  <li data-released={r ? 'true' : undefined}>
                    <Flex gap="2" align="center" wrap="wrap">
                      <Badge>{t('scenarios.run.atMinute', { minute: i.atMinute })}</Badge>
                      <Text weight="bold">{injectRoute(i)}</Text>
                      {r ? (
                        <Badge color="green">
                          {t(r.by === 'hand' ? 'scenarios.run.releasedByHand' : 'scenarios.run.releasedOnSchedule', {
                            time: formatTime(r.at, i18n.language),
                          })}
                        </Badge>
                      ) : (
                        <Button
                          size="1"
                          onClick={() => api.run.mutate({ action: 'release', injectId: i.id, by: 'hand' })}
                        >
                          {t('scenarios.run.releaseNow')}
                        </Button>
                      )}
                    </Flex>
                    <Text as="p" size="2">
                      {i.content}
                    </Text>
                    <Text as="p" size="1" color="gray">
                      {t('scenarios.run.facilitatorOnly')}: {i.facilitatorNote}
                    </Text>
                  </li>
                </Card>
              )
            })}
          </ul>
          <Flex gap="2">
            <TextField.Root
              aria-label={t('scenarios.run.note')}
              placeholder={t('scenarios.run.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && note.trim())
                  api.run.mutate({ action: 'note', text: note.trim() }, { onSuccess: () => setNote('') })
              }}
              style={{ flex: 1 }}
            />
          </Flex>
        </>
      )}
      <ErrorText error={api.run.error ?? api.restart.error} />
      <Heading as="h3" size="3">
        {t('scenarios.run.log')}
      </Heading>
      <ul className="run-notes" aria-label={t('scenarios.run.log')}>
        {run.notes.map((n) => (
          <li key={n.id}>
            {formatTime(n.at, i18n.language)} · <bdi>{s.phases.find((p) => p.id === n.phaseId)?.title}</bdi>:{' '}
            <bdi>{n.text}</bdi>
          </li>
        ))}
      </ul>
      {run.finished && (
        <Text>
          {t('scenarios.run.summary', {
            released: t('scenarios.run.released', {
              released: run.released.length,
              count: s.phases.flatMap((p) => p.injects).length,
            }),
            notes: t('scenarios.run.notesCount', { count: run.notes.length }),
          })}
        </Text>
      )}
    </Flex>
  )
}
