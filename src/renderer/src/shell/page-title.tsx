/**
 * The window's title says where the facilitator is — the record, its area, the app —
 * so a screen reader announces it and a list of windows or tabs tells them apart.
 * A record page renders <RecordTitle>; the shell composes the rest.
 */
import { useEffect, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { AreaId } from './routes'

let record: string | null = null
const listeners = new Set<() => void>()

function setRecord(title: string | null) {
  record = title
  for (const listener of listeners) listener()
}

export function RecordTitle({ title }: { title: string }) {
  useEffect(() => {
    setRecord(title)
    return () => setRecord(null)
  }, [title])
  return null
}

export function usePageTitle(area: AreaId): void {
  const { t } = useTranslation()
  const shown = useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => record,
    () => record,
  )
  const areaName =
    area === 'present'
      ? t('scenarios.presenter.label')
      : area === 'screen'
        ? t('workshops.screen.label')
        : t(`nav.${area}`)
  useEffect(() => {
    document.title = [shown, areaName, t('app.name')].filter(Boolean).join(' — ')
  }, [shown, areaName, t])
}
