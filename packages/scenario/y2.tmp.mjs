import { Lexer, Parser } from 'yaml'
const which = process.argv[2]
const inputs = {
 deepflow: '['.repeat(100000) + ']'.repeat(100000),
 deepblock: '- '.repeat(100000) + 'x\n',
 deepblock5k: '- '.repeat(5000) + 'x\n',
 deepmapc: 'a: '.repeat(20000) + 'x\n',
}
const text = inputs[which]
let t = performance.now()
let n = 0, maxd=0, d=0
for (const tok of new Lexer().lex(text)) { n++ }
console.log(which, 'lex', n, (performance.now()-t).toFixed(1))
t = performance.now()
n=0
for (const tok of new Parser().parse(text)) { n++ }
console.log(which, 'parse', n, (performance.now()-t).toFixed(1))
