import type { Resource } from '@shared/model'
import type { Store } from '../../store/store'

export const listResources = (store: Store): Resource[] =>
  [...store.read().resources].sort((a, b) => a.title.localeCompare(b.title))
