import {jsonChunks} from '../problems/json-chunks.js'
import type {CheckedDocument} from './problems.js'
import type {CheckSummary} from './summary.js'

/**
 * `postedit check --format json`: a stable contract that CI tooling reads. Fields are only
 * ever added, never renamed or removed.
 *
 *     {
 *       "ok": boolean,                  // true exactly when check exits 0
 *       "documents": [{                 // sorted by document (then corrections file)
 *         "document": string | null,    // the source, relative, forward slashes
 *         "corrections": string | null, // its corrections file, null when it has none
 *         "cleaned": string | null,     // the cleaned file apply writes for it
 *         "score": Score | null,        // MQM: {words, findings: {neutral, minor, major,
 *                                       //   critical}, points, perThousandWords}; null when
 *                                       //   the source could not be read
 *         "problems": [{                // sorted by path, then line and column
 *           "kind": "invalid-corrections" | "stale" | "ambiguous" | "conflict"
 *                 | "cleaned-missing" | "cleaned-outdated" | "unresolved-finding"
 *                 | "cleaned-finding" | "proposed-correction" | "max-penalty",
 *           "severity": "error" | "warning" | "info",
 *           "message": string,          // a finding's reason, or what is wrong and the fix
 *           "path": string,             // the file it is in: source, corrections or cleaned
 *           "place"?: {"start": Point, "end": Point},  // Point: {line, column, offset | null}
 *           "ruleId": string,           // a lint rule id, or postedit/<kind> for the others
 *           "correctionId"?: string,    // the corrections entry concerned
 *           "finding"?: JsonMessage     // a lint finding, as `lint --format json` writes it
 *         }]
 *       }],
 *       "summary": {
 *         "documents": number, "failed": number,
 *         "severities": {"error": n, "warning": n, "info": n},
 *         "kinds": {<every kind above>: n}
 *       }
 *     }
 *
 * Offsets count UTF-16 code units: in a text file from its start, in a corrections file from
 * the start of its YAML (after any byte-order mark). Errors fail the check, warnings only with
 * `--frail`, info never.
 */
export interface CheckJsonReport {
  ok: boolean
  documents: CheckedDocument[]
  summary: CheckSummary
}

export function checkJsonReport(documents: CheckedDocument[], summary: CheckSummary, ok: boolean): string {
  return [...checkJsonReportChunks(documents, summary, ok)].join('')
}

/** The text of {@link checkJsonReport} in pieces of a problem or so: a report can outgrow a string. */
export function* checkJsonReportChunks(documents: CheckedDocument[], summary: CheckSummary, ok: boolean): Generator<string> {
  const report: CheckJsonReport = {
    ok,
    documents: documents.map((document) => ({
      document: document.document,
      corrections: document.corrections,
      cleaned: document.cleaned,
      score: document.score,
      // A fixed key order, whatever order the problem was built in.
      problems: document.problems.map((problem) => ({
        kind: problem.kind,
        severity: problem.severity,
        message: problem.message,
        path: problem.path,
        ...(problem.place ? {place: problem.place} : {}),
        ruleId: problem.ruleId,
        ...(problem.correctionId === undefined ? {} : {correctionId: problem.correctionId}),
        ...(problem.finding ? {finding: problem.finding} : {})
      }))
    })),
    summary
  }
  // Levels: the report, its documents, a document, its problems; each problem is one piece.
  yield* jsonChunks(report, 4)
  yield '\n'
}
