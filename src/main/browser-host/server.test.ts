import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { resourcesDir, withTempDir, workerPath } from '../testing/temp-dir'
import { startCore } from '../core'
import { startBrowserHost, type BrowserHost } from './server'
import { portFromArgs } from './args'

const TOKEN = 'test-token-123'

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

function fetchRaw(host: BrowserHost, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode!, body: text, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function withHost(run: (host: BrowserHost, dataDir: string) => Promise<void>) {
  await withTempDir(async (dir) => {
    const rendererDir = join(dir, 'renderer')
    await mkdir(rendererDir)
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>TC</title>')
    await writeFile(join(dir, 'secret.txt'), 'do not serve')
    const core = await startCore({
      dataDir: join(dir, 'data'),
      resourcesDir,
      workerPath,
      host: 'browser',
      version: '9.9.9',
    })
    const host = await startBrowserHost({ core, rendererDir, token: TOKEN, port: 0 })
    try {
      await run(host, join(dir, 'data'))
    } finally {
      await host.close()
      await core.close()
    }
  })
}

describe('browser mode server', () => {
  it('binds to loopback and prints a URL with the token', async () => {
    await withHost(async (host) => {
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)
      expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
    })
  })

  it('refuses requests without the token, with a foreign Host, or a foreign Origin', async () => {
    await withHost(async (host) => {
      expect((await fetchRaw(host, '/')).status).toBe(403)
      expect((await fetchRaw(host, '/?token=wrong')).status).toBe(403)
      expect((await fetchRaw(host, '/', { Cookie: `tc_token=${TOKEN}` })).status).toBe(403)
      const foreignHost = await fetchRaw(host, `/?token=${TOKEN}`, { Host: 'attacker.example:80' })
      expect(foreignHost.status).toBe(403)
      expect(foreignHost.body).toContain('foreign Host')
      const foreignOrigin = await fetchRaw(
        host,
        '/api/app:info',
        { 'x-tc-token': TOKEN, Origin: 'http://attacker.example' },
        '',
      )
      expect(foreignOrigin.status).toBe(403)
      expect(foreignOrigin.body).toContain('foreign Origin')
    })
  })

  it('exchanges the token on first visit for a cookie named for this server, and takes it out of the address', async () => {
    await withHost(async (host) => {
      const first = await fetchRaw(host, `/?token=${TOKEN}`)
      expect(first.status).toBe(303)
      expect(first.headers.location).toBe('/')
      const cookie = String(first.headers['set-cookie'])
      expect(cookie).toBe(`tc_token_${host.port}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`)
      const page = await fetchRaw(host, '/', { Cookie: `tc_token_${host.port}=${TOKEN}` })
      expect(page.status).toBe(200)
      expect(page.body).toContain('<title>TC</title>')
      expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect((await fetchRaw(host, '/', { Cookie: `tc_token=${TOKEN}` })).status).toBe(403)
      expect((await fetchRaw(host, '/', { Cookie: `tc_token_${host.port + 1}=${TOKEN}` })).status).toBe(403)
    })
  })

  it('tells a page whose server restarted what happened, in words the facilitator can act on', async () => {
    await withHost(async (host) => {
      const stale = await fetchRaw(host, '/api/app:info', { Cookie: `tc_token_${host.port}=an-old-token` }, '')
      expect(stale.status).toBe(403)
      expect(JSON.parse(stale.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', said: { id: 'session-ended' } },
      })
      const page = await fetchRaw(host, '/')
      expect(page.body).toMatch(/not connected to Training Companion/)
      expect(page.body).not.toMatch(/access token/)
    })
  })

  it('answers a malformed percent-encoding in an API path with a clear refusal, not a 500', async () => {
    await withHost(async (host) => {
      const auth = { 'x-tc-token': TOKEN }
      const answer = await fetchRaw(host, '/api/library%E0%A4%A:list', auth, '')
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    })
  })

  it('answers API calls through the validating dispatcher', async () => {
    await withHost(async (host, dataDir) => {
      const auth = { 'x-tc-token': TOKEN, Origin: `http://127.0.0.1:${host.port}` }
      const info = JSON.parse((await fetchRaw(host, '/api/app:info', auth, '')).body)
      expect(info).toMatchObject({ ok: true, value: { host: 'browser', version: '9.9.9', dataDir } })
      const list = JSON.parse((await fetchRaw(host, '/api/library:list', auth, '')).body)
      expect(list.value.length).toBeGreaterThan(10)
      const bad = JSON.parse((await fetchRaw(host, '/api/settings:set', auth, '{"theme":"neon"}')).body)
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      const notJson = JSON.parse((await fetchRaw(host, '/api/settings:set', auth, '{oops')).body)
      expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      const unknown = JSON.parse((await fetchRaw(host, '/api/shell:exec', auth, '')).body)
      expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    })
  })

  it('never serves a file outside the renderer or a library file by a name that is not a hash', async () => {
    await withHost(async (host) => {
      const auth = { 'x-tc-token': TOKEN }
      expect((await fetchRaw(host, '/../secret.txt', auth)).status).toBe(404)
      expect((await fetchRaw(host, '/%2e%2e/secret.txt', auth)).status).toBe(404)
      expect((await fetchRaw(host, '/files/..%2fdb.json', auth)).status).toBe(404)
    })
  })

  it('reads the port flag strictly', () => {
    expect(portFromArgs(['--port', '8123'])).toBe(8123)
    expect(portFromArgs(['--port=0'])).toBe(0)
    expect(portFromArgs([])).toBe(0)
    expect(() => portFromArgs(['--port', 'http'])).toThrow(/--port needs a number/)
  })
})
