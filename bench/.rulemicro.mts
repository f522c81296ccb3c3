import {readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {createProcessor} from '../src/lint/processor.js'
import {rules} from '../src/rules/registry.js'
import {treeViews} from '../src/rules/support/views.js'
const args = process.argv.slice(2)
const rounds = Number(process.env.ROUNDS ?? 12)
const every = {rules: Object.fromEntries(rules.map((r) => [r.id, r.severity]))}
const processor = createProcessor(every as never).freeze()
const dir = 'bench/.corpus/small'
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 400).map((f) => new VFile({path: f, value: readFileSync(`${dir}/${f}`, 'utf8')}))
const trees = files.map((file) => processor.parse(file))
for (const tree of trees) for (const s of treeViews(tree as never).sentences) void s.tokens
let sum = 0
for (const rule of rules.filter((r) => args.length === 0 || args.includes(r.id))) {
  const transform = (rule.plugin as any).call(processor, undefined)
  let best = Infinity
  let findings = 0
  let digest = ''
  for (let round = 0; round < rounds; round++) {
    const t = performance.now()
    files.forEach((file, i) => transform(trees[i], file))
    best = Math.min(best, performance.now() - t)
    findings = 0
    digest = ''
    for (const f of files) { findings += f.messages.length; for (const m of f.messages) digest += `${f.path}:${m.place && 'start' in m.place ? m.place.start.offset + '-' + m.place.end.offset : ''}:${m.reason}:${m.expected}\n`; f.messages.length = 0 }
  }
  sum += best
  const {createHash} = await import('node:crypto')
  console.log(rule.id.padEnd(26), best.toFixed(1).padStart(7), 'ms', findings, createHash('sha1').update(digest).digest('hex').slice(0, 10))
}
console.log('sum', sum.toFixed(1))
