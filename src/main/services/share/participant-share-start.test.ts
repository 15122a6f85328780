/** Where a participant share may listen, the codes it gives, and what it refuses to start with. */
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../../testing/temp-dir'
import { extraAddresses, shareInterfaces } from './interfaces'
import { CODE_ALPHABET, newAccessCode } from './access-code'
import { ADDRESS, setup } from './participant-share-testing'

describe('participant share: starting', () => {
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
})
