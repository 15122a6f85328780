/** The human-security calendar: events the facilitator keeps, beside the app's own workshops. */
import { z } from 'zod'
import type { MessageId } from './user-message'

export const timelineKinds = ['event', 'course', 'statement', 'publication', 'activity-report', 'workshop'] as const

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const TimelineFields = z
  .object({
    kind: z.enum(timelineKinds).exclude(['workshop']),
    start: isoDay,
    end: isoDay,
    precision: z.enum(['day', 'month', 'year']),
    title: z.string().min(1).max(300),
    place: z.string().max(300),
    organiser: z.string().max(300),
    summary: z.string().max(20_000),
    source: z.string().max(1000),
  })
  .refine((e) => e.end >= e.start, { message: 'end-before-start' satisfies MessageId, path: ['end'] })
export type TimelineFields = z.infer<typeof TimelineFields>

export const TimelineEvent = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(timelineKinds),
  start: isoDay,
  end: isoDay,
  precision: z.enum(['day', 'month', 'year']),
  title: z.string(),
  place: z.string(),
  organiser: z.string(),
  summary: z.string(),
  source: z.string(),
})
export type TimelineEvent = z.infer<typeof TimelineEvent>

/** A timeline entry as shown: stored events, and workshops (read-only here, edited in Workshops). */
export type TimelineEntry = TimelineEvent & { workshopId?: string }
