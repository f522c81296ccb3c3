import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {lowercaseAfterStops} from './support/sentence-stops.js'
import type {RuleDefinition} from './types.js'
import {reportFinding} from './support/reporter.js'

const id = 'stray-full-stop'

export default function strayFullStop() {
  return (tree: Root, file: VFile) => {
    for (const found of lowercaseAfterStops(tree)) {
      if (found.kind !== 'stray') continue
      const {mark, stem: unit, word} = found
      const next = toString(word)
      const reason =
        `Unexpected full stop after \`${unit}\`: the sentence goes on with \`${next}\`, ` +
        `expected \`${unit} ${next}\``
      reportFinding(file, id, mark.position, reason, '.', [''])
    }
  }
}

export const strayFullStopRule: RuleDefinition = {
  id,
  plugin: strayFullStop,
  severity: 'error',
  category: 'Linguistic conventions/Punctuation',
  summary: 'A full stop left inside a sentence after a unit or number ("500 kilometers. from").'
}
