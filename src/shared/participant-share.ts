/**
 * Share with participants (issue #21 item 1): what the facilitator's screens see of a share
 * (status, the network addresses it can listen on) and what participants' phones are sent.
 *
 * The view is built from the room screen's (names already out of titles) plus the released
 * injects of the running block's scenario and the handouts chosen — nothing else of the
 * workshop. Its time left is computed here, when it is sent, with run-clock.ts: the page
 * counts down from it with its own clock, so a phone whose clock is wrong still shows the
 * right time, and a pause holds it still.
 */
import { z } from 'zod'
import type { Language, Resource } from './model'
import { dayTitle } from './agenda'
import { roomScreen, type ScreenBlock } from './room-screen'
import { isPaused, secondsLeft } from './run-clock'
import { injectRoute, scenarioIn, type Scenario } from './scenario'
import { formatClock } from './when'
import type { Workshop } from './workshop'
import { printWords } from './print-words'
import { kindName, pageWords, participantWords, type PageWords } from './participant-words'

export const ShareStart = z
  .object({
    workshopId: z.string().min(1).max(200),
    interfaceAddress: z.ipv4(),
    handoutIds: z.array(z.string().min(1).max(200)).max(50),
  })
  .strict()
export type ShareStart = z.infer<typeof ShareStart>

export interface ShareInterface {
  /** the interface's name as the system calls it ("wlan0", "lo") */
  name: string
  address: string
  /** loopback: only this machine can open it */
  internal: boolean
}

export interface ShareSession {
  workshopId: string
  workshopTitle: string
  address: string
  port: number
  /** the address participants open, with the code */
  url: string
  /** the address without the code, for those who type the code themselves */
  baseUrl: string
  code: string
  /** the join URL as a QR code (an SVG document) */
  qrSvg: string
  handoutIds: string[]
  startedAt: string
}

export interface ShareStatus {
  interfaces: ShareInterface[]
  session: ShareSession | null
}

export interface ViewInject {
  id: string
  type: string
  route: string
  content: string
}

export interface ParticipantView {
  language: Language
  dir: 'ltr' | 'rtl'
  words: PageWords
  title: string
  day: string
  current: { title: string; secondsLeft: number; paused: boolean } | null
  next: { title: string; at: string } | null
  ended: boolean
  scenario: { title: string; phase: string; gameTime: string; situation: string; injects: ViewInject[] } | null
  handouts: { id: string; title: string; detail: string }[]
}

export interface ViewSources {
  workshop: Workshop
  scenarios: Scenario[]
  resources: Resource[]
  handoutIds: string[]
  language: Language
  /** participants' names out of a text (the workshop's redaction) */
  namesOut: (text: string) => string
  now: number
}

function scenarioPart(written: Scenario | undefined, namesOut: (t: string) => string, language: Language) {
  const run = written?.run
  if (!written || !run || run.finished) return null
  // the title, phase and injects in the share's language where the scenario has them
  const s = scenarioIn(written, language)
  const phase = s.phases[run.phaseIndex]
  const released = new Set(run.released.map((r) => r.injectId))
  const injects = s.phases
    .slice(0, run.phaseIndex + 1)
    .flatMap((p) => p.injects)
    .filter((i) => released.has(i.id))
    .reverse()
    .map((i) => ({
      id: i.id,
      type: participantWords[language].injectType[i.type],
      route: namesOut(injectRoute(i)),
      content: namesOut(i.content),
    }))
  return {
    title: namesOut(s.title),
    phase: namesOut(phase?.title ?? ''),
    gameTime: namesOut(phase?.gameTime ?? ''),
    situation: namesOut(phase?.situation ?? ''),
    injects,
  }
}

export function participantView(src: ViewSources): ParticipantView {
  const { workshop: w, language, namesOut } = src
  const words = participantWords[language]
  const screen = roomScreen(w, namesOut)
  const title = (b: ScreenBlock) => b.title || kindName(language, b.kind)
  const shown = screen.current ?? screen.next
  const running = w.agenda.find((b) => b.id === w.runningBlockId)
  const chosen = new Set(src.handoutIds)
  return {
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    words: pageWords(words),
    title: screen.title,
    day: shown ? dayTitle(printWords[language].day(shown.day), shown.date, language) : '',
    current: screen.current && {
      title: title(screen.current),
      secondsLeft: Math.round(secondsLeft(screen.current, src.now)),
      paused: isPaused(screen.current),
    },
    next: screen.next && { title: title(screen.next), at: formatClock(screen.next.plannedStart, language) },
    ended: screen.ended,
    scenario: scenarioPart(
      src.scenarios.find((s) => s.id === running?.scenarioId),
      namesOut,
      language,
    ),
    handouts: src.resources
      .filter((r) => chosen.has(r.id) && r.file)
      .map((r) => ({ id: r.id, title: namesOut(r.title), detail: words.pages(r.file!.pages) })),
  }
}
