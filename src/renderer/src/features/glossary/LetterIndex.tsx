import { Button, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { letters } from './glossary-filter'

/** A to Z: a letter no term starts with is disabled; the chosen one is pressed, and pressed again lets go. */
export function LetterIndex(props: { present: Set<string>; letter: string | null; onLetter(l: string | null): void }) {
  const { t } = useTranslation()
  const { present, letter, onLetter } = props
  return (
    <Flex gap="1" wrap="wrap" mb="3" role="group" aria-label={t('glossary.index')}>
      {letters.map((l) => (
        <Button
          key={l}
          size="1"
          variant={letter === l ? 'solid' : 'soft'}
          disabled={!present.has(l)}
          aria-pressed={letter === l}
          onClick={() => onLetter(letter === l ? null : l)}
        >
          {l}
        </Button>
      ))}
    </Flex>
  )
}
