/** A path inside a sentence keeps its own left-to-right order in Arabic (first-strong isolate … pop). */
export const isolate = (path: string): string => `\u2068${path}\u2069`
