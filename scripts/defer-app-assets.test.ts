import { describe, expect, it } from 'vitest'
import { deferAppAssets } from './defer-app-assets.mjs'

// the shape of out/renderer/index.html once the first-screen stylesheet is split (prerender-first-screen.mjs)
const built = `<!doctype html>
<html lang="en">
  <head>
    <title>Training Companion</title>
    <script src="./before-first-frame.js"></script>
    <script type="module" crossorigin src="./assets/index-AAA.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime-BBB.js">
    <link rel="modulepreload" crossorigin href="./assets/dialog-CCC.js">
    <style>.rt-Button{color:red}</style><link rel="preload" as="style" crossorigin href="./assets/index-DDD.css" id="tc-stylesheet">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const listed = (page: string) =>
  JSON.parse(/<script type="application\/json" id="tc-app-assets">(.*?)<\/script>/.exec(page)![1]!) as unknown

describe('the app’s code asked for after the first frame', () => {
  it('takes the entry script, its preloads and the stylesheet out of the head and lists them, in order', () => {
    const page = deferAppAssets(built, 'tc-stylesheet')
    expect(page).not.toMatch(/<script type="module"|modulepreload|rel="preload"/)
    expect(listed(page)).toEqual({
      entry: './assets/index-AAA.js',
      modules: ['./assets/runtime-BBB.js', './assets/dialog-CCC.js'],
      stylesheet: './assets/index-DDD.css',
    })
    expect(page).toContain('<style>.rt-Button{color:red}</style>')
  })

  it('puts the list just before the head script, which reads it as it runs', () => {
    const page = deferAppAssets(built, 'tc-stylesheet')
    expect(page).toContain('</script><script src="./before-first-frame.js"></script>')
    expect(page.indexOf('id="tc-app-assets"')).toBeLessThan(page.indexOf('before-first-frame.js'))
  })

  it('lists no stylesheet when the page has none to preload', () => {
    const page = deferAppAssets(built.replace(/<link rel="preload"[^>]*>/, ''), 'tc-stylesheet')
    expect(listed(page)).toMatchObject({ stylesheet: null })
  })

  it('leaves a page alone when it has no head script to ask for the code (it would never start)', () => {
    const withoutHeadScript = built.replace('<script src="./before-first-frame.js"></script>', '')
    expect(deferAppAssets(withoutHeadScript, 'tc-stylesheet')).toBe(withoutHeadScript)
  })
})
