/**
 * The participant screen (a second window in the desktop app, a second tab in browser
 * mode, opened from run mode): large enough for the back of the room, it shows the
 * block running, its time left (standing still in a pause) and what comes next. It
 * reads `workshops:screen`, which carries no notes, no facilitators and no names.
 */
import type { CSSProperties } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { dayTitle } from '@shared/agenda'
import { isPaused, secondsLeft } from '@shared/run-clock'
import type { RoomScreen, ScreenBlock } from '@shared/room-screen'
import { formatClock } from '@shared/when'
import { call } from '../../api/api'
import { mmss, useNow } from '../../ui/clock'
import { RecordTitle, usePageTitle } from '../../shell/page-title'
import { ScreenTextSize, useScreenTextSize } from './ScreenTextSize'

const titleOf = (b: ScreenBlock, kind: (k: string) => string) => b.title || kind(b.kind)

function Current({ block, now }: { block: ScreenBlock; now: number }) {
  const { t } = useTranslation()
  const left = secondsLeft(block, now)
  const paused = isPaused(block)
  return (
    <section className="room-screen-now" aria-labelledby="room-now">
      <p className="room-screen-label">{t('workshops.screen.now')}</p>
      <h2 id="room-now" className="room-screen-title" dir="auto">
        {titleOf(block, (k) => t(`workshops.kinds.${k}`))}
      </h2>
      <p className="room-screen-time" data-state={paused ? 'paused' : left < 0 ? 'over' : 'running'}>
        <span role="timer" aria-label={t('workshops.screen.timeLeft')} className="room-screen-timer">
          {mmss(Math.max(0, left))}
        </span>{' '}
        <span className="room-screen-state">
          {paused
            ? t('workshops.screen.paused')
            : left < 0
              ? t('workshops.screen.overTime')
              : t('workshops.screen.left')}
        </span>
      </p>
    </section>
  )
}

function Next({ block }: { block: ScreenBlock }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="room-screen-next" aria-labelledby="room-next">
      <h2 id="room-next" className="room-screen-label">
        {t('workshops.screen.next')}
      </h2>
      <p className="room-screen-next-title">
        <span className="room-screen-clock">{formatClock(block.plannedStart, i18n.language)}</span>{' '}
        <bdi>{titleOf(block, (k) => t(`workshops.kinds.${k}`))}</bdi>
      </p>
    </section>
  )
}

function Waiting({ screen }: { screen: RoomScreen }) {
  const { t } = useTranslation()
  return (
    <p className="room-screen-title">{screen.ended ? t('workshops.screen.ended') : t('workshops.screen.waiting')}</p>
  )
}

export function ParticipantScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const screen = useQuery({
    queryKey: ['workshop-screen', id],
    queryFn: () => call('workshops:screen', { id }),
    refetchInterval: 5000,
  })
  const now = useNow()
  const text = useScreenTextSize()
  usePageTitle('screen')
  const s = screen.data
  const shown = s?.current ?? s?.next
  return (
    <main
      className="room-screen"
      aria-label={t('workshops.screen.label')}
      style={{ '--screen-scale': text.size / 100 } as CSSProperties}
    >
      <RecordTitle title={s?.title ?? ''} />
      <header className="room-screen-head">
        <h1 className="room-screen-workshop">
          <bdi>{s?.title ?? ''}</bdi>
          {shown && (
            <span className="room-screen-day">
              {dayTitle(t('workshops.agenda.day', { day: shown.day }), shown.date, i18n.language)}
            </span>
          )}
        </h1>
        <ScreenTextSize {...text} />
      </header>
      {s && (s.current ? <Current block={s.current} now={now} /> : <Waiting screen={s} />)}
      {s?.next && <Next block={s.next} />}
    </main>
  )
}
