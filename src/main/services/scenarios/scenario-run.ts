/**
 * Running a scenario: phase by phase, each with its clock; injects are released
 * on schedule (the run view asks when their minute comes) or by hand, and every
 * release and note is logged with its time.
 */
import type { Scenario, ScenarioRun } from '@shared/scenario'
import type { Trashed } from '@shared/trash'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { throwAway } from '../trash/trash'

export type ScenarioAction =
  | { action: 'start' }
  | { action: 'next-phase' }
  | { action: 'release'; injectId: string; by: 'schedule' | 'hand' }
  | { action: 'note'; text: string }
  | { action: 'finish' }

function freshRun(s: Scenario, now: string): ScenarioRun {
  if (!s.phases.length) throw new ServiceError('invalid-input', userMessage('scenario-no-phases'))
  return { phaseIndex: 0, phaseStartedAt: now, released: [], notes: [], finished: false }
}

/** Phase 1 again, with no releases or notes; the run it replaces goes to the trash whole. */
export function restartRun(
  store: Store,
  clock: Clock,
  id: string,
): Promise<{ scenario: Scenario; trashed: Trashed | null }> {
  return store.update((data) => {
    const s = data.scenarios.find((x) => x.id === id)
    if (!s) throw new ServiceError('not-found', userMessage('scenario-gone'))
    const previous = s.run
    s.run = freshRun(s, clock.now())
    s.updatedAt = s.run.phaseStartedAt!
    const trashed =
      previous && throwAway(data, clock, { kind: 'run', label: s.title, parentId: s.id, record: previous })
    return { scenario: s, trashed }
  })
}

export function runScenario(store: Store, clock: Clock, id: string, act: ScenarioAction): Promise<Scenario> {
  return store.update((data) => {
    const s = data.scenarios.find((x) => x.id === id)
    if (!s) throw new ServiceError('not-found', userMessage('scenario-gone'))
    const now = clock.now()
    if (act.action === 'start') {
      s.run ??= freshRun(s, now)
      return s
    }
    const run = s.run
    if (!run) throw new ServiceError('conflict', userMessage('scenario-not-started'))
    // the scenario may have been saved with fewer phases while it ran: carry on from its last one
    if (!s.phases.length) throw new ServiceError('invalid-input', userMessage('scenario-no-phases'))
    run.phaseIndex = Math.min(run.phaseIndex, s.phases.length - 1)
    const phase = s.phases[run.phaseIndex]!
    if (act.action === 'next-phase') {
      if (run.phaseIndex + 1 >= s.phases.length) run.finished = true
      else {
        run.phaseIndex += 1
        run.phaseStartedAt = now
      }
    } else if (act.action === 'release') {
      if (!phase.injects.some((i) => i.id === act.injectId))
        throw new ServiceError('invalid-input', userMessage('inject-wrong-phase'))
      if (!run.released.some((r) => r.injectId === act.injectId))
        run.released.push({ injectId: act.injectId, at: now, by: act.by })
    } else if (act.action === 'note') {
      run.notes.push({ id: newId(), phaseId: phase.id, at: now, text: act.text })
    } else if (act.action === 'finish') {
      run.finished = true
    }
    s.updatedAt = now
    return s
  })
}
