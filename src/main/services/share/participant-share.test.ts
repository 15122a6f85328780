/**
 * Share with participants (issue #21 item 1) through the dispatcher and a real HTTP server
 * on 127.0.0.2 (loopback: Linux routes all of 127.0.0.0/8 to lo). The workshop has
 * participants' names in its titles, notes and scenario; no response may carry them.
 */
import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { channels } from '@shared/contract'
import { emptyResourceDetails, type Resource } from '@shared/model'
import type { ParticipantView, ShareStatus } from '@shared/participant-share'
import type { Scenario } from '@shared/scenario'
import { blankBlock, type Workshop } from '@shared/workshop'
import { callerFor, memoryHandlerDeps } from '../../testing/handler-deps'
import { withTempDir } from '../../testing/temp-dir'
import { dataPaths } from '../../paths'
import { announceChanges } from '../../data-events'
import { participants } from '../workshops/names/redaction-cases'
import { createParticipantShare, type ShareLimits } from './participant-share'
import { extraAddresses, shareInterfaces } from './interfaces'
import { CODE_ALPHABET, newAccessCode } from './access-code'

const ADDRESS = '127.0.0.2'
const CHOSEN = { id: 'chosen', sha: 'c'.repeat(64), bytes: Buffer.from('%PDF-1.4 chosen handout') }
const OTHER = { id: 'other', sha: 'd'.repeat(64), bytes: Buffer.from('%PDF-1.4 not chosen') }
/** what only the facilitator may see */
const SECRETS = ['NOTE-SECRET', 'INJECT-NOTE-SECRET', 'PRIVATE-BRIEF-SECRET', 'FACILITATOR-NAME-SECRET', 'Ouagadougou']
/** every word of every participant's name (particles and the Arabic article aside) */
const nameWords = participants
  .flatMap((p) => p.name.split(/[\s'-]+/))
  .filter((w) => w.length > 2 && !['de'].includes(w.toLowerCase()))

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

function http(
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
function follow(port: number, cookie: string, until: (v: ParticipantView) => boolean): Promise<ParticipantView[]> {
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

async function setup(dir: string, limits: Partial<ShareLimits> = {}) {
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

async function joined(port: number, code: string): Promise<string> {
  const answer = await http(port, `/?code=${code}`)
  expect(answer.status).toBe(303)
  const cookie = String(answer.headers['set-cookie']).split(';')[0]!
  expect(cookie).toMatch(/^tc_share_\d+=/)
  return cookie
}

function expectNothingPrivate(body: string) {
  for (const secret of [...SECRETS, 'NOT-YET-RELEASED', 'Facilitator guide']) expect(body).not.toContain(secret)
  for (const word of nameWords) expect(body, `name word "${word}"`).not.toContain(word)
}

describe('participant share', () => {
  it('offers the machine’s IPv4 addresses, reachable ones first, and only loopback extras', () => {
    const list = shareInterfaces(extraAddresses('127.0.0.2, 10.0.0.5, 0.0.0.0, 127.0.0.300'), () => ({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null }],
      wlan0: [
        { address: '192.168.4.7', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null },
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
      ],
    }))
    expect(list.map((i) => i.address)).toEqual(['192.168.4.7', '127.0.0.1', '127.0.0.2'])
  })

  it('makes codes from the unambiguous alphabet', () => {
    const codes = Array.from({ length: 200 }, () => newAccessCode())
    for (const code of codes) expect([...code].every((c) => CODE_ALPHABET.includes(c)) && code.length === 6).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it('refuses an address that is not one of the machine’s, and any that is not an IPv4 address', async () => {
    await withTempDir(async (dir) => {
      const { call, w } = await setup(dir)
      for (const address of ['0.0.0.0', '10.1.2.3', '127.0.0.9'])
        await expect(
          call('share:start', { workshopId: w.id, interfaceAddress: address, handoutIds: [] }),
        ).rejects.toThrow(/not one of them/)
      await expect(call('share:start', { workshopId: w.id, interfaceAddress: 'lo', handoutIds: [] })).rejects.toThrow()
      await expect(
        call('share:start', { workshopId: w.id, interfaceAddress: ADDRESS, handoutIds: ['nope'] }),
      ).rejects.toThrow(/not a PDF in the library/)
      await call('share:stop')
    })
  })

  it('answers a wrong code 403, the right one with a cookie, and serves the view with no name and no note', async () => {
    await withTempDir(async (dir) => {
      const { call, session, port } = await setup(dir)
      expect(session.url).toBe(`http://${ADDRESS}:${port}/?code=${session.code}`)
      expect(session.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      const wrong = await http(port, `/?code=${session.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`)
      expect(wrong.status).toBe(403)
      expect(wrong.headers['set-cookie']).toBeUndefined()
      expect(wrong.body).toContain('That code is not right')
      const bare = await http(port, '/')
      expect(bare.status).toBe(403)
      expect(bare.body).toContain('name="code"')
      expect((await http(port, '/now.json')).status).toBe(403)

      const cookie = await joined(port, session.code.toLowerCase())
      const page = await http(port, '/', { cookie })
      expect(page.status).toBe(200)
      expect(page.headers['content-security-policy']).toContain("default-src 'self'")
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(page.headers['x-content-type-options']).toBe('nosniff')
      expect(page.headers['x-frame-options']).toBe('DENY')
      const view = JSON.parse((await http(port, '/now.json', { cookie })).body) as ParticipantView
      expect(view.current?.title).toBe('Panel with [participant] and [participant]')
      expect(view.next?.title).toBe('Flood exercise')
      expect(view.current!.secondsLeft).toBeGreaterThan(29 * 60)
      expect(view.handouts).toEqual([{ id: CHOSEN.id, title: 'Checkpoint handout', detail: '4 pages' }])

      await call('workshops:run', { id: session.workshopId, action: 'start', blockId: 'b2' })
      const scenarioId = (await call<Workshop>('workshops:get', { id: session.workshopId })).agenda[1]!.scenarioId!
      await call('scenarios:run', { id: scenarioId, action: 'start' })
      await call('scenarios:run', { id: scenarioId, action: 'release', injectId: 'i1', by: 'hand' })
      const running = JSON.parse((await http(port, '/now.json', { cookie })).body) as ParticipantView
      expect(running.scenario?.injects.map((i) => i.content)).toEqual([
        'The bridge is closed; [participant] reports from the checkpoint.',
      ])
      expect(running.scenario?.phase).toBe('First night')

      const bodies = [
        page.body,
        JSON.stringify(view),
        JSON.stringify(running),
        wrong.body,
        bare.body,
        (await http(port, '/page.js')).body,
        (await http(port, '/?token=anything', { cookie })).body,
      ]
      const [live] = await follow(port, cookie, () => true)
      bodies.push(JSON.stringify(live))
      for (const body of bodies) expectNothingPrivate(body)
      await call('share:stop')
    })
  })

  it('refuses every route of the app’s own server, with or without the cookie', async () => {
    await withTempDir(async (dir) => {
      const { call, session, port } = await setup(dir, { requests: { capacity: 10_000, perSecond: 1000 } })
      const cookie = await joined(port, session.code)
      const paths = [
        ...channels.map((c) => `/api/${encodeURIComponent(c)}`),
        `/files/${CHOSEN.sha}`,
        `/files/${OTHER.sha}.pdf`,
        '/upload',
        '/upload?for=backup',
        '/backup',
        '/events',
        `/bundle/${'e'.repeat(32)}`,
        '/index.html',
        '/assets/index.js',
        '/pdfjs/pdf.worker.mjs',
        `/handouts/${OTHER.id}`,
        `/handouts/..%2Ffiles%2F${OTHER.sha}`,
        '/handouts/',
        '/handouts/chosen/../other',
      ]
      expect(paths.length).toBeGreaterThan(90)
      for (const path of paths)
        for (const method of ['GET', 'POST'])
          for (const withCookie of [true, false]) {
            const answer = await http(port, path, { method, cookie: withCookie ? cookie : undefined })
            expect([403, 404], `${method} ${path}`).toContain(answer.status)
            expect(answer.body).not.toContain('%PDF')
          }
      const handout = await http(port, `/handouts/${CHOSEN.id}`, { cookie })
      expect(handout.status).toBe(200)
      expect(handout.body).toBe(CHOSEN.bytes.toString('utf8'))
      expect(handout.headers['content-disposition']).toContain('attachment')
      expect((await http(port, `/handouts/${CHOSEN.id}`)).status).toBe(403)

      const foreign = await http(port, '/', { cookie, host: 'evil.example:80' })
      expect(foreign.status).toBe(403)

      // the same workshop and address again: only the handouts change, the code and cookie still work
      const again = await call<ShareStatus>('share:start', {
        workshopId: session.workshopId,
        interfaceAddress: ADDRESS,
        handoutIds: [],
      })
      expect(again.session?.code).toBe(session.code)
      expect((await http(port, `/handouts/${CHOSEN.id}`, { cookie })).status).toBe(404)
      await call('share:stop')
    })
  })

  it('answers 429 past a client’s requests and code tries', async () => {
    await withTempDir(async (dir) => {
      const { call, session, port } = await setup(dir, {
        requests: { capacity: 12, perSecond: 0.01 },
        codeTries: { capacity: 3, perSecond: 0.01 },
      })
      const tries = []
      for (let i = 0; i < 4; i++) tries.push((await http(port, '/?code=WRONG9')).status)
      expect(tries).toEqual([403, 403, 403, 429])
      expect((await http(port, `/?code=${session.code}`)).status).toBe(429)
      const statuses = []
      for (let i = 0; i < 10; i++) statuses.push((await http(port, '/page.css')).status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(7)
      const refused = await http(port, '/page.css')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      await call('share:stop')
    })
  })

  it('pushes the change to /live when the facilitator starts the next block, and stops listening when stopped', async () => {
    await withTempDir(async (dir) => {
      const { call, session, port, w } = await setup(dir)
      const cookie = await joined(port, session.code)
      const seen = follow(port, cookie, (v) => v.current?.title === 'Flood exercise')
      await new Promise((r) => setTimeout(r, 50))
      await call('workshops:run', { id: w.id, action: 'start', blockId: 'b2' })
      const views = await seen
      expect(views[0]!.current?.title).toContain('Panel')
      expect(views.at(-1)!.next?.title).toBe('[participant] closes')

      const paused = follow(port, cookie, (v) => v.current?.paused === true)
      await new Promise((r) => setTimeout(r, 50))
      await call('workshops:run', { id: w.id, action: 'pause', blockId: 'b2' })
      expect((await paused).at(-1)!.current?.paused).toBe(true)

      const stopped = await call<ShareStatus>('share:stop')
      expect(stopped.session).toBeNull()
      await expect(http(port, '/')).rejects.toThrow(/ECONNREFUSED/)
    })
  })

  it('stops when its workshop is deleted', async () => {
    await withTempDir(async (dir) => {
      const { call, w, port } = await setup(dir)
      await call('workshops:delete', { id: w.id })
      expect((await call<ShareStatus>('share:status')).session).toBeNull()
      await expect(http(port, '/')).rejects.toThrow(/ECONNREFUSED/)
    })
  })
})
