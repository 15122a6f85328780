import { Button, Flex } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { formatCommands, type FormatCommand } from './format-commands'

const glyphs: Record<FormatCommand, string> = {
  bold: 'B',
  italic: 'I',
  heading: 'H',
  bullets: '•',
  numbers: '1.',
  quote: '“',
  table: '▦',
}

/**
 * The formatting buttons above the draft; each names itself and its shortcut where it has one.
 * The glyphs are drawn by CSS: they are pictures of what a button does, not words of its name.
 */
export function FormatToolbar({ onFormat }: { onFormat: (command: FormatCommand) => void }) {
  const { t } = useTranslation()
  return (
    <Flex gap="1" wrap="wrap" role="group" aria-label={t('workshops.report.format.group')}>
      {formatCommands.map((command) => (
        <Button
          key={command}
          type="button"
          size="1"
          variant="soft"
          color="gray"
          className={`format-${command}`}
          aria-label={t(`workshops.report.format.${command}`)}
          title={t(`workshops.report.format.${command}`)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onFormat(command)}
        >
          <span aria-hidden className="format-glyph" data-glyph={glyphs[command]} />
        </Button>
      ))}
    </Flex>
  )
}
