/** The team folder's channels: its status, where it is and what is shared, a sync now. */
import { isAbsolute } from 'node:path'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Handlers } from '../../dispatch'
import type { HandlerDeps } from '../../handlers'

type TeamChannel = Extract<keyof Handlers, `team:${string}`>

export function teamHandlers(deps: HandlerDeps): Pick<Handlers, TeamChannel> {
  const team = () => {
    if (!deps.team) throw new ServiceError('forbidden', userMessage('team-not-here'))
    return deps.team
  }
  return {
    'team:status': () => team().status(),
    'team:configure': (config) => {
      if (config.folder !== null && !isAbsolute(config.folder))
        throw new ServiceError('invalid-input', userMessage('team-folder-not-absolute'))
      return team().configure(config)
    },
    'team:pickFolder': async () => {
      if (!deps.pickFolder) throw new ServiceError('forbidden', userMessage('no-folder-dialog'))
      return (await deps.pickFolder('team')) ?? null
    },
    'team:sync': () => team().syncNow(),
  }
}
