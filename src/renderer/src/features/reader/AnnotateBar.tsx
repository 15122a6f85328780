import { Button, Flex, Select } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model'
import { annotationColors } from '@shared/model-lists'

interface Props {
  color: Annotation['color']
  onColor(c: Annotation['color']): void
  onHighlight(): void
  onNote(): void
  onBookmark(): void
}

export function AnnotateBar({ color, onColor, onHighlight, onNote, onBookmark }: Props) {
  const { t } = useTranslation()
  return (
    <Flex gap="2" align="center" wrap="wrap" role="group" aria-label={t('reader.annotate')}>
      <Select.Root value={color} onValueChange={(c) => onColor(c as Annotation['color'])}>
        <Select.Trigger aria-label={t('reader.colour')} variant="soft" />
        <Select.Content>
          {annotationColors.map((c) => (
            <Select.Item key={c} value={c}>
              {t(`reader.colours.${c}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
      <Button variant="soft" onMouseDown={(e) => e.preventDefault()} onClick={onHighlight}>
        {t('reader.highlight')}
      </Button>
      <Button variant="soft" onClick={onNote}>
        {t('reader.addNote')}
      </Button>
      <Button variant="soft" onClick={onBookmark}>
        {t('reader.bookmark')}
      </Button>
    </Flex>
  )
}
