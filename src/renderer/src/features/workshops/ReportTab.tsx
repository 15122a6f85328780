import { useState } from 'react'
import { Button, Flex, Switch, Text, TextArea } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { ReportExports } from './ReportExports'
import { useComposeDraft, useDraftFollowsRecord } from './report-draft'
import { EarlierDrafts } from './EarlierDrafts'
import { ErrorText } from '../../ui/ErrorText'

export function ReportTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(w.report.draft)
  const saveDraft = (text: string) => api.update.mutate({ report: { ...w.report, draft: text } })
  const flush = async () => {
    if (draft !== w.report.draft) await api.update.mutateAsync({ report: { ...w.report, draft } })
  }
  const composer = useComposeDraft(w.id)
  useDraftFollowsRecord(w.report.draft, draft, setDraft)
  const compose = () => void flush().then(() => composer.mutate(!w.report.excludeNames))
  return (
    <Flex direction="column" gap="3">
      <Flex gap="3" align="center" wrap="wrap">
        <Button onClick={compose} disabled={composer.isPending}>
          {t('workshops.report.compose')}
        </Button>
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Switch
              checked={w.report.excludeNames}
              onCheckedChange={(excludeNames) => api.update.mutate({ report: { ...w.report, draft, excludeNames } })}
            />
            {t('workshops.report.excludeNames')}
          </Flex>
        </Text>
      </Flex>
      <ErrorText error={composer.error} />
      <Text size="2" color="gray">
        {t('workshops.report.hint')}
      </Text>
      <TextArea
        aria-label={t('workshops.report.draft')}
        rows={22}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => draft !== w.report.draft && saveDraft(draft)}
        className="report-draft"
      />
      <ReportExports w={w} draft={draft} saveDraft={flush} />
      <EarlierDrafts workshopId={w.id} before={flush} />
    </Flex>
  )
}
