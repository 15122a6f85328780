import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { copyPdfjsAssets } from './scripts/copy-pdfjs-assets'
import { trimResponsiveCss } from './scripts/trim-responsive-css'

const shared = { '@shared': resolve('src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          server: resolve('src/main/browser-host/cli.ts'),
          'extract-worker': resolve('src/main/services/pdf/extract-worker.ts'),
          'picture-worker': resolve('src/main/services/pdf/picture-worker.ts'),
          // npm run bench: built with the app so it measures exactly the code that ships.
          bench: resolve('tests/bench/bench.ts'),
          'bench-import': resolve('tests/bench/import-child.ts'),
        },
        external: ['@playwright/test', 'playwright-core', 'playwright'],
      },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload can require only 'electron': bundle the contract's zod in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve('src/renderer/src') } },
    plugins: [react(), copyPdfjsAssets()],
    css: { postcss: { plugins: [trimResponsiveCss()] } },
    build: {
      target: 'chrome130',
      // electron-vite leaves the renderer unminified: minified, the first screen's JS is a quarter
      // of the size. Linked maps cost nothing until someone opens the developer tools.
      minify: true,
      sourcemap: true,
    },
  },
})
