/**
 * Test helpers for the team folder: cores on their own data folders, changes made
 * through the channels as the renderer makes them, and what "both libraries are
 * equal" means — every shared record (starter records nobody edited aside: each
 * installation seeds its own) and every shared PDF's bytes.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { blankMethod } from '@shared/method'
import type { TeamChoices, TeamSyncResult } from '@shared/team'
import { defaultTeamShare } from '@shared/team'
import { startCore, type Core } from '../../core'
import { resourcesDir, workerPath } from '../../testing/temp-dir'
import { makeTextPdf } from '../../testing/pdf-fixtures'
import { canonical } from '../bundle/merge-plan'
import { sharedRecords } from './publish'

export const openCore = (dataDir: string) =>
  startCore({ dataDir, resourcesDir, workerPath, host: 'browser', version: 'test' })

export async function ask<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const answer = await core.dispatch(channel, input)
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
  return answer.value as T
}

/** The folder as the desktop's dialog would give it; what is shared through the channel. */
export async function joinTeam(core: Core, folder: string, share = defaultTeamShare) {
  await ask(core, 'team:configure', { share, everyMinutes: 60 } satisfies TeamChoices)
  await core.team.setFolder(folder)
}

export const syncNow = (core: Core) => ask<TeamSyncResult>(core, 'team:sync')

/** A PDF imported, a glossary term and a method created: what a facilitator adds in a day. */
export async function addThings(core: Core, dir: string, label: string) {
  const pdf = await makeTextPdf(dir, `${label}.pdf`, [`${label} handbook page one`, `${label} page two`])
  await ask(core, 'library:import', { sources: [{ pickedId: core.picked.remember(pdf).id }] })
  const term = await ask<{ id: string }>(core, 'glossary:create', {
    fields: {
      term: `${label} term`,
      definition: `Said by ${label}.`,
      aliases: [],
      related: [],
      sourceId: null,
      translations: {},
    },
  })
  await ask(core, 'methods:create', { fields: blankMethod(`${label} carousel`) })
  return { termId: term.id }
}

const pristine = (r: { id: string; createdAt?: string; updatedAt?: string }) =>
  r.id.startsWith('starter-') && r.createdAt === r.updatedAt

/** The shared library as text, sorted, comparable between installations. */
export function sharedView(core: Core): string {
  const records = sharedRecords(core.store.read(), defaultTeamShare)
  const view = Object.fromEntries(
    Object.entries(records).map(([kind, list]) => [
      kind,
      (list as { id: string }[])
        .filter((r) => !pristine(r))
        .map((r) => canonical(r))
        .sort(),
    ]),
  )
  return JSON.stringify(view, null, 1)
}

export async function sharedPdfs(core: Core): Promise<string[]> {
  const shas = core.store
    .read()
    .resources.flatMap((r) => (r.file && !r.id.startsWith('starter-') ? [r.file.sha256] : []))
  const out: string[] = []
  for (const sha of shas.sort()) out.push(`${sha}:${(await readFile(join(core.paths.files, `${sha}.pdf`))).length}`)
  return out
}
