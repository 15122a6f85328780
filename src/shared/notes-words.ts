/**
 * The words of the Markdown export of a document's notes, in the facilitator's language: it
 * is what they share with participants or colleagues.
 */
import type { Annotation, Language } from './model'

export interface NotesWords {
  title(document: string): string
  heading(kind: Annotation['kind'], page: number): string
  none: string
}

export const notesWords: Record<Language, NotesWords> = {
  en: {
    title: (d) => `Notes on ${d}`,
    heading: (kind, page) => `${{ highlight: 'Highlight', note: 'Note', bookmark: 'Bookmark' }[kind]}, p. ${page}`,
    none: '_No annotations to share._',
  },
  fr: {
    title: (d) => `Notes sur ${d}`,
    heading: (kind, page) => `${{ highlight: 'Surlignage', note: 'Note', bookmark: 'Signet' }[kind]}, p. ${page}`,
    none: '_Aucune annotation à partager._',
  },
  ar: {
    title: (d) => `ملاحظات حول ${d}`,
    heading: (kind, page) => `${{ highlight: 'تظليل', note: 'ملاحظة', bookmark: 'إشارة مرجعية' }[kind]}، ص. ${page}`,
    none: '_لا توجد تعليقات توضيحية للمشاركة._',
  },
}
