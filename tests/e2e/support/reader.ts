import type { Page } from '@playwright/test'

/** Selects the text of the first non-empty text-layer span on a rendered page, as a user's drag would. */
export async function selectTextOnPage(page: Page, pageNumber: number, minLength = 8): Promise<string> {
  const selector = `.page[data-page-number="${pageNumber}"] .textLayer span`
  await page.waitForFunction(
    ({ selector, minLength }) =>
      [...document.querySelectorAll(selector)].some((s) => (s.textContent ?? '').trim().length >= minLength),
    { selector, minLength },
  )
  return page.evaluate(
    ({ selector, minLength }) => {
      const span = [...document.querySelectorAll(selector)].find(
        (s) => (s.textContent ?? '').trim().length >= minLength,
      )!
      const range = document.createRange()
      range.selectNodeContents(span)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return selection.toString()
    },
    { selector, minLength },
  )
}
