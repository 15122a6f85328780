/**
 * Radix Themes ships every layout and size class once more for each of its five breakpoints
 * (`xs:` … `xl:`, inside media queries): without them the stylesheet Chromium parses before
 * the first screen is 272 kB instead of 620, its parse 8–25 ms instead of 33–61 (traces,
 * session 14). The app gives a responsive value to one prop only, so this PostCSS plugin drops
 * every other breakpoint class. `scripts/trim-responsive-css.test.ts` fails when a component passes a
 * responsive value to a prop whose classes would be dropped: add the prop here.
 */
import type { AtRule, Plugin, Rule } from 'postcss'

/** The props given responsive values in the app, with the class Radix Themes names them by. */
export const responsiveProps: Record<string, string> = { columns: 'rt-r-gtc' }

const breakpointClass = /\.(?:xs|sm|md|lg|xl)\\:([\w-]+)/g

function keeps(selector: string, kept: string[]): boolean {
  const classes = [...selector.matchAll(breakpointClass)].map((m) => m[1]!)
  return !classes.length || classes.some((c) => kept.some((k) => c === k || c.startsWith(`${k}-`)))
}

export function trimResponsiveCss(kept = Object.values(responsiveProps)): Plugin {
  return {
    postcssPlugin: 'trim-responsive-css',
    Rule(rule: Rule) {
      if (!rule.selectors.some((s) => keeps(s, kept))) rule.remove()
    },
    OnceExit(root) {
      root.walkAtRules('media', (media: AtRule) => {
        if (!media.nodes?.length) media.remove()
      })
    },
  }
}
