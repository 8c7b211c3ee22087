import { parseDocument, LineCounter } from 'yaml'
const n = Number(process.argv[2]); const uk = process.argv[3]==='1'
const text = Array.from({length:n},(_, i)=>'k'+i+': 1').join('\n')
console.log(text.length)
const t = performance.now()
const d = parseDocument(text, {lineCounter: new LineCounter(), prettyErrors:false, uniqueKeys: uk})
console.log(n, uk, (performance.now()-t).toFixed(1), d.errors.length)
