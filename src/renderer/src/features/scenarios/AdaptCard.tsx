/**
 * Adapting a scenario to a context: the facilitator names the context and the terms to
 * change, sees every change (and anything that stops the copy) before it is written, and
 * confirms.
 */
import { useState } from 'react'
import { Button, Card, Flex, Heading, Text, TextArea, TextField } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Scenario } from '@shared/scenario'
import type { AdaptPreview, AdaptRequest } from '@shared/scenario-adapt'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { AdaptPreviewDialog } from './AdaptPreviewDialog'

/** "original = local term", one a line; lines without exactly one "=" are not pairs. */
const pairsOf = (lines: string): AdaptRequest['replacements'] =>
  lines
    .split('\n')
    .map((l) => l.split('='))
    .filter((p) => p.length === 2 && p[0]!.trim())
    .map(([from, to]) => ({ from: from!.trim(), to: to!.trim() }))

export function AdaptCard({ s }: { s: Scenario }) {
  const { t } = useTranslation()
  const [context, setContext] = useState('')
  const [lines, setLines] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ request: AdaptRequest; result: AdaptPreview } | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<void>) => {
    setError(null)
    setBusy(true)
    try {
      await work()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const showPreview = () =>
    run(async () => {
      const request = { id: s.id, contextName: context, replacements: pairsOf(lines) }
      setPreview({ request, result: await call('scenarios:adaptPreview', request) })
    })
  const confirm = () =>
    run(async () => {
      const copy = await call('scenarios:adapt', preview!.request)
      setPreview(null)
      window.location.hash = hrefFor('scenarios', copy.id, 'overview')
    })

  return (
    <Card>
      <Heading as="h2" size="3" mb="2">
        {t('scenarios.adapt.title')}
      </Heading>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!busy) void showPreview()
        }}
      >
        <Flex direction="column" gap="2">
          <TextField.Root
            aria-label={t('scenarios.adapt.context')}
            placeholder={t('scenarios.adapt.context')}
            value={context}
            onChange={(e) => setContext(e.currentTarget.value)}
          />
          <TextArea
            aria-label={t('scenarios.adapt.terms')}
            placeholder={t('scenarios.adapt.termsPlaceholder')}
            value={lines}
            onChange={(e) => setLines(e.currentTarget.value)}
          />
          {error && !preview && (
            <Text color="red" size="2" role="alert">
              {error}
            </Text>
          )}
          {/* not disabled while busy: the button keeps the focus, and the preview gives it back there */}
          <Button type="submit" disabled={!context.trim()} aria-disabled={busy}>
            {t('scenarios.adapt.preview')}
          </Button>
        </Flex>
      </form>
      {preview && (
        <AdaptPreviewDialog
          preview={preview.result}
          error={error}
          busy={busy}
          onConfirm={() => void confirm()}
          onClose={() => {
            setPreview(null)
            setError(null)
          }}
        />
      )}
    </Card>
  )
}
