/**
 * Issue #19 item 4: the report draft is composed from everything the workshop holds (the
 * scenario exercise's outcomes and notes, the checklist, planned against actual), edited
 * with formatting beside a live preview, and exported to Word with that formatting kept.
 */
import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { test, expect, snap } from './support/fixtures'
import { ask } from './support/records'

const block = (id: string, day: number, kind: string, title: string, minutes: number, scenarioId: string | null) => ({
  ...{ id, day, kind, title, minutes, facilitators: [], links: [] },
  ...{ actualStart: null, actualEnd: null, extendedBy: 0, scenarioId },
})

test('a report composed from the run, formatted in the editor, keeps its formatting in the preview and in Word', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  const w = await ask<{ id: string }>(page, 'workshops:create', { title: 'Flood coordination course' })
  const ops = [
    block('open', 1, 'opening', 'Opening', 30, null),
    block('flood', 2, 'scenario', 'Flood exercise', 90, 'starter-flood'),
  ].map((item) => ({ op: 'add', item }))
  await ask(page, 'workshops:editList', { id: w.id, list: 'agenda', ops })
  const days = [
    { date: '2026-03-02', start: '09:00' },
    { date: '2026-03-05', start: '13:30' },
  ]
  for (const [field, value] of [
    ['days', days],
    ['checklist.terminology.done', true],
    ['checklist.terminology.notes', 'Glossary agreed with the design group'],
  ] as const)
    await ask(page, 'workshops:edit', { id: w.id, edit: { field, value } })
  const flood = await ask<{ phases: { injects: { id: string }[] }[] }>(page, 'scenarios:run', {
    id: 'starter-flood',
    action: 'start',
  })
  const injectId = flood.phases[0]!.injects[0]!.id
  await ask(page, 'scenarios:run', { id: 'starter-flood', action: 'release', injectId, by: 'hand' })
  await ask(page, 'scenarios:run', { id: 'starter-flood', action: 'note', text: 'The mayor asked the army for trucks' })
  for (const action of ['start', 'stop']) await ask(page, 'workshops:run', { id: w.id, action, blockId: 'open' })
  await ask(page, 'workshops:run', { id: w.id, action: 'start', blockId: 'flood' })
  await ask(page, 'workshops:run', { id: w.id, action: 'pause', blockId: 'flood' })
  await page.waitForTimeout(1_000)
  await ask(page, 'workshops:run', { id: w.id, action: 'resume', blockId: 'flood' })
  await ask(page, 'workshops:addNote', {
    id: w.id,
    kind: 'decision',
    text: 'Police and NGOs agreed a joint liaison cell',
  })
  await ask(page, 'workshops:run', { id: w.id, action: 'stop', blockId: 'flood' })

  await page.evaluate((id) => (window.location.hash = `#/workshops/${id}/report`), w.id)
  await page.getByRole('button', { name: 'Compose the draft from the workshop' }).click()
  const draft = page.getByRole('textbox', { name: 'Report draft' })
  await expect(draft).toHaveValue(/## Scenario outcomes/)
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Scenario outcomes' })).toBeVisible()
  await expect(preview.locator('strong', { hasText: 'Outcomes' })).toBeVisible()
  // a decision: a key point of its block, an outcome of the exercise, and an action
  await expect(preview.getByText('Police and NGOs agreed a joint liaison cell')).toHaveCount(3)
  await expect(preview.locator('em', { hasText: 'The water rises:' })).toBeVisible()
  await expect(preview.locator('blockquote').first()).toContainText('Who was at the table')
  const checklist = preview.getByRole('row', { name: /Terminology agreed and stakeholders mapped/ })
  await expect(checklist).toContainText('Yes')
  await expect(checklist).toContainText('Glossary agreed with the design group')
  await expect(preview.getByRole('columnheader', { name: 'Planned time' }).first()).toBeVisible()
  await expect(preview.getByRole('cell', { name: 'Flood exercise' })).toBeVisible()
  await expect(preview.getByRole('heading', { name: /Day 2 — Thursday, March 5, 2026/ })).toBeVisible()
  // a pause under a minute leaves the actual time as it was (room.test.ts: a longer one is said beside it)

  // formatting by button and by keyboard; Ctrl+Z takes a formatting edit back like typing
  await draft.focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('\nKey lesson: liaison works')
  for (let i = 0; i < 'liaison works'.length; i++) await page.keyboard.press('Shift+ArrowLeft')
  await page.getByRole('button', { name: 'Bold (Ctrl+B)' }).click()
  await expect(draft).toHaveValue(/Key lesson: \*\*liaison works\*\*$/)
  await expect(preview.locator('strong', { hasText: 'liaison works' })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(draft).toHaveValue(/Key lesson: liaison works$/)
  await page.keyboard.press('Control+i')
  await expect(draft).toHaveValue(/Key lesson: \*liaison works\*$/)
  await expect(preview.locator('em', { hasText: 'liaison works' })).toBeVisible()
  await expect(page.getByText('Saved').first()).toBeVisible()
  await snap(page, 'report-editor')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Word (DOCX)' }).click()
  const file = await (await download).path()
  const styleMap = ["p[style-name='Quote'] => blockquote > p:fresh"]
  const html = (await mammoth.convertToHtml({ buffer: readFileSync(file) }, { styleMap })).value
  expect(html).toContain('<strong>Outcomes</strong>')
  expect(html).toContain('<li>Police and NGOs agreed a joint liaison cell</li>')
  expect(html).toContain('<em>The water rises:</em> The mayor asked the army for trucks')
  expect(html).toMatch(/<blockquote><p>Who was at the table/)
  expect(html).toMatch(/<td><p>Terminology agreed and stakeholders mapped<\/p><\/td><td><p>Yes<\/p><\/td>/)
  expect(html).toMatch(/<th>|<td><p><strong>Planned time<\/strong>/)
  expect(html).toContain('Key lesson: <em>liaison works</em>')
})
