/**
 * The corrections file model (corrections/<name>.yml), shared by apply, diff, record and lint.
 * Anchors follow the W3C Web Annotation TextQuoteSelector: `exact` with optional `prefix`
 * and `suffix` context.
 */
export type CorrectionStatus = 'proposed' | 'approved' | 'rejected'

export type CorrectionSeverity = 'minor' | 'major' | 'critical'

export interface Correction {
  /** Unique within the file. */
  id: string
  /** The text to replace, exactly as the source has it. */
  exact: string
  /** Text just before `exact`, as much as makes the match unique. */
  prefix?: string
  /** Text just after `exact`. */
  suffix?: string
  /** What `exact` becomes; the empty string deletes. May span paragraphs. */
  replacement: string
  status: CorrectionStatus
  /** Required on approved and rejected entries. */
  reviewer?: string
  /** ISO date (YYYY-MM-DD), required on approved and rejected entries. */
  reviewed?: string
  /** The rationale. */
  note?: string
  /** The lint rule id whose finding this resolves. */
  rule?: string
  /** MQM category, such as `Accuracy/Mistranslation`. */
  category?: string
  severity?: CorrectionSeverity
  /**
   * Where `exact` began in the source when the entry was written (a UTF-16 offset, as the
   * TextPositionSelector gives it). Optional: anchoring is by quote; fuzzy re-anchoring uses
   * it to prefer the nearest candidate and to report how far the text moved.
   */
  start?: number
}

export interface CorrectionsFile {
  /** The document this file corrects, relative to the folder postedit runs in. */
  document: string
  /** Publication date of the document (YYYY-MM-DD); rules may use it. */
  published?: string
  corrections: Correction[]
}
