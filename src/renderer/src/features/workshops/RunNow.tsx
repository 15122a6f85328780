/**
 * Run mode's top row: the running block (its countdown, which a pause stops, its
 * readings and scenario, and the buttons that pause, extend and stop it), the day's
 * clock, and what comes next; the participant screen opens from here.
 */
import { Badge, Button, Card, Flex, Heading, Link, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { AgendaDay, PlannedBlock } from '@shared/agenda'
import { dayClock, isPaused, secondsLeft } from '@shared/run-clock'
import { formatClock, formatDuration, wallMinutes } from '@shared/when'
import type { Workshop } from '@shared/workshop'
import { mmss } from '../../ui/clock'
import { hrefFor } from '../../shell/routes'
import type { WorkshopApi } from './use-workshop'
import { MaterialLinks } from './BlockMaterials'
import { MethodLink } from '../methods/MethodLink'

interface Props {
  w: Workshop
  api: WorkshopApi
  now: number
}

function Drift({ running }: { running: PlannedBlock }) {
  const { t } = useTranslation()
  const drift = Math.round(wallMinutes(running.actualStart!) - running.plannedStart)
  return (
    <Badge color={drift > 5 ? 'amber' : 'gray'} variant="soft">
      {drift > 0
        ? t('workshops.run.behind', { duration: formatDuration(drift) })
        : drift < 0
          ? t('workshops.run.ahead', { duration: formatDuration(-drift) })
          : t('workshops.run.onTime')}
    </Badge>
  )
}

function Countdown({ running, api, now }: Omit<Props, 'w'> & { running: PlannedBlock }) {
  const { t } = useTranslation()
  const left = secondsLeft(running, now)
  const paused = isPaused(running)
  const act = (action: 'pause' | 'resume' | 'stop') => api.run.mutate({ action, blockId: running.id })
  return (
    <Flex gap="3" align="center" mt="2" wrap="wrap">
      <Text
        size="8"
        weight="bold"
        color={left < 0 ? 'red' : undefined}
        role="timer"
        aria-label={t('workshops.run.timeLeft')}
      >
        {mmss(left)}
      </Text>
      <Badge color={paused ? 'amber' : left < 0 ? 'red' : 'green'}>
        {paused ? t('workshops.run.paused') : left < 0 ? t('workshops.run.over') : t('workshops.run.left')}
      </Badge>
      <Drift running={running} />
      <Button variant={paused ? 'solid' : 'soft'} onClick={() => act(paused ? 'resume' : 'pause')}>
        {paused ? t('workshops.run.resume') : t('workshops.run.pause')}
      </Button>
      <Button variant="soft" onClick={() => api.run.mutate({ action: 'extend', blockId: running.id, minutes: 5 })}>
        {t('workshops.run.extend')}
      </Button>
      <Button color="red" variant="soft" onClick={() => act('stop')}>
        {t('workshops.run.stop')}
      </Button>
    </Flex>
  )
}

/** The day's programme still to run and how far over its plan it is; both stand still in a pause. */
function DayClockLine({ w, day, now }: { w: Workshop; day: AgendaDay; now: number }) {
  const { t } = useTranslation()
  const clock = dayClock(day.blocks, w.runningBlockId, now)
  const over = Math.round(clock.overSeconds / 60)
  const paused = Math.round(clock.pausedSeconds / 60)
  return (
    <Text as="p" size="2" color="gray" mt="2" data-testid="day-clock">
      {t('workshops.run.dayLeft', { day: day.day, left: formatDuration(Math.ceil(clock.secondsLeft / 60)) })}
      {' · '}
      {over > 0
        ? t('workshops.run.dayOver', { duration: formatDuration(over) })
        : over < 0
          ? t('workshops.run.dayUnder', { duration: formatDuration(-over) })
          : t('workshops.run.dayOnPlan')}
      {paused > 0 && ` · ${t('workshops.run.dayPaused', { duration: formatDuration(paused) })}`}
    </Text>
  )
}

export function NowCard({ w, api, now, running, day }: Props & { running?: PlannedBlock; day?: AgendaDay }) {
  const { t } = useTranslation()
  return (
    <Card style={{ flex: 2, minWidth: 320 }} aria-live="polite">
      <Flex justify="between" align="center" gap="2" wrap="wrap">
        <Text size="2" color="gray">
          {t('workshops.run.now')}
        </Text>
        <Link href={hrefFor('screen', w.id)} target="_blank" rel="noopener" size="2">
          {t('workshops.run.openScreen')}
        </Link>
      </Flex>
      <Heading as="h2" size="6" dir="auto">
        {running ? running.title || t(`workshops.kinds.${running.kind}`) : t('workshops.run.nothingRunning')}
      </Heading>
      {running && running.links.length > 0 && <MaterialLinks links={running.links} />}
      {running?.methodId && <MethodLink id={running.methodId} />}
      {running?.scenarioId && (
        <Link href={hrefFor('scenarios', running.scenarioId, 'run')}>{t('workshops.run.openScenario')}</Link>
      )}
      {running && <Countdown running={running} api={api} now={now} />}
      {day && <DayClockLine w={w} day={day} now={now} />}
    </Card>
  )
}

export function NextCard({ next, api }: { next?: PlannedBlock; api: WorkshopApi }) {
  const { t, i18n } = useTranslation()
  return (
    <Card style={{ flex: 1, minWidth: 240 }}>
      <Text size="2" color="gray">
        {t('workshops.run.next')}
      </Text>
      <Heading as="h3" size="4">
        {next ? (
          <>
            {formatClock(next.plannedStart, i18n.language)} <bdi>{next.title}</bdi>
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
  )
}
