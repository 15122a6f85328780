export const APP_ASSETS_ID: string
export function deferAppAssets(html: string, stylesheetId: string): string
