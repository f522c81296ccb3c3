import {DEFAULT_MAX_BYTES, ReadTextError, readRegularFile} from '../fs/read-text.js'
import type {CorrectedDocument} from '../corrections/documents.js'
import {lineColumn} from '../corrections/source-view.js'
import {checkRuleIds, point, type CheckProblem} from './problems.js'

/** `not-applied`: the corrections cannot be applied, so there is no text to compare with. */
export type CleanedState = 'up-to-date' | 'missing' | 'outdated' | 'not-applied'

/**
 * Whether a document's cleaned file holds, byte for byte, what `postedit apply` would write
 * now. A document whose corrections cannot be applied has no such text: its own problems say why.
 */
export async function cleanedState(document: CorrectedDocument): Promise<{state: CleanedState; problems: CheckProblem[]}> {
  const {result, cleanedPath, cleanedName} = document
  if (!result || !cleanedPath || !cleanedName || document.problems.length > 0) return {state: 'not-applied', problems: []}
  // A regular file under the texts' size limit (or what apply would write, if more): a FIFO or
  // a huge file must neither hang nor exhaust memory. Not capped at what apply would write: a
  // hand edit that made the file longer must still be placed where it starts, not at 1:1.
  const limit = Math.max(Buffer.byteLength(result.text) + 1, DEFAULT_MAX_BYTES)
  const bytes = await readRegularFile(cleanedPath, {display: cleanedName, maxBytes: limit}).catch((error: unknown) => {
    if (error instanceof ReadTextError && error.reason === 'no such file') return undefined
    if (error instanceof ReadTextError) return Buffer.alloc(0)
    throw error
  })
  const fix = 'run `postedit apply` to write it'
  if (bytes === undefined) {
    return {
      state: 'missing',
      problems: [
        {
          kind: 'cleaned-missing',
          severity: 'error',
          message: `missing: ${document.correctionsFile} has no cleaned text yet; ${fix}`,
          path: cleanedName,
          ruleId: checkRuleIds['cleaned-missing']
        }
      ]
    }
  }
  const expected = Buffer.from(result.text, 'utf8')
  if (bytes.equals(expected)) return {state: 'up-to-date', problems: []}
  const current = bytes.toString('utf8')
  const at = firstDifference(current, result.text)
  const {line, column} = lineColumn(current, at)
  const here = point(line, column, at)
  return {
    state: 'outdated',
    problems: [
      {
        kind: 'cleaned-outdated',
        severity: 'error',
        message: `out of date: differs from what ${document.correctionsFile} gives from here on; run \`postedit apply\` to update it`,
        path: cleanedName,
        place: {start: here, end: here},
        ruleId: checkRuleIds['cleaned-outdated']
      }
    ]
  }
}

/** The first UTF-16 offset where two texts differ (the shorter one's length when one extends the other). */
function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return index
  return length
}
