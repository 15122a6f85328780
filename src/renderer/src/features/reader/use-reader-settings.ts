/** The reader's remembered choices (dark pages, the side panel), kept with the other preferences. */
import type { Settings } from '@shared/model'
import { usePreferences } from '../../shell/use-preferences'

export type ReaderSettings = Pick<Settings, 'readerDarkPages' | 'readerPanel' | 'readerPanelWidth'>

export const useReaderSettings = () => usePreferences<keyof ReaderSettings>()
