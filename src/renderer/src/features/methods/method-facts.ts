import type { TFunction } from 'i18next'
import type { Method } from '@shared/method'

/** "8–30 people", "4 or more people"; "15–40 min". */
export function groupText(t: TFunction, m: Pick<Method, 'groupMin' | 'groupMax'>): string {
  if (m.groupMax === null) return t('methods.peopleFrom', { count: m.groupMin })
  if (m.groupMax === m.groupMin) return t('methods.peopleExactly', { count: m.groupMin })
  return t('methods.peopleRange', { min: m.groupMin, max: m.groupMax })
}

export function timeText(t: TFunction, m: Pick<Method, 'timeMin' | 'timeMax'>): string {
  return m.timeMin === m.timeMax
    ? t('methods.minutesExactly', { count: m.timeMin })
    : t('methods.minutesRange', { min: m.timeMin, max: m.timeMax })
}
