import { z } from 'zod'
import type { SearchResults } from '../search-types'
import { returns } from './common'

export const searchChannels = {
  'search:query': {
    input: z
      .object({
        q: z.string().max(500),
        kinds: z.array(z.string()).max(20).optional(),
        tags: z.array(z.string()).max(50).optional(),
        language: z.string().max(20).optional(),
        year: z.number().int().optional(),
      })
      .strict(),
    output: returns<SearchResults>(),
  },
} as const
