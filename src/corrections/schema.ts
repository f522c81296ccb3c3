/**
 * JSON schema of a corrections file (corrections/<name>.yml), checked with ajv after the YAML
 * is parsed. Dates are strings here: the loader turns YAML 1.1 timestamps into `YYYY-MM-DD`
 * first, so `reviewed: 2026-11-20` validates whichever YAML schema parsed it.
 */
export const correctionFields = [
  'id',
  'exact',
  'prefix',
  'suffix',
  'replacement',
  'status',
  'reviewer',
  'reviewed',
  'note',
  'rule',
  'category',
  'severity',
  'start'
] as const

export const fileFields = ['document', 'published', 'corrections'] as const

export const correctionsSchema = {
  $id: 'https://postedit.invalid/corrections.schema.json',
  type: 'object',
  required: ['document', 'corrections'],
  additionalProperties: false,
  properties: {
    document: {type: 'string', minLength: 1},
    published: {type: 'string', format: 'date'},
    corrections: {type: 'array', items: {$ref: '#/$defs/correction'}}
  },
  $defs: {
    correction: {
      type: 'object',
      required: ['id', 'exact', 'replacement', 'status'],
      additionalProperties: false,
      properties: {
        // One line: an id is printed in diff hunk headers and messages, where a line break would forge lines.
        id: {type: 'string', minLength: 1, pattern: '^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$'},
        exact: {type: 'string', minLength: 1},
        prefix: {type: 'string'},
        suffix: {type: 'string'},
        replacement: {type: 'string'},
        status: {enum: ['proposed', 'approved', 'rejected']},
        reviewer: {type: 'string', minLength: 1},
        reviewed: {type: 'string', format: 'date'},
        note: {type: 'string'},
        rule: {type: 'string', minLength: 1},
        category: {type: 'string', minLength: 1},
        severity: {enum: ['minor', 'major', 'critical']},
        start: {type: 'integer', minimum: 0}
      },
      // A decision (approved or rejected) must say who took it and when.
      if: {required: ['status'], properties: {status: {enum: ['approved', 'rejected']}}},
      then: {required: ['reviewer', 'reviewed']}
    }
  }
} as const

/** `YYYY-MM-DD` naming a real calendar day (the lint layer's check, which library callers' dates get too). */
export {isIsoDate} from '../lint/document-date.js'
