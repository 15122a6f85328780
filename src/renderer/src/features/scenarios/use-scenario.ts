import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '@shared/contract'
import type { Scenario, ScenarioFields } from '@shared/scenario'
import { call } from '../../api/api'
import { offerUndo } from '../../shell/undo/undo-offer'

type RunInput = Input<'scenarios:run'>
type RunAction = RunInput extends infer U ? (U extends unknown ? Omit<U, 'id'> : never) : never

export function useScenario(id: string, refetchMs?: number) {
  const client = useQueryClient()
  const key = ['scenario', id]
  const scenario = useQuery({ queryKey: key, queryFn: () => call('scenarios:get', { id }), refetchInterval: refetchMs })
  const put = (s: Scenario) => client.setQueryData(key, s)
  const save = useMutation({
    mutationFn: (fields: ScenarioFields) => call('scenarios:save', { id, fields }),
    onSuccess: (s) => {
      put(s)
      void client.invalidateQueries({ queryKey: ['scenarios'] })
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
  return { scenario: scenario.data, error: scenario.error, save, run, restart }
}

export type ScenarioApi = ReturnType<typeof useScenario>
