/** What participants' phones show of a running starter scenario: its words in the share's language. */
import { describe, expect, it } from 'vitest'
import { participantView } from '@shared/participant-share'
import { blankBlock, blankWorkshop, type Workshop } from '@shared/workshop'
import type { Language } from '@shared/model'
import { memoryHandlerDeps } from '../../testing/handler-deps'
import { resourcesDir } from '../../testing/temp-dir'
import { seedScenarios } from '../scenarios/scenarios'

const arabic = /\p{Script=Arabic}/u
const at = '2026-12-04T10:00:00.000Z'

async function runningFlood() {
  const { store, clock } = memoryHandlerDeps()
  await seedScenarios(store, resourcesDir, clock)
  const written = store.read().scenarios.find((s) => s.id === 'starter-flood')!
  const inject = written.phases[0]!.injects[0]!
  const scenario = {
    ...written,
    run: {
      phaseIndex: 0,
      phaseStartedAt: at,
      released: [{ injectId: inject.id, at, by: 'hand' as const }],
      notes: [],
      finished: false,
    },
  }
  const block = { ...blankBlock('b1', 1, 'scenario'), scenarioId: scenario.id, actualStart: at }
  const workshop: Workshop = {
    ...blankWorkshop('Coordination course'),
    ...{ id: 'w1', createdAt: at, updatedAt: at, notes: [], runningBlockId: 'b1', agenda: [block] },
  }
  const view = (language: Language) =>
    participantView({
      workshop,
      scenarios: [scenario],
      resources: [],
      handoutIds: [],
      language,
      namesOut: (t) => t,
      now: Date.parse(at),
    })
  return { written, view }
}

describe("the running scenario on participants' screens", () => {
  it('is in Arabic on an Arabic share, as written on an English one', async () => {
    const { written, view } = await runningFlood()
    const ar = view('ar').scenario!
    for (const text of [ar.title, ar.phase, ar.situation, ar.injects[0]!.content]) expect(text).toMatch(arabic)
    const en = view('en').scenario!
    expect(en.phase).toBe(written.phases[0]!.title)
    expect(en.injects[0]!.content).toBe(written.phases[0]!.injects[0]!.content)
  })
})
