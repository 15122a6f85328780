import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, snap } from './support/fixtures'
import { startAppServer } from './support/app-server'
import { ask, isolated } from './support/records'

const pdfTool = (tool: string, args: string[]) => {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function fillRole(page: Page, n: number, name: string, brief: string) {
  await page.getByRole('textbox', { name: `Role ${n}: Name`, exact: true }).fill(name)
  await page.getByRole('textbox', { name: `Role ${n}: Public brief`, exact: true }).fill(brief)
}

test('author a scenario, adapt it to a context, run all phases with injects and notes, print role cards', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await page.getByRole('link', { name: /^Scenarios/ }).click()
  await expect(page.getByRole('link', { name: 'Rising water in the Lower Sava valley' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Title of a new scenario' }).fill('Checkpoint at the Ministry bridge')
  await page.getByRole('button', { name: 'Author a new scenario' }).click()
  await expect(page.getByRole('tab', { name: 'Edit', selected: true })).toBeVisible()

  await page
    .getByRole('textbox', { name: 'Fictional setting' })
    .fill('A bridge guarded by the Ministry police is the only way to the market.')
  await fillRole(page, 1, 'Bridge police sergeant', 'You guard the bridge for the Ministry.')
  await page.getByRole('button', { name: 'Add a role' }).click()
  await fillRole(page, 2, 'Market women’s association', 'You need to cross every morning.')
  await page.getByRole('button', { name: 'Add a role' }).click()
  await fillRole(page, 3, 'UN patrol officer', 'You patrol the area twice a day.')
  await page.getByRole('textbox', { name: 'Phase 1: Title', exact: true }).fill('Morning queue')
  await page.getByRole('spinbutton', { name: 'Phase 1: Real minutes', exact: true }).fill('10')
  await page.getByRole('button', { name: 'Add an inject to phase 1' }).click()
  await page
    .getByRole('textbox', { name: 'Inject 1.1: Content', exact: true })
    .fill('The queue at the Ministry bridge is 300 people long.')
  await page
    .getByRole('textbox', { name: 'Inject 1.1: Facilitator note / expected reaction', exact: true })
    .fill('SECRET-NOTE: watch who talks to whom')
  await page.getByRole('button', { name: 'Add a phase' }).click()
  await page.getByRole('textbox', { name: 'Phase 2: Title', exact: true }).fill('A scuffle')
  await page.getByRole('button', { name: 'Add an inject to phase 2' }).click()
  await page.getByRole('spinbutton', { name: 'Inject 2.1: At minute', exact: true }).fill('45')
  await expect(page.getByText(/an inject at minute 45 comes after the phase ends \(30 min\)/)).toBeVisible()
  await page.getByRole('spinbutton', { name: 'Inject 2.1: At minute', exact: true }).fill('5')
  await page
    .getByRole('textbox', { name: 'Inject 2.1: Content', exact: true })
    .fill('A man is pushed into the river near the Ministry post.')
  await expect(page.getByText('Timings to check:')).toBeHidden()
  await page.getByRole('button', { name: 'Done', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible()
  await expect(page.getByRole('rowheader')).toHaveCount(3)

  await page.getByRole('textbox', { name: 'Context (e.g. a region)' }).fill('Mopti')
  await page.getByRole('textbox', { name: 'Terms to change' }).fill('Ministry = Préfecture')
  await page.getByRole('button', { name: 'Preview the changes' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Make an adapted copy' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Checkpoint at the Préfecture bridge (Mopti)' }),
  ).toBeVisible()
  await expect(
    page.getByText(`Adapted from “${isolated('Checkpoint at the Ministry bridge')}” for ${isolated('Mopti')}.`),
  ).toBeVisible()

  await page.getByRole('tab', { name: 'Run' }).click()
  await page.getByRole('button', { name: 'Start the exercise' }).click()
  const injects = page.getByRole('list', { name: 'Injects' })
  await expect(injects.getByText(/released on schedule at/)).toBeVisible()
  await expect(injects.getByText('The queue at the Préfecture bridge is 300 people long.')).toBeVisible()
  const presenterPromise = page.context().waitForEvent('page')
  await page.getByRole('link', { name: 'Open the presenter view' }).click()
  const presenter = await presenterPromise
  await expect(presenter.getByText('The queue at the Préfecture bridge is 300 people long.')).toBeVisible()
  await expect(presenter.getByText(/SECRET-NOTE/)).toHaveCount(0)
  await snap(presenter, 'scenario-presenter')
  const note = page.getByRole('textbox', { name: 'Note on this phase' })
  await note.fill('The police sergeant let the women through first')
  await note.press('Enter')
  await expect(note).toHaveValue('')
  await page.getByRole('button', { name: 'Next phase' }).click()
  await expect(page.getByRole('heading', { name: 'Phase 2 of 2: A scuffle' })).toBeVisible()
  await injects.getByRole('button', { name: 'Release now' }).click()
  await expect(injects.getByText(/released by hand at/)).toBeVisible()
  await expect(presenter.getByText('A man is pushed into the river near the Préfecture post.')).toBeVisible()
  await note.fill('UN patrol called the police commander')
  await note.press('Enter')
  await expect(note).toHaveValue('')
  await snap(page, 'scenario-run')
  await page.getByRole('button', { name: 'Finish the exercise' }).click()
  await expect(page.getByText('2 of 2 injects released, 2 notes.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(2)

  await page.getByRole('tab', { name: 'Overview' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Role cards (PDF)' }).click()
  const file = await (await download).path()
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  const info = pdfTool('pdfinfo', [file])
  if (info !== null) {
    expect(info).toMatch(/Pages:\s+3\b/)
    for (const [n, name] of [
      [1, 'Bridge police sergeant'],
      [2, 'Market women’s association'],
      [3, 'UN patrol officer'],
    ] as const) {
      expect(pdfTool('pdftotext', ['-f', String(n), '-l', String(n), file, '-'])).toContain(name)
    }
  }
})

test('adapting a starter with "police" previews the changes, keeps the sector, and survives a restart', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  const resources = page.getByRole('rowheader')
  await expect(resources.first()).toBeVisible()
  const libraryCount = await resources.count()
  await page.getByRole('link', { name: /^Scenarios/ }).click()
  await page.getByRole('link', { name: 'Rising water in the Lower Sava valley' }).click()

  await page.getByRole('textbox', { name: 'Context (e.g. a region)' }).fill('Sahel')
  const terms = page.getByRole('textbox', { name: 'Terms to change' })
  await terms.fill('District Governor =')
  await page.getByRole('button', { name: 'Preview the changes' }).click()
  const dialog = page.getByRole('dialog', { name: 'Changes in the adapted copy' })
  await expect(dialog.getByRole('alert')).toContainText(
    'The adapted copy cannot be made: Role “District Governor” · name would be empty.',
  )
  await expect(dialog.getByRole('button', { name: 'Make an adapted copy' })).toBeDisabled()
  await snap(page, 'scenario-adapt-refused')
  await page.keyboard.press('Escape')
  // the dialog gives the focus back to what opened it: once that has happened, not while the
  // next field is being focused (a fresh-clone run on a loaded machine had it land after)
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Preview the changes' })).toBeFocused()

  await terms.fill('police = gendarmerie')
  await terms.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Preview the changes' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    dialog.getByText(`The copy will be called “${isolated('Rising water in the Lower Sava valley (Sahel)')}”.`),
  ).toBeVisible()
  const chief = dialog.getByRole('row', { name: /Role “Regional police chief” · name/ })
  await expect(chief.getByRole('cell')).toHaveText(['Regional police chief', 'Regional gendarmerie chief', '1'])
  await expect(dialog.getByRole('rowheader', { name: /sector/i })).toHaveCount(0)
  await snap(page, 'scenario-adapt-preview')

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Rising water in the Lower Sava valley' })).toBeVisible()
  await page.getByRole('button', { name: 'Preview the changes' }).press('Enter')
  await dialog.getByRole('button', { name: 'Make an adapted copy' }).focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rising water in the Lower Sava valley (Sahel)' }),
  ).toBeVisible()
  const role = page.getByRole('row', { name: /Regional gendarmerie chief/ })
  await expect(role.getByRole('cell').first()).toHaveText('Police')

  await app.stop()
  const db = JSON.parse(readFileSync(join(app.dataDir, 'db.json'), 'utf8')) as {
    scenarios: { title: string; roles: { id: string; sector: string }[] }[]
  }
  const copy = db.scenarios.find((x) => x.title.endsWith('(Sahel)'))!
  expect(copy.roles.map((r) => r.sector)).toEqual([
    'government',
    'military',
    'police',
    'civil-society',
    'un-ingo',
    'media',
  ])

  const again = await startAppServer(app.dataDir)
  try {
    await page.goto(again.url)
    await expect(resources).toHaveCount(libraryCount)
    await expect(page.getByText(/could not be read/)).toHaveCount(0)
    await page.getByRole('link', { name: /^Scenarios/ }).click()
    await expect(page.getByRole('link', { name: 'Rising water in the Lower Sava valley (Sahel)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Election week in Port Amara' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Coming home to Tesa district' })).toBeVisible()
  } finally {
    await again.stop()
  }
})

test('in Arabic, the presenter view shows a starter scenario’s phase and injects in Arabic', async ({ page, app }) => {
  await page.goto(app.url)
  await ask(page, 'scenarios:run', { id: 'starter-flood', action: 'start' })
  await ask(page, 'scenarios:run', { id: 'starter-flood', action: 'release', injectId: 'i1', by: 'hand' })
  await ask(page, 'settings:set', { language: 'ar' })
  await page.goto(`${app.url}#/present/starter-flood`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'ارتفاع المياه في وادي سافا الأدنى' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'المياه ترتفع' })).toBeVisible()
  await expect(page.getByText('اخترق النهر السدّ الترابي عند دولنو', { exact: false })).toBeVisible()
  await expect(page.getByText('مركز الإيواء 2 ممتلئ', { exact: false })).toBeVisible()
  await expect(page.getByText('The water rises')).toBeHidden()
  await snap(page, 'scenario-presenter-ar')
})

test('in French, the editor edits a starter role’s brief in French; the text as written and the Arabic stay', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await ask(page, 'settings:set', { language: 'fr' })
  await page.goto(`${app.url}#/scenarios/starter-flood/edit`)
  await page.reload()
  const brief = page.getByRole('textbox', { name: 'Rôle 1: Consigne publique', exact: true })
  // the French words, not the English as written
  await expect(brief).toHaveValue(
    'Vous présidez le comité de crise du district et devez montrer des résultats à la capitale.',
  )
  await expect(brief).toHaveAttribute('lang', 'fr')
  await brief.fill('Vous présidez le comité de crise et coordonnez la réponse avec la préfecture.')
  await page.getByRole('button', { name: 'Terminé' }).click()
  await expect(page.getByRole('tab', { name: 'Aperçu', selected: true })).toBeVisible()
  await page.reload()
  await page.goto(`${app.url}#/scenarios/starter-flood/edit`)
  await expect(brief).toHaveValue('Vous présidez le comité de crise et coordonnez la réponse avec la préfecture.')
  // a field emptied shows the text as written through it, and that is what the other pages show
  const name = page.getByRole('textbox', { name: 'Rôle 1: Nom', exact: true })
  await name.fill('')
  await expect(name).toHaveAttribute('placeholder', 'District Governor')
  await snap(page, 'scenario-editor-fr-role')
  // a role added here has no French words of its own: what is typed is its text, in every language
  await page.getByRole('button', { name: 'Ajouter un rôle' }).click()
  const added = page.getByRole('textbox', { name: 'Rôle 7: Consigne publique', exact: true })
  await expect(added).not.toHaveAttribute('lang', 'fr')
  await added.fill('Vous représentez les déplacés du camp de Dolno.')
  await page.getByRole('button', { name: 'Terminé' }).click()
  await expect(page.getByRole('tab', { name: 'Aperçu', selected: true })).toBeVisible()
  await page.goto(`${app.url}#/scenarios/starter-flood/edit`)

  await ask(page, 'settings:set', { language: 'en' })
  await page.reload()
  const english = page.getByRole('textbox', { name: 'Role 1: Public brief', exact: true })
  await expect(english).toHaveValue('You chair the district crisis committee and must show results to the capital.')
  await expect(page.getByRole('textbox', { name: 'Role 7: Public brief', exact: true })).toHaveValue(
    'Vous représentez les déplacés du camp de Dolno.',
  )
  const saved = await ask<{ translations: { ar: { roles: Record<string, { publicBrief: string }> } } }>(
    page,
    'scenarios:get',
    { id: 'starter-flood' },
  )
  expect(saved.translations.ar.roles.r1!.publicBrief).toMatch(/^تترأس لجنة الأزمات في المقاطعة/)
})
