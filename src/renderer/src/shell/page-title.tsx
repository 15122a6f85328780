/**
 * The window's title says where the facilitator is — the record, its area, the app —
 * so a screen reader announces it and a list of windows or tabs tells them apart.
 * A record page renders <RecordTitle>; the shell names the area. Both write the title
 * straight to the document: held as React state, a record's title redrew the whole shell,
 * the page below it included, in the task that opens a document (a reader opened 30 ms later).
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { AreaId } from './routes'

const parts: { record: string | null; area: string; app: string } = { record: null, area: '', app: '' }

function writeTitle() {
  document.title = [parts.record, parts.area, parts.app].filter(Boolean).join(' — ')
}

export function RecordTitle({ title }: { title: string }) {
  useEffect(() => {
    parts.record = title
    writeTitle()
    return () => {
      parts.record = null
      writeTitle()
    }
  }, [title])
  return null
}

export function usePageTitle(area: AreaId): void {
  const { t } = useTranslation()
  const areaName =
    area === 'present'
      ? t('scenarios.presenter.label')
      : area === 'screen'
        ? t('workshops.screen.label')
        : t(`nav.${area}`)
  useEffect(() => {
    parts.area = areaName
    parts.app = t('app.name')
    writeTitle()
  }, [areaName, t])
}
