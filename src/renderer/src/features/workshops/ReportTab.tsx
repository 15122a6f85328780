import { Button, Flex, Switch, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/workshop'
import { outbox } from '../../save/outbox'
import { ReportEditor } from './report/ReportEditor'
import { SaveState } from '../../save/SaveState'
import { ErrorText } from '../../ui/ErrorText'
import { useWorkshopField } from './use-workshop-field'
import { ReportExports } from './ReportExports'
import { useComposeDraft } from './report-draft'
import { EarlierDrafts } from './EarlierDrafts'

export function ReportTab({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const draft = useWorkshopField(w, 'report.draft', t('workshops.report.draft'))
  const names = useWorkshopField<boolean>(w, 'report.excludeNames', t('workshops.report.excludeNames'))
  /** what is typed in the draft is on disk before anything reads the record's draft */
  const draftSaved = async () => {
    if ((await outbox.settled(draft.saveKey)).some((e) => e.status !== 'saved'))
      throw new Error(t('save.exportUnsaved'))
  }
  const composer = useComposeDraft(w.id, draftSaved)
  return (
    <Flex direction="column" gap="3">
      <Flex gap="3" align="center" wrap="wrap">
        <Button onClick={() => composer.mutate(!w.report.excludeNames)} disabled={composer.isPending}>
          {t('workshops.report.compose')}
        </Button>
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Switch checked={names.value} onCheckedChange={names.commit} />
            {names.label}
          </Flex>
        </Text>
        <SaveState prefix={names.saveKey} />
      </Flex>
      <ErrorText error={composer.error} />
      <Text size="2" color="gray">
        {t('workshops.report.hint')}
      </Text>
      <ReportEditor draft={draft} />
      <ReportExports w={w} draft={draft.value} saveDraft={draftSaved} />
      <EarlierDrafts workshopId={w.id} before={draftSaved} />
    </Flex>
  )
}
