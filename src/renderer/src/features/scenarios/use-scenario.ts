/**
 * A scenario as the renderer holds it and the calls that change it; each answer's
 * record goes into the cache unless a newer one is already there.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Scenario } from '@shared/scenario'
import type { ScenarioList, ScenarioListEdit } from '@shared/scenario-edits'
import { call } from '../../api/api'
import { offerUndo } from '../../shell/undo/undo-offer'

type RunInput = Input<'scenarios:run'>
type RunAction = RunInput extends infer U ? (U extends unknown ? Omit<U, 'id'> : never) : never
type ListChange = ScenarioListEdit extends infer U ? (U extends unknown ? Omit<U, 'id'> : never) : never

type ItemOp = { op: 'step'; by: -1 | 1 } | { op: 'remove' }

export const scenarioKey = (id: string) => ['scenario', id]

export function putScenario(client: QueryClient, s: Scenario): void {
  const held = client.getQueryData<Scenario>(scenarioKey(s.id))
  if (!held || held.updatedAt <= s.updatedAt) client.setQueryData(scenarioKey(s.id), s)
}

export function useScenario(id: string, refetchMs?: number) {
  const client = useQueryClient()
  const scenario = useQuery({
    queryKey: scenarioKey(id),
    queryFn: () => call('scenarios:get', { id }),
    refetchInterval: refetchMs,
    structuralSharing: (held: unknown, fetched: unknown) =>
      held && (held as Scenario).updatedAt > (fetched as Scenario).updatedAt ? held : fetched,
  })
  const put = (s: Scenario) => putScenario(client, s)
  const editList = useMutation({
    mutationFn: (change: ListChange) => call('scenarios:editList', { id, ...change } as ScenarioListEdit),
    onSuccess: (outcome) => {
      put(outcome.record)
      offerUndo(outcome.trashed?.at(-1))
    },
  })
  const run = useMutation({
    mutationFn: (a: RunAction) => call('scenarios:run', { id, ...a } as RunInput),
    onSuccess: put,
  })
  const restart = useMutation({
    mutationFn: () => call('scenarios:restart', { id }),
    onSuccess: ({ scenario, trashed }) => {
      put(scenario)
      offerUndo(trashed)
    },
  })
  /** moves or removes one role, phase or inject */
  const onItem = (list: ScenarioList, itemId: string, op: ItemOp, phaseId?: string) =>
    editList.mutate({ list, ...(phaseId ? { phaseId } : {}), ops: [{ itemId, ...op }] } as ListChange)
  return { scenario: scenario.data, error: scenario.error, editList, onItem, run, restart }
}

export type ScenarioApi = ReturnType<typeof useScenario>
