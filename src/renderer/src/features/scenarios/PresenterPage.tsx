/**
 * The presenter view (a second window in the desktop app, a second tab in browser
 * mode): only what participants should see — the phase, its situation and the
 * injects released so far. No facilitator notes, no private briefs.
 */
import { Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { injectRoute, scenarioIn } from '@shared/scenario'
import { useScenario } from './use-scenario'
import { elapsedSeconds } from './ScenarioRunTab'
import { mmss, useNow } from '../../ui/clock'

export function PresenterPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const { scenario: written } = useScenario(id, 1500)
  // the title, phases and injects in the interface language where the scenario has them
  const s = written && scenarioIn(written, i18n.language)
  const now = useNow()
  const run = s?.run
  const phase = run && s ? s.phases[run.phaseIndex] : undefined
  const released = phase && run ? phase.injects.filter((i) => run.released.some((r) => r.injectId === i.id)) : []
  return (
    <main className="presenter" aria-label={t('scenarios.presenter.label')}>
      <Heading as="h1" size="8" dir="auto">
        {s?.title ?? ''}
      </Heading>
      {!run && <Text size="6">{t('scenarios.presenter.waiting')}</Text>}
      {run?.finished && <Text size="6">{t('scenarios.presenter.ended')}</Text>}
      {phase && !run?.finished && (
        <Flex direction="column" gap="4" mt="4">
          <Flex gap="4" align="baseline">
            <Heading as="h2" size="7" dir="auto">
              {phase.title}
            </Heading>
            <Text size="6">{phase.gameTime}</Text>
            <Text size="7" weight="bold" role="timer">
              {mmss(phase.minutes * 60 - elapsedSeconds(s!, now))}
            </Text>
          </Flex>
          <Text size="5">{phase.situation}</Text>
          {released.map((i) => (
            <Card key={i.id} size="3">
              <Text size="3" color="gray">
                {injectRoute(i)}
              </Text>
              <Text as="p" size="5">
                {i.content}
              </Text>
            </Card>
          ))}
        </Flex>
      )}
    </main>
  )
}
