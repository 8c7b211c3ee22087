import { parseDocument, LineCounter } from 'yaml'
const [kind, nStr] = process.argv.slice(2); const n = Number(nStr)
const text = kind==='flow' ? '['.repeat(n) + ']'.repeat(n) : kind==='block' ? '- '.repeat(n) + 'x\n' : Array.from({length:n},(_, i)=>' '.repeat(i)+'a:').join('\n')+' 1\n'
const t = performance.now()
try { const d = parseDocument(text, {lineCounter: new LineCounter(), prettyErrors:false, uniqueKeys: true}); console.log(kind, n, (performance.now()-t).toFixed(1), d.errors.map(e=>e.code)) } catch(e) { console.log(kind,n,'threw', String(e).slice(0,80)) }
