import { describe, expect, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
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
    await writeFile(
      join(rendererDir, 'index.html'),
      '<!doctype html><html lang="en"><head><title>TC</title></head><body><div id="root"></div></body></html>',
    )
    await mkdir(join(rendererDir, 'assets'))
    await writeFile(join(rendererDir, 'assets', 'index-Ab1_cD-9.js'), 'export const hashed = 1')
    await writeFile(join(rendererDir, 'assets', 'plain.js'), 'export const plain = 1')
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
      expect(cookie).toBe(`tc_token_${host.port}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`)
      const page = await fetchRaw(host, '/', { Cookie: `tc_token_${host.port}=${TOKEN}` })
      expect(page.status).toBe(200)
      expect(page.body).toContain('<title>TC</title>')
      expect(page.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect((await fetchRaw(host, '/', { Cookie: `tc_token=${TOKEN}` })).status).toBe(403)
      expect((await fetchRaw(host, '/', { Cookie: `tc_token_${host.port + 1}=${TOKEN}` })).status).toBe(403)
    })
  })

  it('tells a page whose server restarted, or a browser never given the key, what happened, in words the facilitator can act on', async () => {
    await withHost(async (host) => {
      const stale = await fetchRaw(host, '/api/app:info', { Cookie: `tc_token_${host.port}=an-old-token` }, '')
      expect(stale.status).toBe(403)
      expect(JSON.parse(stale.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', said: { id: 'session-ended' } },
      })
      const stalePage = await fetchRaw(host, '/', { Cookie: `tc_token_${host.port}=an-old-token` })
      expect(stalePage.body).toMatch(/not connected to Training Companion: it was restarted or closed/)
      const page = await fetchRaw(host, '/')
      expect(page.body).toMatch(/not connected to Training Companion yet: this browser has not been given its key/)
      expect(page.body).not.toMatch(/restarted|access token/)
      expect((await fetchRaw(host, '/?token=')).body).toMatch(/has not been given its key/)
      // a token of the right length in other characters is refused, not an error
      expect((await fetchRaw(host, '/', { Cookie: `tc_token_${host.port}=${'é'.repeat(TOKEN.length)}` })).status).toBe(
        403,
      )
      const unkeyed = await fetchRaw(host, '/api/app:info', {}, '')
      expect(JSON.parse(unkeyed.body)).toMatchObject({ error: { said: { id: 'session-key-missing' } } })
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

  it('lets the browser keep hashed assets for good and revalidate the page, with the guard and headers intact', async () => {
    await withHost(async (host) => {
      const auth = { Cookie: `tc_token_${host.port}=${TOKEN}` }
      const asset = await fetchRaw(host, '/assets/index-Ab1_cD-9.js', auth)
      expect(asset.status).toBe(200)
      expect(asset.body).toBe('export const hashed = 1')
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const tag = asset.headers.etag as string
      expect(tag).toMatch(/^(W\/)?"[^"]+"$/)
      const again = await fetchRaw(host, '/assets/index-Ab1_cD-9.js', { ...auth, 'If-None-Match': tag })
      expect(again.status).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(tag)
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(again.headers['content-security-policy']).toContain("script-src 'self'")
      expect(again.headers['x-content-type-options']).toBe('nosniff')
      const other = await fetchRaw(host, '/assets/index-Ab1_cD-9.js', { ...auth, 'If-None-Match': '"something-else"' })
      expect(other.status).toBe(200)
      // an asset without a content hash in its name may change under the same name
      expect((await fetchRaw(host, '/assets/plain.js', auth)).headers['cache-control']).toBe('no-cache')
      // the cache changes nothing for a request without the cookie
      expect((await fetchRaw(host, '/assets/index-Ab1_cD-9.js', { 'If-None-Match': tag })).status).toBe(403)
    })
  })

  it('serves the page itself no-cache with a validator that changes when the page does', async () => {
    await withHost(async (host) => {
      const auth = { Cookie: `tc_token_${host.port}=${TOKEN}` }
      const page = await fetchRaw(host, '/', auth)
      expect(page.headers['cache-control']).toBe('no-cache')
      const tag = page.headers.etag as string
      expect(tag).toBeTruthy()
      const same = await fetchRaw(host, '/index.html', { ...auth, 'If-None-Match': `"x", ${tag}` })
      expect(same.status).toBe(304)
      expect(same.headers['referrer-policy']).toBe('no-referrer')
      expect(same.headers['cross-origin-opener-policy']).toBe('same-origin')
      const stale = await fetchRaw(host, '/', { ...auth, 'If-None-Match': 'W/"0-0"' })
      expect(stale.status).toBe(200)
      expect(stale.body).toContain('<title>TC</title>')
    })
  })

  it("serves the page in the facilitator's language, gzipped when asked, with a validator that follows the settings", async () => {
    await withHost(async (host) => {
      const auth = { Cookie: `tc_token_${host.port}=${TOKEN}` }
      const packed = await new Promise<{ body: Buffer; headers: Record<string, unknown> }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: host.port, path: '/', headers: { ...auth, 'Accept-Encoding': 'gzip' } },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers }))
          },
        )
        req.on('error', reject)
        req.end()
      })
      const plain = await fetchRaw(host, '/', auth)
      expect(packed.headers['content-encoding']).toBe('gzip')
      expect(packed.headers.vary).toBe('Accept-Encoding')
      expect(gunzipSync(packed.body).toString('utf8')).toBe(plain.body)
      expect(packed.headers.etag).not.toBe(plain.headers.etag)
      expect(plain.body).toContain('<html lang="en" dir="ltr">')
      expect((await fetchRaw(host, '/', { ...auth, 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBe(
        undefined,
      )

      const api = { 'x-tc-token': TOKEN, Origin: `http://127.0.0.1:${host.port}`, 'Content-Type': 'application/json' }
      const set = JSON.parse((await fetchRaw(host, '/api/settings:set', api, JSON.stringify({ language: 'fr' }))).body)
      expect(set.ok).toBe(true)
      const after = await fetchRaw(host, '/', { ...auth, 'If-None-Match': plain.headers.etag as string })
      expect(after.status).toBe(200)
      expect(after.body).toContain('<html lang="fr" dir="ltr">')
      expect(after.body).toContain('"language":"fr"')
    })
  })

  it('reads the port flag strictly', () => {
    expect(portFromArgs(['--port', '8123'])).toBe(8123)
    expect(portFromArgs(['--port=0'])).toBe(0)
    expect(portFromArgs([])).toBe(0)
    expect(() => portFromArgs(['--port', 'http'])).toThrow(/--port needs a number/)
  })
})
