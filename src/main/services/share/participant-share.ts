/**
 * Share with participants: one share at a time, of one workshop, on the one address the
 * facilitator chose. Starting it opens a small HTTP server of its own (share-server.ts) on a
 * port of its own; the app's server and its API are not behind it. Every acknowledged
 * change to workshops, scenarios, the library or the settings pushes a fresh view to the
 * phones following `/live` (and a heartbeat every 15 s keeps their clocks in step). It
 * stops when the facilitator stops it, when its workshop is deleted, or when the app closes.
 * Both hosts get it from core.ts; nothing here knows Electron.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename } from 'node:path'
import QRCode from 'qrcode'
import type { ShareSession, ShareStart, ShareStatus } from '@shared/participant-share'
import { participantView } from '@shared/participant-share'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Events } from '../../events'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { libraryFilePath } from '../../served-path'
import { getWorkshop } from '../workshops/workshops'
import { nameFinder, applyReplacements } from '../workshops/names/redact'
import { newAccessCode, newSessionSecret } from './access-code'
import { shareInterfaces, type InterfaceSource } from './interfaces'
import { RateLimiter, type BucketLimits } from './rate-limit'
import { shareRequestHandler, type ShareState } from './share-server'

export interface ShareLimits {
  requests: BucketLimits
  codeTries: BucketLimits
  maxLivePerClient: number
  heartbeatMs: number
}

export const defaultShareLimits: ShareLimits = {
  requests: { capacity: 60, perSecond: 5 },
  codeTries: { capacity: 8, perSecond: 0.2 },
  maxLivePerClient: 6,
  heartbeatMs: 15_000,
}

export interface ShareDeps {
  store: Store
  events: Events
  paths: DataPaths
  clock: Clock
  /** loopback addresses offered beside the machine's own (TC_SHARE_EXTRA_ADDRESSES, for tests) */
  extraAddresses?: string[]
  interfaces?: InterfaceSource
  limits?: Partial<ShareLimits>
  /** 0: a free port */
  port?: number
}

export interface ParticipantShare {
  status(): ShareStatus
  start(input: ShareStart): Promise<ShareStatus>
  stop(): Promise<ShareStatus>
  close(): Promise<void>
}

interface Running {
  session: ShareSession
  server: Server
  followers: Set<(json: string) => void>
  unsubscribe: () => void
  heartbeat: ReturnType<typeof setInterval>
}

const watched = new Set(['workshops', 'scenarios', 'resources', 'settings'])

export function createParticipantShare(deps: ShareDeps): ParticipantShare {
  const limits = { ...defaultShareLimits, ...deps.limits }
  let running: Running | null = null
  const interfaces = () => shareInterfaces(deps.extraAddresses, deps.interfaces)

  const viewJson = (session: ShareSession): string => {
    const data = deps.store.read()
    const workshop = getWorkshop(deps.store, session.workshopId)
    const find = nameFinder(workshop.participants)
    const view = participantView({
      workshop,
      scenarios: data.scenarios,
      resources: data.resources,
      handoutIds: session.handoutIds,
      language: data.settings.language,
      namesOut: (text) => applyReplacements(text, find(text)),
      now: Date.parse(deps.clock.now()),
    })
    return JSON.stringify(view)
  }

  const handoutFile = (session: ShareSession, id: string) => {
    if (!session.handoutIds.includes(id)) return null
    const r = deps.store.read().resources.find((x) => x.id === id)
    const path = r?.file ? libraryFilePath(deps.paths.files, r.file.sha256) : null
    return r?.file && path ? { path, fileName: r.file.originalName || `${basename(r.title)}.pdf` } : null
  }

  const push = () => {
    if (!running) return
    if (!deps.store.read().workshops.some((w) => w.id === running!.session.workshopId)) return void stop()
    const json = viewJson(running.session)
    for (const send of running.followers) send(json)
  }

  function checkHandouts(ids: string[]) {
    const resources = deps.store.read().resources
    for (const id of ids)
      if (!resources.some((r) => r.id === id && r.file))
        throw new ServiceError('invalid-input', userMessage('share-handout-unknown', { id }))
  }

  async function listen(address: string): Promise<Server> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new ServiceError('invalid-input', userMessage('share-not-started', { address, reason: error.message }))),
      )
      server.listen(deps.port ?? 0, address, resolve)
    })
    return server
  }

  async function begin(input: ShareStart): Promise<ShareStatus> {
    const server = await listen(input.interfaceAddress)
    const port = (server.address() as AddressInfo).port
    const code = newAccessCode()
    const baseUrl = `http://${input.interfaceAddress}:${port}/`
    const url = `${baseUrl}?code=${code}`
    const workshop = getWorkshop(deps.store, input.workshopId)
    const session: ShareSession = {
      workshopId: input.workshopId,
      workshopTitle: workshop.title,
      address: input.interfaceAddress,
      port,
      url,
      baseUrl,
      code,
      qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      handoutIds: [...new Set(input.handoutIds)],
      startedAt: deps.clock.now(),
    }
    const followers = new Set<(json: string) => void>()
    const state: ShareState = {
      host: input.interfaceAddress,
      port,
      code,
      secret: newSessionSecret(),
      language: () => deps.store.read().settings.language,
      viewJson: () => viewJson(session),
      handoutFile: (id) => handoutFile(session, id),
      follow: (send) => (followers.add(send), () => followers.delete(send)),
      requests: new RateLimiter(limits.requests),
      codeTries: new RateLimiter(limits.codeTries),
      liveByClient: new Map(),
      maxLivePerClient: limits.maxLivePerClient,
    }
    const handle = shareRequestHandler(state)
    server.on('request', (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end()
        else res.destroy()
      })
    })
    const unsubscribe = deps.events.subscribe((event) => {
      if (event.type === 'data:changed' && watched.has(event.payload.kind)) push()
    })
    running = { session, server, followers, unsubscribe, heartbeat: setInterval(push, limits.heartbeatMs) }
    return status()
  }

  function status(): ShareStatus {
    return { interfaces: interfaces(), session: running ? { ...running.session } : null }
  }

  async function stop(): Promise<ShareStatus> {
    const was = running
    running = null
    if (was) {
      clearInterval(was.heartbeat)
      was.unsubscribe()
      await new Promise<void>((resolve) => {
        was.server.close(() => resolve())
        was.server.closeAllConnections()
      })
    }
    return status()
  }

  async function start(input: ShareStart): Promise<ShareStatus> {
    getWorkshop(deps.store, input.workshopId)
    if (!interfaces().some((i) => i.address === input.interfaceAddress))
      throw new ServiceError('invalid-input', userMessage('share-address-unknown', { address: input.interfaceAddress }))
    checkHandouts(input.handoutIds)
    const same = running?.session
    if (same && same.workshopId === input.workshopId && same.address === input.interfaceAddress) {
      same.handoutIds = [...new Set(input.handoutIds)]
      push()
      return status()
    }
    await stop()
    return begin(input)
  }

  return { status, start, stop, close: async () => void (await stop()) }
}
