/**
 * Times every rule on inputs that once made a scan quadratic (bench/pathological-inputs.ts):
 * `word` + 100,000 spaces + `x` took 26 s, a 121 KB token of quote marks 22 s. Each should
 * now lint in well under a second. Usage: npx tsx bench/pathological.ts
 */
import {VFile} from 'vfile'
import {createProcessor} from '../src/lint/processor.js'
import {rules} from '../src/rules/registry.js'
import {pathologicalInputs} from './pathological-inputs.js'

const only = (id: string) => ({rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === id ? 'error' : 'off']))}) as never

async function time(text: string, settings?: never): Promise<number> {
  const start = performance.now()
  await createProcessor(settings).process(new VFile({path: 'input.txt', value: text}))
  return performance.now() - start
}

for (const [name, text] of Object.entries(pathologicalInputs)) {
  const parse = await time(text, {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'off']))} as never)
  const slowest = []
  for (const rule of rules) slowest.push({id: rule.id, ms: (await time(text, only(rule.id))) - parse})
  slowest.sort((a, b) => b.ms - a.ms)
  const all = await time(text, {rules: Object.fromEntries(rules.map((rule) => [rule.id, 'error']))} as never)
  const top = slowest
    .slice(0, 3)
    .map((rule) => `${rule.id} ${Math.max(0, rule.ms).toFixed(0)} ms`)
    .join(', ')
  console.log(`${name} (${text.length} chars): parse ${parse.toFixed(0)} ms, every rule ${all.toFixed(0)} ms; slowest rules over the parse: ${top}`)
}

// A corrections file's document line is read before any YAML parser (corrections/named-documents.ts).
const {plainDocumentName} = await import('../src/corrections/named-documents.js')
for (const [name, text] of Object.entries({'document line, then 200,000 blanks and tabs': 'document: a' + ' \t'.repeat(100_000) + 'b\n'})) {
  const start = performance.now()
  plainDocumentName(text)
  console.log(`${name} (${text.length} chars): document line read in ${(performance.now() - start).toFixed(0)} ms`)
}
