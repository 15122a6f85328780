/**
 * A participant share started through the dispatcher, on a real HTTP server on 127.0.0.2
 * (loopback: Linux routes all of 127.0.0.0/8 to lo), and a client for it. The workshop has
 * participants' names in its titles, notes and scenario.
 */
import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { emptyResourceDetails, type Resource } from '@shared/model'
import type { ParticipantView, ShareStatus } from '@shared/participant-share'
import type { Scenario } from '@shared/scenario'
import { blankBlock, type Workshop } from '@shared/workshop'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { dataPaths } from '../../paths'
import { announceChanges } from '../../data-events'
import { participants } from '../workshops/names/redaction-cases'
import { createParticipantShare, type ShareLimits } from './participant-share'

export const ADDRESS = '127.0.0.2'
export const CHOSEN = { id: 'chosen', sha: 'c'.repeat(64), bytes: Buffer.from('%PDF-1.4 chosen handout') }
export const OTHER = { id: 'other', sha: 'd'.repeat(64), bytes: Buffer.from('%PDF-1.4 not chosen') }

const resource = (id: string, title: string, sha: string): Resource => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'guide',
  title,
  ...emptyResourceDetails(),
  source: 'import',
  file: { sha256: sha, bytes: 20, pages: 4, originalName: `${id}.pdf`, outline: [], hasText: true },
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export function http(
  port: number,
  path: string,
  options: { cookie?: string; host?: string; method?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: ADDRESS,
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `${ADDRESS}:${port}`, ...(options.cookie ? { cookie: options.cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** Follows /live until a pushed view passes `until`; answers every view seen. */
export function follow(
  port: number,
  cookie: string,
  until: (v: ParticipantView) => boolean,
): Promise<ParticipantView[]> {
  return new Promise((resolve, reject) => {
    const seen: ParticipantView[] = []
    const req = request(
      { host: ADDRESS, port, path: '/live', headers: { host: `${ADDRESS}:${port}`, cookie } },
      (res) => {
        let buffer = ''
        res.on('data', (c: Buffer) => {
          buffer += c.toString('utf8')
          let end
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            if (!event.startsWith('data: ')) continue
            const view = JSON.parse(event.slice(6)) as ParticipantView
            seen.push(view)
            if (until(view)) {
              req.destroy()
              resolve(seen)
            }
          }
        })
      },
    )
    req.on('error', (e) => (seen.length ? undefined : reject(e)))
    req.end()
  })
}

export async function setup(dir: string, limits: Partial<ShareLimits> = {}) {
  const deps = memoryHandlerDeps()
  deps.clock = { now: () => new Date().toISOString() }
  announceChanges(deps.store, deps.events)
  deps.paths = dataPaths(dir)
  await mkdir(deps.paths.files, { recursive: true })
  for (const f of [CHOSEN, OTHER]) await writeFile(join(deps.paths.files, `${f.sha}.pdf`), f.bytes)
  deps.share = createParticipantShare({
    store: deps.store,
    events: deps.events,
    paths: deps.paths,
    clock: deps.clock,
    extraAddresses: [ADDRESS],
    interfaces: () => ({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
    }),
    limits,
  })
  const call = callerFor(deps)
  await deps.store.update((data) => {
    data.resources.push(resource(CHOSEN.id, 'Checkpoint handout', CHOSEN.sha))
    data.resources.push(resource(OTHER.id, 'Facilitator guide', OTHER.sha))
  })
  const scenario = await call<Scenario>('scenarios:create', {
    fields: {
      title: 'Flood at the border',
      setting: 'A river valley; Ouagadougou sends help.',
      themes: [],
      learningObjectives: [],
      roles: [
        {
          id: 'r1',
          name: 'Mayor',
          sector: 'government',
          publicBrief: 'You run the town.',
          privateBrief: 'PRIVATE-BRIEF-SECRET',
        },
      ],
      phases: [
        {
          id: 'ph1',
          title: 'First night',
          gameTime: 'Day 1, 22:00',
          minutes: 30,
          situation: 'The water rises.',
          tasks: '',
          debriefQuestions: '',
          injects: [
            {
              id: 'i1',
              atMinute: 0,
              type: 'news',
              means: 'radio',
              from: 'Radio Valley',
              to: 'all',
              content: 'The bridge is closed; Amina Diallo reports from the checkpoint.',
              facilitatorNote: 'INJECT-NOTE-SECRET',
            },
            {
              id: 'i2',
              atMinute: 5,
              type: 'call',
              means: 'phone',
              from: 'Police',
              to: 'Mayor',
              content: 'NOT-YET-RELEASED',
              facilitatorNote: '',
            },
          ],
        },
      ],
      links: [],
      derivedFrom: null,
    },
  })
  const w = await call<Workshop>('workshops:create', { title: 'Visit of Dr Amina Diallo' })
  await call('workshops:editList', {
    id: w.id,
    list: 'participants',
    ops: participants.map((item) => ({ op: 'add', item })),
  })
  const blocks = [
    {
      ...blankBlock('b1', 1),
      title: 'Panel with Col. Diallo and Mme Lefèvre',
      minutes: 30,
      facilitators: [{ name: 'FACILITATOR-NAME-SECRET', sector: 'un-ingo' }],
      links: [{ resourceId: OTHER.id, page: 2 }],
    },
    { ...blankBlock('b2', 1, 'scenario'), title: 'Flood exercise', minutes: 45, scenarioId: scenario.id },
    { ...blankBlock('b3', 1), title: 'Will Thompson closes', minutes: 15 },
  ]
  await call('workshops:editList', {
    id: w.id,
    list: 'agenda',
    ops: blocks.map((item) => ({ op: 'add', item })),
  })
  await call('workshops:run', { id: w.id, action: 'start', blockId: 'b1' })
  await call('workshops:addNote', { id: w.id, kind: 'observation', text: 'NOTE-SECRET: Saïd Benali and أمينة الخطيب' })
  await call('workshops:addNote', { id: w.id, kind: 'quote', text: 'Hélène Lefèvre said NOTE-SECRET' })
  const started = await call<ShareStatus>('share:start', {
    workshopId: w.id,
    interfaceAddress: ADDRESS,
    handoutIds: [CHOSEN.id],
  })
  const session = started.session!
  return { deps, call, w, scenario, session, port: session.port }
}

export async function joined(port: number, code: string): Promise<string> {
  const answer = await http(port, `/?code=${code}`)
  expect(answer.status).toBe(303)
  const cookie = String(answer.headers['set-cookie']).split(';')[0]!
  expect(cookie).toMatch(/^tc_share_\d+=/)
  return cookie
}
