import { Lexer, CST } from 'yaml'
const text = `a:
  - b: [1, {c: "x[y"}]
    d: |
      { "e": [[[ }
  - - - z # [[[
k: 'it''s [' 
`
for (const t of new Lexer().lex(text)) console.log(JSON.stringify(t), CST.tokenType(t))
