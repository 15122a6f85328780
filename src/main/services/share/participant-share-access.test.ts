/**
 * Who gets into a participant share and what they are given: the right code, the chosen
 * handouts and the room's view, never a participant's name, a note or any of the app's own routes.
 */
import { describe, expect, it } from 'vitest'
import { channels } from '@shared/contract'
import type { ParticipantView, ShareStatus } from '@shared/participant-share'
import type { Workshop } from '@shared/workshop'
import { withTempDir } from '../../testing/temp-dir'
import { participants } from '../workshops/names/redaction-cases'
import { ADDRESS, CHOSEN, OTHER, follow, http, joined, setup } from './participant-share-testing'

/** what only the facilitator may see */
const SECRETS = ['NOTE-SECRET', 'INJECT-NOTE-SECRET', 'PRIVATE-BRIEF-SECRET', 'FACILITATOR-NAME-SECRET', 'Ouagadougou']
/** every word of every participant's name (particles and the Arabic article aside) */
const nameWords = participants
  .flatMap((p) => p.name.split(/[\s'-]+/))
  .filter((w) => w.length > 2 && !['de'].includes(w.toLowerCase()))

function expectNothingPrivate(body: string) {
  for (const secret of [...SECRETS, 'NOT-YET-RELEASED', 'Facilitator guide']) expect(body).not.toContain(secret)
  for (const word of nameWords) expect(body, `name word "${word}"`).not.toContain(word)
}

describe('participant share: access', () => {
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
})
