/** Vite's `?raw` imports (the participant page's script and styles are served as text). */
declare module '*?raw' {
  const text: string
  export default text
}
