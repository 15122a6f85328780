/* global document, window, navigator */
// What the page decides before its first frame, so that frame is already the right one. A
// classic script in <head>: it runs before the body is parsed, ahead of the app's modules.
;(function () {
  var root = document.documentElement
  // The first screen drawn ahead (main/first-page.ts) is the library's: when the address names
  // another area, it stays hidden until the app draws that area.
  var area = /^#\/?([^/?]*)/.exec(window.location.hash)
  if (area && area[1] && area[1] !== 'library') root.setAttribute('data-first-screen', 'off')
  // Radix Themes names six font families before system-ui. On Linux none is usually installed,
  // and each miss is a font lookup in the first layout (35–59 ms, against 11–23 with system-ui
  // first: traces, session 14). On macOS and Windows its stack finds the system font at once,
  // and on Windows its 'Segoe UI (Custom)' faces give weight 500 the Semibold face, which
  // system-ui would not: so only Linux gets the shorter stack (theme-font.css).
  var agent = navigator.userAgent
  if (/\bLinux\b/.test(agent) && !/\bAndroid\b/.test(agent)) root.setAttribute('data-font-stack', 'system')
})()
