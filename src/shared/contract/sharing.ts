import { z } from 'zod'
import { TeamChoices, type TeamStatus, type TeamSyncResult } from '../team'
import { ShareStart, type ShareStatus } from '../participant-share'
import { returns } from './common'

export const sharingChannels = {
  /** the team folder (issue #21): where, what is shared, the last sync */
  'team:status': { input: z.undefined(), output: returns<TeamStatus>() },
  'team:configure': { input: TeamChoices, output: returns<TeamStatus>() },
  /** desktop: the folder dialog, then a first sync (null: cancelled); browser mode starts with --team DIR */
  'team:pickFolder': { input: z.undefined(), output: returns<TeamStatus | null>() },
  /** stop syncing with the team folder (nothing in it or in the library is removed) */
  'team:leave': { input: z.undefined(), output: returns<TeamStatus>() },
  'team:sync': { input: z.undefined(), output: returns<TeamSyncResult>() },
  /** Share with participants: the addresses it can listen on and the share running, if any */
  'share:status': { input: z.undefined(), output: returns<ShareStatus>() },
  /** starts the participant server on the chosen address (the same workshop and address: only the handouts change) */
  'share:start': { input: ShareStart, output: returns<ShareStatus>() },
  'share:stop': { input: z.undefined(), output: returns<ShareStatus>() },
} as const
