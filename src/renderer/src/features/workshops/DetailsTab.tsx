import { Card, Checkbox, Flex, Grid, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { strategies, type Workshop } from '@shared/workshop'
import { SaveState } from '../../save/SaveState'
import { WorkshopField } from './WorkshopField'
import { useWorkshopField } from './use-workshop-field'
import { BackgroundNotes } from './BackgroundNotes'

const recordKeys = [
  'title',
  'venue',
  'startDate',
  'endDate',
  'hosts',
  'audience',
  'language',
  'designGroup',
  'coFacilitators',
] as const
const dates = new Set<string>(['startDate', 'endDate'])
const contextKeys = [
  'region',
  'keyChallenges',
  'stakeholders',
  'terminology',
  'localCases',
  'conflictAnalysis',
] as const

function ChecklistItem({ w, s }: { w: Workshop; s: (typeof strategies)[number] }) {
  const { t } = useTranslation()
  const done = useWorkshopField<boolean>(w, `checklist.${s}.done`, t(`workshops.checklist.${s}`))
  return (
    <Card>
      <Text as="label" size="2" weight="bold">
        <Flex gap="2" align="center" mb="2">
          <Checkbox checked={done.value} onCheckedChange={(checked) => done.commit(checked === true)} />
          {t(`workshops.checklist.${s}`)}
        </Flex>
      </Text>
      <SaveState prefix={done.saveKey} />
      <WorkshopField w={w} field={`checklist.${s}.notes`} label={t('workshops.checklist.notes')} multiline />
    </Card>
  )
}

function LinkedNotes({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const notes = useWorkshopField<string[]>(w, 'context.backgroundNotes', t('workshops.context.backgroundNotes'))
  return (
    <>
      <BackgroundNotes ids={notes.value} onChange={notes.commit} />
      <SaveState prefix={notes.saveKey} />
    </>
  )
}

export function DetailsTab({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  return (
    <Flex direction="column" gap="5">
      <Grid columns={{ initial: '1', md: '2' }} gap="3">
        {recordKeys.map((k) => (
          <WorkshopField
            key={k}
            w={w}
            field={k}
            label={t(`workshops.fields.${k}`)}
            type={dates.has(k) ? 'date' : undefined}
          />
        ))}
      </Grid>
      <WorkshopField w={w} field="objectives" label={t('workshops.fields.objectives')} multiline />
      <section>
        <Heading as="h2" size="4" mb="2">
          {t('workshops.context.title')}
        </Heading>
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          {contextKeys.map((k) => (
            <WorkshopField
              key={k}
              w={w}
              field={`context.${k}`}
              label={t(`workshops.context.${k}`)}
              multiline={k !== 'region'}
            />
          ))}
        </Grid>
        <LinkedNotes w={w} />
      </section>
      <section>
        <Heading as="h2" size="4" mb="2">
          {t('workshops.checklist.title')}
        </Heading>
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          {strategies.map((s) => (
            <ChecklistItem key={s} w={w} s={s} />
          ))}
        </Grid>
      </section>
    </Flex>
  )
}
