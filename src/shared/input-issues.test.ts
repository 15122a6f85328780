import { afterEach, describe, expect, it } from 'vitest'
import { config, z } from 'zod'
import { en, fr } from 'zod/locales'
import { describeIssues, inputRefused } from './input-issues'
import { TimelineFields } from './timeline'

const event = {
  kind: 'event',
  start: '2014-10-06',
  end: '2014-10-05',
  precision: 'day',
  title: 'Dialogue',
  place: 'Mopti',
  organiser: '',
  summary: '',
  source: '',
}

function refusal(schema: z.ZodType, input: unknown): z.ZodError {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected the input to be refused')
  return parsed.error
}

describe('why input was refused', () => {
  afterEach(() => config(en()))

  it('says a schema rule from the message catalogue in words, without the field path', () => {
    const error = refusal(TimelineFields, event)
    expect(describeIssues(error)).toBe('The end date cannot be before the start date.')
    expect(describeIssues(error, (id) => `[${id}]`)).toBe('[end-before-start]')
  })

  it('carries the details in a message the renderer can say in another language', () => {
    const said = inputRefused(refusal(TimelineFields, event))
    expect(said).toMatchObject({ id: 'input-refused', text: expect.stringContaining('The end date cannot') })
  })

  it('names the field for zod’s own checks, in the language zod is set to', () => {
    const schema = z.object({ theme: z.enum(['light', 'dark']) })
    expect(describeIssues(refusal(schema, { theme: 'pink' }))).toMatch(/^"theme": Invalid option/)
    config(fr())
    expect(describeIssues(refusal(schema, { theme: 'pink' }))).toMatch(/^"theme": Option invalide/)
  })
})
