import { useEffect, useMemo, useState } from 'react'
import { Flex, Heading, Text } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { GlossaryTerm } from '@shared/glossary'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { TermDialog, emptyTerm } from './TermDialog'
import { EditTermDialog } from './EditTermDialog'
import { useCreateTerm } from './use-create-term'
import { initial, shownTerms } from './glossary-filter'
import { GlossaryTools } from './GlossaryTools'
import { LetterIndex } from './LetterIndex'
import { TermCard } from './TermCard'

export function GlossaryPage({ params }: { params: string[] }) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const [letter, setLetter] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<GlossaryTerm | null>(null)
  const terms = useQuery({ queryKey: ['glossary'], queryFn: () => call('glossary:list') })
  const create = useCreateTerm(() => setAdding(false))
  const remove = useDelete((id: string) => call('glossary:delete', { id }), ['glossary'])
  const focusId = params[0]
  useEffect(() => {
    if (focusId) document.getElementById(`term-${focusId}`)?.scrollIntoView({ block: 'center' })
  }, [focusId, terms.data])
  const shown = useMemo(() => shownTerms(terms.data ?? [], letter, q), [terms.data, letter, q])
  const present = new Set((terms.data ?? []).map(initial))
  const add = () => {
    create.reset()
    setAdding(true)
  }
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.glossary')}
      </Heading>
      <GlossaryTools q={q} onSearch={setQ} onAdd={add} />
      <LetterIndex present={present} letter={letter} onLetter={setLetter} />
      <Text as="p" size="2" color="gray" mb="2" role="status">
        {t('glossary.count', { count: shown.length })}
      </Text>
      <Flex direction="column" gap="2" asChild>
        <ul className="glossary-list" aria-label={t('glossary.terms')}>
          {shown.map((x) => (
            <TermCard
              key={x.id}
              term={x}
              focused={x.id === focusId}
              onEdit={() => setEditing(x)}
              onDelete={() => remove.mutate(x.id)}
            />
          ))}
        </ul>
      </Flex>
      {adding && (
        <TermDialog
          initial={emptyTerm()}
          error={create.error?.message ?? null}
          onClose={() => setAdding(false)}
          onSave={(fields) => create.mutate(fields)}
        />
      )}
      {editing && <EditTermDialog term={editing} onClose={() => setEditing(null)} />}
    </section>
  )
}
