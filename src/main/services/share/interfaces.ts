/**
 * The addresses a share can listen on: this machine's IPv4 addresses, those other devices
 * can reach first, loopback last (only this machine can open it). Never 0.0.0.0: the share
 * listens on the one address the facilitator chose. `extra` adds addresses for tests
 * (TC_SHARE_EXTRA_ADDRESSES), and only inside 127.0.0.0/8, so a test can use 127.0.0.2 as
 * "another address" without touching the network.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { ShareInterface } from '@shared/participant-share'

export type InterfaceSource = () => NodeJS.Dict<NetworkInterfaceInfo[]>

const LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

export const isLoopbackV4 = (address: string): boolean =>
  LOOPBACK.test(address) && address.split('.').every((n) => Number(n) <= 255)

/** TC_SHARE_EXTRA_ADDRESSES: comma-separated loopback addresses; anything else is ignored. */
export const extraAddresses = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(isLoopbackV4)

export function shareInterfaces(extra: string[] = [], source: InterfaceSource = networkInterfaces): ShareInterface[] {
  const found: ShareInterface[] = []
  for (const [name, infos] of Object.entries(source()))
    for (const info of infos ?? [])
      if (info.family === 'IPv4' && !found.some((f) => f.address === info.address))
        found.push({ name, address: info.address, internal: info.internal })
  const loopbackName = found.find((f) => f.internal)?.name ?? 'lo'
  for (const address of extra)
    if (!found.some((f) => f.address === address)) found.push({ name: loopbackName, address, internal: true })
  return found.sort((a, b) => Number(a.internal) - Number(b.internal))
}
