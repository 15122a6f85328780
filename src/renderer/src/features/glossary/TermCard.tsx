import { Badge, Button, Card, Flex, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { definitionIn, type GlossaryTerm } from '@shared/glossary'
import { DeleteButton } from '../../shell/undo/DeleteButton'
import { OtherTerms } from './OtherTerms'

interface Props {
  term: GlossaryTerm
  /** the term a link pointed at (#/glossary/<id>), marked and scrolled to */
  focused: boolean
  onEdit(): void
  onDelete(): void
}

/** One term in the list: its words in other languages, aliases, definition in the app's language, related terms. */
export function TermCard({ term: x, focused, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation()
  const definition = definitionIn(x, i18n.language)
  return (
    <Card asChild>
      <li id={`term-${x.id}`} data-focus={focused || undefined}>
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
            <Text as="p" size="2" mt="1" lang={definition.lang} dir="auto">
              {definition.text}
            </Text>
            {x.related.length > 0 && (
              <Text as="p" size="1" color="gray" mt="1">
                {t('glossary.related')}: {x.related.join(', ')}
              </Text>
            )}
          </div>
          <Flex gap="1" align="start">
            <Button size="1" variant="ghost" aria-label={t('glossary.edit', { term: x.term })} onClick={onEdit}>
              {t('timeline.editShort')}
            </Button>
            <DeleteButton label={t('glossary.delete', { term: x.term })} onDelete={onDelete} />
          </Flex>
        </Flex>
      </li>
    </Card>
  )
}
