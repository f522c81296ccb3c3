import {readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {createProcessor} from '../src/lint/processor.js'
import {treeViews, sentenceTokens} from '../src/rules/support/views.js'
const processor = createProcessor({} as never).freeze()
const dir = 'bench/.corpus/small'
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 400).map((f) => new VFile({path: f, value: readFileSync(`${dir}/${f}`, 'utf8')}))
const trees = files.map((file) => processor.parse(file))
const sentences = trees.flatMap((tree) => treeViews(tree as never).sentences.map((s) => s.node))
let n = 0
for (let round = 0; round < 8; round++) {
  let t = performance.now()
  for (const s of sentences) n += sentenceTokens(s).length
  const a = performance.now() - t
  console.log('tokens', a.toFixed(1), 'ms', sentences.length, 'sentences', n / (round + 1), 'tokens')
}
