/** The reader's remembered choices (dark pages, the side panel), kept in the app's settings. */
import type { Settings } from '@shared/model'
import { useSettings } from '../../shell/use-settings'

export type ReaderSettings = Pick<Settings, 'readerDarkPages' | 'readerPanel' | 'readerPanelWidth'>

export const useReaderSettings = useSettings
