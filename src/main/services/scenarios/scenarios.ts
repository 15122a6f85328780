/**
 * Scenario exercises: three original starter scenarios (loaded once; their titles, settings,
 * themes, objectives, roles, phases and injects also in French and Arabic), authored
 * and edited by the facilitator, adapted to a context (adapt.ts), and run phase by phase with injects released on schedule or by hand.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ScenarioFields, type Scenario } from '@shared/scenario'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import type { Trashed } from '@shared/trash'
import { takeOut, throwAway } from '../trash/trash'

const Starter = z.object({
  scenarios: z.array(ScenarioFields.partial({ links: true, derivedFrom: true }).extend({ key: z.string() })),
})

export async function readStarterScenarios(resourcesDir: string) {
  return Starter.parse(JSON.parse(await readFile(join(resourcesDir, 'starter', 'scenarios.json'), 'utf8'))).scenarios
}

export async function seedScenarios(store: Store, resourcesDir: string, clock: Clock): Promise<void> {
  if (store.read().scenariosLoaded) return
  const scenarios = await readStarterScenarios(resourcesDir)
  const now = clock.now()
  await store.update((data) => {
    for (const { key, ...s } of scenarios)
      data.scenarios.push({
        links: [],
        derivedFrom: null,
        ...s,
        id: `starter-${key}`,
        createdAt: now,
        updatedAt: now,
        run: null,
      })
    data.scenariosLoaded = true
  })
}

const notFound = () => new ServiceError('not-found', userMessage('scenario-gone'))

export const listScenarios = (store: Store) =>
  [...store.read().scenarios].sort((a, b) => a.title.localeCompare(b.title))

export function getScenario(store: Store, id: string): Scenario {
  const s = store.read().scenarios.find((x) => x.id === id)
  if (!s) throw notFound()
  return s
}

export function createScenario(store: Store, clock: Clock, fields: ScenarioFields): Promise<Scenario> {
  return store.update((data) => {
    const now = clock.now()
    const created: Scenario = { ...fields, id: newId(), createdAt: now, updatedAt: now, run: null }
    data.scenarios.push(created)
    return created
  })
}

export function deleteScenario(store: Store, clock: Clock, id: string): Promise<Trashed> {
  return store.update((data) => {
    const record = takeOut(data.scenarios, id, notFound)
    return throwAway(data, clock, { kind: 'scenario', label: record.title, parentId: null, record })
  })
}
