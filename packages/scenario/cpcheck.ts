import { load, replay, checkScenario } from './src/index.ts'
import { readFileSync } from 'node:fs'
for (const f of ['02-first-role','10-role-chaining','11-cross-account','12-resource-policy-vs-role','15-guardrails','16-external-id']) {
  const text = readFileSync(`../../scenarios/${f}.yaml`,'utf8')
  const r = load(text, {fileName: f})
  if (!r.ok) { console.log(f, r.issues.map(i=>`${i.line}:${i.column} ${i.message}`)); continue }
  const t = replay(r.scenario)
  const v = checkScenario(t)
  console.log(f, t.summary, v.results.filter(x => !x.held).map(x => x.id + ': ' + x.detail))
}
