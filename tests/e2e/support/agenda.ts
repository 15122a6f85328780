/** Filling an agenda block the way a facilitator does: its title and minutes, each field left so it saves. */
import { expect, type Page } from '@playwright/test'

export async function fillBlock(page: Page, n: number, title: string, minutes: number) {
  const title$ = page.getByRole('textbox', { name: `Title of block ${n}`, exact: true })
  await title$.fill(title)
  await title$.blur()
  const minutes$ = page.getByRole('spinbutton', { name: `Minutes of block ${n}`, exact: true })
  await minutes$.fill(String(minutes))
  await minutes$.blur()
  await expect(page.getByRole('textbox', { name: `Title of block ${n}`, exact: true })).toHaveValue(title)
}
