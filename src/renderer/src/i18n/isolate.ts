/**
 * What the facilitator wrote, set inside a translated sentence, between the Unicode
 * isolates FSI and PDI: it takes its own direction, so in Arabic "ابدأ Mandates of the
 * police." keeps the full stop at the end of the English title, not at the line's edge.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`
