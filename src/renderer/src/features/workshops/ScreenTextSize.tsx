/**
 * The participant screen's text size, for the projector at hand: smaller and larger by
 * buttons or the "-" and "+" keys, remembered in the settings.
 */
import { useEffect } from 'react'
import { Flex, IconButton, Text, VisuallyHidden } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { SCREEN_TEXT_MAX, SCREEN_TEXT_MIN } from '@shared/model-lists'
import { useSettings } from '../../shell/use-settings'

const STEP = 25

export function useScreenTextSize() {
  const { settings, save } = useSettings()
  const size = settings?.screenTextSize ?? 100
  const change = (by: number) =>
    save({ screenTextSize: Math.min(SCREEN_TEXT_MAX, Math.max(SCREEN_TEXT_MIN, size + by)) })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea')) return
      if (e.key === '+' || e.key === '=') change(STEP)
      else if (e.key === '-') change(-STEP)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })
  return { size, change }
}

export function ScreenTextSize({ size, change }: ReturnType<typeof useScreenTextSize>) {
  const { t } = useTranslation()
  return (
    <Flex gap="2" align="center" className="room-screen-size" role="group" aria-label={t('workshops.screen.textSize')}>
      <IconButton size="3" variant="soft" color="gray" disabled={size <= SCREEN_TEXT_MIN} onClick={() => change(-STEP)}>
        <span aria-hidden="true" dir="ltr">
          A−
        </span>
        <VisuallyHidden>{t('workshops.screen.smaller')}</VisuallyHidden>
      </IconButton>
      <Text size="4" aria-live="polite">
        {t('workshops.screen.percent', { size })}
      </Text>
      <IconButton size="3" variant="soft" color="gray" disabled={size >= SCREEN_TEXT_MAX} onClick={() => change(STEP)}>
        <span aria-hidden="true" dir="ltr">
          A+
        </span>
        <VisuallyHidden>{t('workshops.screen.larger')}</VisuallyHidden>
      </IconButton>
    </Flex>
  )
}
