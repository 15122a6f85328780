/**
 * What this installation keeps about the team folder, in its own data folder (never in
 * the shared one): its stable installation id (made once), the folder and what is
 * shared (`team.json`), and how far each colleague's log has been read, what was last
 * published or taken in per record, and the records waiting for their PDF to arrive
 * (`team-state.json`). Both are replaced whole by a durable write; a damaged state file
 * only means reading every log again from the start, which the merge makes harmless.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { defaultTeamConfig, INSTALLATION_ID, TeamConfig, type LogLine } from '@shared/team'
import { writeFileDurably } from '../../durable-write'
import type { DataPaths } from '../../paths'

export const teamFiles = (paths: DataPaths) => ({
  id: join(paths.root, 'installation-id'),
  config: join(paths.root, 'team.json'),
  state: join(paths.root, 'team-state.json'),
})

const readText = (path: string) => readFile(path, 'utf8').catch(() => null)

export async function installationId(paths: DataPaths): Promise<string> {
  const file = teamFiles(paths).id
  const found = (await readText(file))?.trim()
  if (found && INSTALLATION_ID.test(found)) return found
  const made = randomBytes(16).toString('hex')
  await writeFileDurably(file, made + '\n')
  return made
}

export async function readConfig(paths: DataPaths): Promise<TeamConfig> {
  const text = await readText(teamFiles(paths).config)
  if (!text) return defaultTeamConfig
  try {
    return TeamConfig.parse(JSON.parse(text))
  } catch {
    return defaultTeamConfig
  }
}

export const writeConfig = (paths: DataPaths, config: TeamConfig) =>
  writeFileDurably(teamFiles(paths).config, JSON.stringify(config, null, 2))

const LogPlace = z.object({ offset: z.number().int().nonnegative(), lineCount: z.number().int().nonnegative() })

/** Kept loosely typed on disk: lines waiting are checked again when they are used. */
const TeamStateFile = z.object({
  folder: z.string().nullable(),
  lamport: z.number().int().nonnegative(),
  /** `<kind>/<id>` → hash of the record as last published or taken in */
  seen: z.record(z.string(), z.string()),
  logs: z.record(z.string(), LogPlace),
  waiting: z.record(z.string(), z.array(z.unknown())),
})
export type TeamState = Omit<z.infer<typeof TeamStateFile>, 'waiting'> & { waiting: Record<string, LogLine[]> }

export const freshState = (folder: string | null): TeamState => ({
  folder,
  lamport: 0,
  seen: {},
  logs: {},
  waiting: {},
})

/** The state for `folder`; another folder (or none before) starts afresh. */
export async function readState(paths: DataPaths, folder: string): Promise<TeamState> {
  const text = await readText(teamFiles(paths).state)
  try {
    const state = TeamStateFile.parse(JSON.parse(text ?? ''))
    return state.folder === folder ? (state as TeamState) : { ...freshState(folder), lamport: state.lamport }
  } catch {
    return freshState(folder)
  }
}

export const writeState = (paths: DataPaths, state: TeamState) =>
  writeFileDurably(teamFiles(paths).state, JSON.stringify(state))
