import { useEffect, useMemo, useState } from 'react'
import { Badge, Button, Card, Flex, Heading, Select, Text, TextField } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { definitionIn, type GlossaryTerm } from '@shared/glossary'
import { fold } from '@shared/text'
import { call } from '../../api/api'
import { useDelete } from '../../shell/undo/use-delete'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { saveExportedFile } from '../../api/download'
import { TermDialog, emptyTerm } from './TermDialog'
import { EditTermDialog } from './EditTermDialog'
import { useCreateTerm } from './use-create-term'
import { OtherTerms } from './OtherTerms'

const initial = (t: GlossaryTerm) => fold(t.term).charAt(0).toUpperCase()
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

function matches(t: GlossaryTerm, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean)
  const hay = fold(
    [
      t.term,
      ...t.aliases,
      t.definition,
      ...Object.values(t.translations).flatMap((x) => (x ? [x.term, x.definition] : [])),
    ].join(' '),
  )
  return words.every((w) => hay.includes(w))
}

export function GlossaryPage({ params }: { params: string[] }) {
  const { t, i18n } = useTranslation()
  const [q, setQ] = useState('')
  const [letter, setLetter] = useState<string | null>(null)
  const [language, setLanguage] = useState<'en' | 'fr' | 'ar'>('en')
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<GlossaryTerm | null>(null)
  const terms = useQuery({ queryKey: ['glossary'], queryFn: () => call('glossary:list') })
  const create = useCreateTerm(() => setAdding(false))
  const remove = useDelete((id: string) => call('glossary:delete', { id }), ['glossary'])
  const focusId = params[0]
  useEffect(() => {
    if (focusId) document.getElementById(`term-${focusId}`)?.scrollIntoView({ block: 'center' })
  }, [focusId, terms.data])
  const shown = useMemo(
    () => (terms.data ?? []).filter((x) => (!letter || initial(x) === letter) && (!q || matches(x, q))),
    [terms.data, letter, q],
  )
  const present = new Set((terms.data ?? []).map(initial))
  const print = async () => {
    const file = await call('glossary:handout', { language })
    saveExportedFile(file)
  }
  return (
    <section>
      <Heading as="h1" size="7" mb="4" tabIndex={-1}>
        {t('nav.glossary')}
      </Heading>
      <Flex gap="2" wrap="wrap" align="center" mb="3">
        <TextField.Root
          type="search"
          aria-label={t('glossary.search')}
          placeholder={t('glossary.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ minWidth: 300 }}
        />
        <Button
          onClick={() => {
            create.reset()
            setAdding(true)
          }}
        >
          {t('glossary.add')}
        </Button>
        <Select.Root value={language} onValueChange={(v) => setLanguage(v as 'en' | 'fr' | 'ar')}>
          <Select.Trigger aria-label={t('glossary.handoutLanguage')} variant="soft" />
          <Select.Content>
            <Select.Item value="en">{t('settings.languages.en')}</Select.Item>
            <Select.Item value="fr">{t('settings.languages.fr')}</Select.Item>
            <Select.Item value="ar">{t('settings.languages.ar')}</Select.Item>
          </Select.Content>
        </Select.Root>
        <Button variant="soft" onClick={() => void print()}>
          {t('glossary.print')}
        </Button>
      </Flex>
      <Flex gap="1" wrap="wrap" mb="3" role="group" aria-label={t('glossary.index')}>
        {letters.map((l) => (
          <Button
            key={l}
            size="1"
            variant={letter === l ? 'solid' : 'soft'}
            disabled={!present.has(l)}
            aria-pressed={letter === l}
            onClick={() => setLetter(letter === l ? null : l)}
          >
            {l}
          </Button>
        ))}
      </Flex>
      <Text as="p" size="2" color="gray" mb="2" role="status">
        {t('glossary.count', { count: shown.length })}
      </Text>
      <Flex direction="column" gap="2" asChild>
        <ul className="glossary-list" aria-label={t('glossary.terms')}>
          {shown.map((x) => (
            <Card asChild key={x.id}>
              <li id={`term-${x.id}`} data-focus={x.id === focusId || undefined}>
                <Flex justify="between" gap="3">
                  <div>
                    <Flex gap="2" align="baseline" wrap="wrap">
                      <Heading as="h2" size="3" dir="auto">
                        {x.term}
                      </Heading>
                      <OtherTerms term={x} />
                      {x.aliases.map((a) => (
                        <Badge key={a} variant="soft">
                          {a}
                        </Badge>
                      ))}
                    </Flex>
                    <Text as="p" size="2" mt="1" lang={definitionIn(x, i18n.language).lang} dir="auto">
                      {definitionIn(x, i18n.language).text}
                    </Text>
                    {x.related.length > 0 && (
                      <Text as="p" size="1" color="gray" mt="1">
                        {t('glossary.related')}: {x.related.join(', ')}
                      </Text>
                    )}
                  </div>
                  <Flex gap="1" align="start">
                    <Button
                      size="1"
                      variant="ghost"
                      aria-label={t('glossary.edit', { term: x.term })}
                      onClick={() => setEditing(x)}
                    >
                      {t('timeline.editShort')}
                    </Button>
                    <DeleteButton label={t('glossary.delete', { term: x.term })} onDelete={() => remove.mutate(x.id)} />
                  </Flex>
                </Flex>
              </li>
            </Card>
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
