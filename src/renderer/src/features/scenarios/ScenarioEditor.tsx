/**
 * The scenario editor: every field saves as the facilitator types (save/), roles,
 * phases and injects are added, moved and removed one by one on the scenario as it is
 * saved, and the timing problems are listed from what is saved.
 */
import { say } from '../../i18n/i18n'
import { useState } from 'react'
import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { timingProblems, totalMinutes, type Scenario, type ScenarioTranslation } from '@shared/scenario'
import { AutosaveField } from '../../save/AutosaveField'
import { SaveState } from '../../save/SaveState'
import { listOf } from '../../save/codec'
import { outbox } from '../../save/outbox'
import { ErrorText } from '../../ui/ErrorText'
import { hrefFor } from '../../shell/routes'
import { BlockMaterials } from '../workshops/BlockMaterials'
import { useEditLanguage, useScenarioField, type ScenarioField } from './use-scenario-field'
import type { ScenarioApi } from './use-scenario'
import { RoleEditor } from './RoleEditor'
import { PhaseEditor } from './PhaseEditor'
import { blankPhase, blankRole } from './blank'
import { hasTranslation } from '@shared/in-language'

/**
 * Title, setting, themes and objectives as the overview shows them: a starter scenario's
 * translation in the interface language when it has one, else the text as written.
 */
function Basics({ s }: { s: Scenario }) {
  const { t } = useTranslation()
  const lang = useEditLanguage(s)
  const at = (field: keyof ScenarioTranslation): ScenarioField => (lang ? `translations.${lang}.${field}` : field)
  // in a translation, a field left empty shows the text as written (what the overview shows then)
  const shown = (asWritten: string) => (lang ? asWritten : undefined)
  const title = useScenarioField(s, at('title'), t('scenarios.edit.title'))
  const setting = useScenarioField(s, at('setting'), t('scenarios.edit.setting'))
  const themes = useScenarioField(s, at('themes'), t('scenarios.edit.themes'), listOf(','))
  const objectives = useScenarioField(s, at('learningObjectives'), t('scenarios.edit.objectives'), listOf('\n'))
  const links = useScenarioField<Scenario['links']>(s, 'links', t('scenarios.edit.links'))
  return (
    <>
      {(lang || hasTranslation(s)) && (
        <Text as="p" size="2" color="gray">
          {t(lang ? 'scenarios.edit.editsTranslation' : 'scenarios.edit.hasTranslations')}
        </Text>
      )}
      <AutosaveField size="1" label={title.label} auto={title} lang={lang} placeholder={shown(s.title)} />
      <AutosaveField
        size="1"
        label={setting.label}
        auto={setting}
        multiline
        rows={4}
        lang={lang}
        placeholder={shown(s.setting)}
      />
      <AutosaveField size="1" label={themes.label} auto={themes} lang={lang} placeholder={shown(s.themes.join(', '))} />
      <AutosaveField
        size="1"
        label={objectives.label}
        auto={objectives}
        multiline
        lang={lang}
        placeholder={shown(s.learningObjectives.join('\n'))}
      />
      <Text size="2" weight="bold">
        {links.label}
      </Text>
      <BlockMaterials links={links.value} label={s.title} onChange={links.commit} />
      <SaveState prefix={links.saveKey} />
    </>
  )
}

/** Leaves the editor for the overview once everything typed is saved; says so when something is not. */
function Done({ s }: { s: Scenario }) {
  const { t } = useTranslation()
  const [unsaved, setUnsaved] = useState<Error | null>(null)
  const done = async () => {
    const stuck = (await outbox.settled(`scenario/${s.id}/`)).filter((e) => e.status !== 'saved')
    if (stuck.length)
      setUnsaved(new Error(t('scenarios.edit.unsaved', { fields: stuck.map((e) => e.label).join(', ') })))
    else window.location.hash = hrefFor('scenarios', s.id, 'overview')
  }
  return (
    <Flex direction="column" gap="2" className="sticky-actions">
      <ErrorText error={unsaved} />
      <Button onClick={() => void done()}>{t('scenarios.edit.done')}</Button>
    </Flex>
  )
}

export function ScenarioEditor({ s, api }: { s: Scenario; api: ScenarioApi }) {
  const { t } = useTranslation()
  const problems = timingProblems(s)
  const addRole = () =>
    api.editList.mutate({
      list: 'roles',
      ops: [{ op: 'add', item: blankRole(t('scenarios.edit.roleN', { n: s.roles.length + 1 })) }],
    })
  const addPhase = () =>
    api.editList.mutate({
      list: 'phases',
      ops: [{ op: 'add', item: blankPhase(t('scenarios.edit.phaseN', { n: s.phases.length + 1 })) }],
    })
  return (
    <Flex direction="column" gap="4">
      <Basics s={s} />
      <Heading as="h2" size="4">
        {t('scenarios.roles')} ({s.roles.length})
      </Heading>
      {s.roles.map((role, i) => (
        <RoleEditor key={role.id} s={s} role={role} n={i + 1} api={api} />
      ))}
      <Button variant="soft" onClick={addRole}>
        {t('scenarios.edit.addRole')}
      </Button>
      <Heading as="h2" size="4">
        {t('scenarios.phases')} ({t('scenarios.totalMinutes', { minutes: totalMinutes(s) })})
      </Heading>
      {s.phases.map((phase, i) => (
        <PhaseEditor key={phase.id} s={s} phase={phase} n={i + 1} api={api} />
      ))}
      <Button variant="soft" onClick={addPhase}>
        {t('scenarios.edit.addPhase')}
      </Button>
      {problems.length > 0 && (
        <Callout.Root color="amber" role="status">
          <Callout.Text>
            {t('scenarios.edit.timingProblems')} {problems.map(say).join(' ')}
          </Callout.Text>
        </Callout.Root>
      )}
      <ErrorText error={api.editList.error} />
      <Done s={s} />
    </Flex>
  )
}
