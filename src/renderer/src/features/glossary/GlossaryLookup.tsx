/**
 * Look-up from anywhere: when the facilitator selects a word or phrase inside
 * `within` (the reader's pages, a notes list) and it is a glossary term, alias or
 * translation, its entry is shown beside the work.
 */
import { useEffect, useState } from 'react'
import { Callout, Flex, IconButton, Link, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { definitionIn, type GlossaryTerm } from '@shared/glossary'
import { call } from '../../api/api'
import { hrefFor } from '../../shell/routes'
import { OtherTerms } from './OtherTerms'

export function GlossaryLookup({ within }: { within: HTMLElement | null }) {
  const { t, i18n } = useTranslation()
  const [entry, setEntry] = useState<GlossaryTerm | null>(null)
  useEffect(() => {
    if (!within) return
    let timer: ReturnType<typeof setTimeout>
    const onChange = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const selection = window.getSelection()
        const text = selection?.toString().trim() ?? ''
        if (!text || text.length > 80 || !selection?.anchorNode || !within.contains(selection.anchorNode)) return
        call('glossary:lookup', { text })
          .then((found) => found && setEntry(found))
          .catch(() => undefined)
      }, 250)
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [within])
  if (!entry) return null
  return (
    <Callout.Root color="blue" role="region" aria-label={t('glossary.lookupLabel')} className="glossary-lookup">
      <Flex justify="between" gap="3" align="start">
        <div>
          <Text weight="bold">
            <Link href={hrefFor('glossary', entry.id)} dir="auto">
              {entry.term}
            </Link>
          </Text>
          <OtherTerms term={entry} bracketed />
          <Text as="p" size="2" lang={definitionIn(entry, i18n.language).lang} dir="auto">
            {definitionIn(entry, i18n.language).text}
          </Text>
        </div>
        <IconButton size="1" variant="ghost" aria-label={t('app.dismiss')} onClick={() => setEntry(null)}>
          ×
        </IconButton>
      </Flex>
    </Callout.Root>
  )
}
