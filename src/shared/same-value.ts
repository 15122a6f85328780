/** Whether an edit's base still matches a value: zod-free, so the renderer's save path needs no schema. */

/** Field values are plain data (text, numbers, small lists): equal when their JSON is. */
export const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)
