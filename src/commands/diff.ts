import {parseArgs} from 'node:util'
import {loadProjectSettings, maxBytesOf} from '../lint/project-settings.js'
import {correctDocuments, movedDiffs, movedLines, resolveCorrectionsFiles} from '../corrections/documents.js'
import {correctionsDiff} from '../corrections/diff.js'
import {EXIT, UsageError, write, type Io} from '../io.js'
import {problemLine} from '../problems/file-problem.js'

export const diffHelp = `Usage: postedit diff [documents...] [options]

Show what the approved corrections change: a unified diff of the source against its
cleaned text, each hunk under a \`# corrections: id, …\` line naming the entries that made
it. Paragraphs are split into sentences inside a hunk so long lines stay readable; the
\`@@\` line numbers are the file's. A document is a corrections file or the source path one
names; none means every corrections/*.yml.

Options:
  --word                 word diff: [-removed-]{+added+} (red/green with colour); shows
                         whitespace edits too, naming invisible spaces (<nbsp>, <nnbsp>,
                         <thinsp>, <tab>; <newline> when only line breaks change)
  --patch                a plain unified diff of whole lines (three lines of context, no
                         \`# corrections\` lines), as \`patch\` takes it
  --fuzzy                re-anchor entries whose exact text is gone (as \`apply --fuzzy\`)
  --color / --no-color   colour the word diff (default: when stdout is a terminal)
  -h, --help             this text
`

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      word: {type: 'boolean', default: false},
      patch: {type: 'boolean', default: false},
      fuzzy: {type: 'boolean', default: false},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })
  if (values.help) {
    write(io.stdout, diffHelp)
    return EXIT.ok
  }
  if (values.word && values.patch) throw new UsageError('--word and --patch are two kinds of diff: give one')
  const color = values['no-color'] ? false : (values.color ?? io.color)
  let failed = false
  const maxBytes = maxBytesOf(await loadProjectSettings(io.cwd))
  const files = await resolveCorrectionsFiles(positionals, io.cwd)
  for (const document of await correctDocuments(files, io.cwd, {fuzzy: values.fuzzy, maxBytes})) {
    if (document.problems.length > 0 || !document.result || document.source === undefined) {
      for (const problem of document.problems) write(io.stderr, `postedit: ${problemLine(problem)}`)
      failed = true
      continue
    }
    // A re-anchored entry landed on text that is not its quote: show that, for review.
    const diffs = movedDiffs(document, color)
    movedLines(document).forEach((line, index) => {
      write(io.stderr, `postedit: ${line}`)
      for (const diff of diffs[index] ?? []) write(io.stderr, diff)
    })
    const patch = correctionsDiff(
      {source: document.sourceName!, cleaned: document.cleanedName!},
      document.source,
      document.result.text,
      document.result.applied,
      {word: values.word, color, patch: values.patch}
    )
    if (patch) write(io.stdout, patch)
  }
  return failed ? EXIT.usage : EXIT.ok
}
