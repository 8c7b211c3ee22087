/**
 * Every browser test runs with the same fonts, whatever else the machine has installed: DejaVu
 * (CI installs `fonts-dejavu-core` beside Chromium), so screenshots compare across machines.
 */
const style = document.createElement('style')
style.textContent = `
  :root { --hatrack-font: 'DejaVu Sans', sans-serif; --hatrack-mono: 'DejaVu Sans Mono', monospace; }
  html, body { font-family: 'DejaVu Sans', sans-serif; margin: 0; }
`
document.head.append(style)
