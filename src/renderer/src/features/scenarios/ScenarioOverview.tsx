import { useState } from 'react'
import { Badge, Button, Card, Checkbox, Flex, Heading, Table, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { scenarioIn, totalMinutes, type Scenario } from '@shared/scenario'
import { call } from '../../api/api'
import { saveExportedFile } from '../../api/download'
import { MaterialLinks } from '../workshops/BlockMaterials'
import { AdaptCard } from './AdaptCard'
import { isolate } from '../../i18n/isolate'

function PrintCard({ s }: { s: Scenario }) {
  const { t } = useTranslation()
  const [includePrivate, setIncludePrivate] = useState(false)
  const print = async (what: 'role-cards' | 'run-sheet') => {
    const file = await call('scenarios:print', { id: s.id, what, includePrivate })
    saveExportedFile(file)
  }
  return (
    <Card>
      <Heading as="h2" size="3" mb="2">
        {t('scenarios.print.title')}
      </Heading>
      <Flex direction="column" gap="2" align="start">
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Checkbox checked={includePrivate} onCheckedChange={(c) => setIncludePrivate(c === true)} />
            {t('scenarios.print.includePrivate')}
          </Flex>
        </Text>
        <Flex gap="2">
          <Button variant="soft" onClick={() => void print('role-cards')}>
            {t('scenarios.print.roleCards')}
          </Button>
          <Button variant="soft" onClick={() => void print('run-sheet')}>
            {t('scenarios.print.runSheet')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  )
}

/**
 * A scenario at a glance: its setting, themes, objectives, roles and phases in the interface
 * language where it has them, field by field, else as written.
 */
export function ScenarioOverview({ s: written }: { s: Scenario }) {
  const { t, i18n } = useTranslation()
  const s = scenarioIn(written, i18n.language)
  return (
    <Flex direction="column" gap="4">
      {s.derivedFrom && (
        <Text size="2">
          {t('scenarios.derivedFrom', {
            title: isolate(s.derivedFrom.title),
            context: isolate(s.derivedFrom.contextName),
          })}
        </Text>
      )}
      <Text as="p" dir="auto">
        {s.setting}
      </Text>
      {s.links.length > 0 && <MaterialLinks links={s.links} />}
      <Flex gap="2" wrap="wrap">
        {s.themes.map((th) => (
          <Badge key={th} variant="soft">
            {th}
          </Badge>
        ))}
      </Flex>
      {s.learningObjectives.length > 0 && (
        <ul>
          {s.learningObjectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      )}
      <Heading as="h2" size="4">
        {t('scenarios.roles')}
      </Heading>
      <Table.Root variant="surface" aria-label={t('scenarios.roles')}>
        <Table.Body>
          {s.roles.map((r) => (
            <Table.Row key={r.id}>
              <Table.RowHeaderCell dir="auto">{r.name}</Table.RowHeaderCell>
              <Table.Cell>{t(`workshops.sectors.${r.sector}`)}</Table.Cell>
              <Table.Cell>{r.publicBrief}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
      <Heading as="h2" size="4">
        {t('scenarios.phases')} · {t('scenarios.totalMinutes', { minutes: totalMinutes(s) })}
      </Heading>
      {s.phases.map((p, n) => (
        <Card key={p.id}>
          <Text weight="bold">
            {n + 1}.{' '}
            {[
              p.title && isolate(p.title),
              p.gameTime && isolate(p.gameTime),
              `${p.minutes} ${t('workshops.agenda.min')}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text as="p" size="2">
            {p.situation}
          </Text>
          <Text as="p" size="1" color="gray">
            {t('scenarios.injectCount', { count: p.injects.length })}
          </Text>
        </Card>
      ))}
      <Flex gap="3" wrap="wrap" align="start">
        <AdaptCard s={s} />
        <PrintCard s={s} />
      </Flex>
    </Flex>
  )
}
