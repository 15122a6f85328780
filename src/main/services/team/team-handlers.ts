/** The team folder's channels: its status, the folder (the desktop's dialog only), what is shared, a sync now. */
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
    'team:configure': (choices) => team().configure(choices),
    'team:pickFolder': async () => {
      if (!deps.pickFolder) throw new ServiceError('forbidden', userMessage('team-no-dialog'))
      const folder = await deps.pickFolder('team')
      return folder ? team().setFolder(folder) : null
    },
    'team:leave': () => team().setFolder(null),
    'team:sync': () => team().syncNow(),
  }
}
