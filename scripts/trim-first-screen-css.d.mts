export function trimFirstScreenCss(css: string, page: string): string
