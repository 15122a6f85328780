import { Card, Checkbox, Flex, Grid, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { strategies, type Workshop } from '@shared/workshop'
import type { WorkshopApi } from './use-workshop'
import { Field } from './Field'
import { BackgroundNotes } from './BackgroundNotes'

type TextKey = 'title' | 'startDate' | 'endDate' | 'venue' | 'hosts' | 'audience' | 'objectives' | 'language'
type ContextKey = keyof Workshop['context']

export function DetailsTab({ w, api }: { w: Workshop; api: WorkshopApi }) {
  const { t } = useTranslation()
  const save = (key: TextKey) => (value: string) => api.update.mutate({ [key]: value })
  const saveContext = (key: ContextKey) => (value: string) =>
    api.update.mutate({ context: { ...w.context, [key]: value } })
  const contextKeys: Exclude<ContextKey, 'backgroundNotes'>[] = [
    'region',
    'keyChallenges',
    'stakeholders',
    'terminology',
    'localCases',
    'conflictAnalysis',
  ]
  return (
    <Flex direction="column" gap="5">
      <Grid columns={{ initial: '1', md: '2' }} gap="3">
        <Field label={t('workshops.fields.title')} value={w.title} onSave={save('title')} />
        <Field label={t('workshops.fields.venue')} value={w.venue} onSave={save('venue')} />
        <Field label={t('workshops.fields.startDate')} type="date" value={w.startDate} onSave={save('startDate')} />
        <Field label={t('workshops.fields.endDate')} type="date" value={w.endDate} onSave={save('endDate')} />
        <Field label={t('workshops.fields.hosts')} value={w.hosts} onSave={save('hosts')} />
        <Field label={t('workshops.fields.audience')} value={w.audience} onSave={save('audience')} />
        <Field label={t('workshops.fields.language')} value={w.language} onSave={save('language')} />
        <Field
          label={t('workshops.fields.designGroup')}
          value={w.designGroup}
          onSave={(designGroup) => api.update.mutate({ designGroup })}
        />
        <Field
          label={t('workshops.fields.coFacilitators')}
          value={w.coFacilitators}
          onSave={(coFacilitators) => api.update.mutate({ coFacilitators })}
        />
      </Grid>
      <Field label={t('workshops.fields.objectives')} value={w.objectives} multiline onSave={save('objectives')} />
      <section>
        <Heading as="h2" size="4" mb="2">
          {t('workshops.context.title')}
        </Heading>
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          {contextKeys.map((k) => (
            <Field
              key={k}
              label={t(`workshops.context.${k}`)}
              value={w.context[k]}
              multiline={k !== 'region'}
              onSave={saveContext(k)}
            />
          ))}
        </Grid>
        <BackgroundNotes
          ids={w.context.backgroundNotes}
          onChange={(backgroundNotes) => api.update.mutate({ context: { ...w.context, backgroundNotes } })}
        />
      </section>
      <section>
        <Heading as="h2" size="4" mb="2">
          {t('workshops.checklist.title')}
        </Heading>
        <Grid columns={{ initial: '1', md: '2' }} gap="3">
          {strategies.map((s) => (
            <Card key={s}>
              <Text as="label" size="2" weight="bold">
                <Flex gap="2" align="center" mb="2">
                  <Checkbox
                    checked={w.checklist[s].done}
                    onCheckedChange={(done) =>
                      api.update.mutate({
                        checklist: { ...w.checklist, [s]: { ...w.checklist[s], done: done === true } },
                      })
                    }
                  />
                  {t(`workshops.checklist.${s}`)}
                </Flex>
              </Text>
              <Field
                label={t('workshops.checklist.notes')}
                value={w.checklist[s].notes}
                multiline
                onSave={(notes) =>
                  api.update.mutate({ checklist: { ...w.checklist, [s]: { ...w.checklist[s], notes } } })
                }
              />
            </Card>
          ))}
        </Grid>
      </section>
    </Flex>
  )
}
