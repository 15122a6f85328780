import { describe, expect, it } from 'vitest'
import { channels } from '@shared/contract'
import { leadsToReader } from './reader-channels'

describe('the calls that keep the picture thread warm', () => {
  it('are those of the library, search and the reader, not the polls of the share or a scenario', () => {
    for (const channel of ['library:list', 'search:query', 'reader:getPreview', 'annotations:list'])
      expect(leadsToReader(channel), channel).toBe(true)
    for (const channel of ['share:status', 'scenarios:get', 'workshops:list', 'settings:get'])
      expect(leadsToReader(channel), channel).toBe(false)
    // each of them names channels that exist
    for (const channel of ['library:list', 'search:query', 'reader:getPreview', 'annotations:list'])
      expect(channels).toContain(channel)
  })
})
