import { parseDocument, LineCounter, Parser, Composer, Lexer } from 'yaml'
const n = Number(process.argv[2])
const text = Array.from({length:n},(_, i)=>'k'+i+': 1').join('\n')
let t = performance.now()
let c=0; for (const x of new Lexer().lex(text)) c++
console.log('lex', (performance.now()-t).toFixed(1))
t = performance.now()
const toks = [...new Parser().parse(text)]
console.log('parse', (performance.now()-t).toFixed(1))
t = performance.now()
const docs = [...new Composer({uniqueKeys:false}).compose(toks)]
console.log('compose', (performance.now()-t).toFixed(1))
