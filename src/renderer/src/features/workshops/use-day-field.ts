/**
 * A day's date or start time, typed in its heading. Both live in the workshop's `days`
 * (one field, sent whole, read from the record as the cache holds it when it is sent);
 * what the day would have anyway — the day after the day before, the workshop's start
 * time — is shown until the facilitator types something else, and is kept as "follows
 * the workshop", so moving the workshop's dates moves those days too.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { dayPlan, withDay } from '@shared/agenda'
import type { AgendaDaySetting, Workshop } from '@shared/workshop'
import { clockTime, type Codec } from '../../save/codec'
import { latest, useWorkshopField } from './use-workshop-field'

type Part = keyof AgendaDaySetting

export function useDayField(w: Workshop, day: number, part: Part, label: string) {
  const client = useQueryClient()
  const { i18n } = useTranslation()
  const inner: Codec<string> =
    part === 'start' ? clockTime(i18n.language) : { show: (v) => v as string, read: (v) => v }
  const now = () => latest(client, w)
  const codec: Codec<string> = {
    show: (days) => {
      const value = dayPlan({ ...now(), days: days as AgendaDaySetting[] }, day)[part]
      return value ? inner.show(value) : ''
    },
    read: (text) => {
      const days = now().days
      const value = text.trim() ? (inner.read(text) as string) : ''
      const follows = dayPlan({ ...now(), days: withDay(days, day, { [part]: '' }) }, day)[part]
      return withDay(days, day, { [part]: value === follows ? '' : value })
    },
  }
  return useWorkshopField(w, 'days', label, codec, `${day}.${part}`)
}
