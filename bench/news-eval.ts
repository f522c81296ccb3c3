/**
 * The news half of `npm run eval`: lints the machine-translated news articles of
 * ../shared/eval/news-fr-en/ (mt/) and their native English controls (human/), and compares
 * findings with the hand annotations (annotations.jsonl: an exact quote and a category each).
 * See bench/README.md for how it counts; the data is never read by src/ or tests/.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {Finding} from '../src/lint/postedit.js'
import {createProcessor} from '../src/lint/processor.js'
import type {PosteditSettings} from '../src/lint/settings.js'
import {rules} from '../src/rules/registry.js'
import {evalDir} from './corpus.js'

export const newsDataPath = path.join(evalDir, 'news-fr-en')

export interface NewsAnnotation {
  file: string
  quote: string
  category: string
}

interface Span {
  start: number
  end: number
  category: string
}

export interface NewsRuleStats {
  id: string
  enabledByDefault: boolean
  mtFindings: number
  overlapping: number
  humanFindings: number
  precision: number | null
  humanPer1000: number
}

export interface NewsReport {
  data: string
  files: {mt: number; human: number}
  words: {mt: number; human: number}
  /** Findings left out because they fell in a store prefix or a file's cut final paragraph. */
  ignored: number
  rules: NewsRuleStats[]
  overall: NewsRuleStats
  /** Per annotation category: annotations, and how many some finding overlaps. */
  recall: Array<{category: string; annotations: number; hit: number; recall: number}>
  recallOverall: {annotations: number; hit: number; recall: number}
}

/**
 * Where the counted text starts and ends: after the store's ` date YYYY-MM-DD ` prefix, and
 * before a final paragraph with no sentence ending (the store cut the page there; README).
 */
export function countedRange(text: string): {start: number; end: number} {
  const prefix = /^ date \d{4}-\d{2}-\d{2} /.exec(text)
  const start = prefix ? prefix[0].length : 0
  const trimmed = text.replace(/\s+$/, '')
  const lastBreak = trimmed.lastIndexOf('\n')
  const lastParagraph = trimmed.slice(lastBreak + 1)
  const finished = /[.!?…:"”»')\]]$/.test(lastParagraph)
  return {start, end: finished ? text.length : lastBreak + 1}
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

function ratio(hit: number, total: number): number {
  return total === 0 ? 0 : Math.round((hit / total) * 1000) / 1000
}

function per1000(count: number, words: number): number {
  return words === 0 ? 0 : Math.round((count / words) * 1000 * 100) / 100
}

function offsetsOf(finding: Finding): {start: number; end: number} | undefined {
  const place = finding.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

function overlaps(start: number, end: number, span: Span): boolean {
  if (start === end) return span.start <= start && start <= span.end
  return start < span.end && span.start < end
}

export function loadNewsAnnotations(): NewsAnnotation[] {
  return readFileSync(path.join(newsDataPath, 'annotations.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsAnnotation)
}

export async function evaluateNews(all: boolean): Promise<NewsReport | undefined> {
  if (!existsSync(newsDataPath)) return undefined
  const settings: PosteditSettings = {}
  if (all) {
    settings.rules = {}
    for (const rule of rules) if (rule.enabledByDefault === false) settings.rules[rule.id] = rule.severity
  }
  const processor = createProcessor(settings).freeze()
  const annotations = loadNewsAnnotations()
  const stats = new Map<string, NewsRuleStats>()
  const statsFor = (id: string): NewsRuleStats => {
    let entry = stats.get(id)
    if (!entry) {
      const rule = rules.find((r) => r.id === id)
      entry = {id, enabledByDefault: rule ? rule.enabledByDefault !== false : true, mtFindings: 0, overlapping: 0, humanFindings: 0, precision: null, humanPer1000: 0}
      stats.set(id, entry)
    }
    return entry
  }
  for (const rule of rules) if (all || rule.enabledByDefault !== false) statsFor(rule.id)

  const words = {mt: 0, human: 0}
  const files = {mt: 0, human: 0}
  const byCategory = new Map<string, {annotations: number; hit: number}>()
  let ignored = 0
  for (const side of ['mt', 'human'] as const) {
    const dir = path.join(newsDataPath, side)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(path.join(dir, name), 'utf8')
      files[side]++
      words[side] += wordsOf(text)
      const spans: Span[] = []
      for (const annotation of annotations.filter((a) => a.file === `${side}/${name}`)) {
        const start = text.indexOf(annotation.quote)
        if (start === -1) throw new Error(`annotation quote not found in ${annotation.file}: ${annotation.quote}`)
        spans.push({start, end: start + annotation.quote.length, category: annotation.category})
      }
      const file = new VFile({path: name, value: text})
      await processor.run(processor.parse(file), file)
      const range = countedRange(text)
      const hit = new Set<Span>()
      for (const finding of file.messages as Finding[]) {
        const offsets = offsetsOf(finding)
        if (offsets && (offsets.start < range.start || offsets.start >= range.end)) {
          ignored++
          continue
        }
        const entry = statsFor(finding.ruleId ?? finding.source ?? 'unknown')
        if (side === 'human') {
          entry.humanFindings++
          continue
        }
        entry.mtFindings++
        if (!offsets) continue
        const touched = spans.filter((span) => overlaps(offsets.start, offsets.end, span))
        for (const span of touched) hit.add(span)
        if (touched.length > 0) entry.overlapping++
      }
      for (const span of spans) {
        let count = byCategory.get(span.category)
        if (!count) byCategory.set(span.category, (count = {annotations: 0, hit: 0}))
        count.annotations++
        if (hit.has(span)) count.hit++
      }
    }
  }
  const finish = (entry: NewsRuleStats): NewsRuleStats => ({
    ...entry,
    precision: entry.mtFindings === 0 ? null : ratio(entry.overlapping, entry.mtFindings),
    humanPer1000: per1000(entry.humanFindings, words.human)
  })
  const ruleStats = [...stats.values()].map(finish)
  const overall = finish({
    id: 'overall',
    enabledByDefault: true,
    mtFindings: ruleStats.reduce((sum, r) => sum + r.mtFindings, 0),
    overlapping: ruleStats.reduce((sum, r) => sum + r.overlapping, 0),
    humanFindings: ruleStats.reduce((sum, r) => sum + r.humanFindings, 0),
    precision: null,
    humanPer1000: 0
  })
  const recall = [...byCategory.entries()]
    .map(([category, count]) => ({category, ...count, recall: ratio(count.hit, count.annotations)}))
    .sort((a, b) => b.annotations - a.annotations || a.category.localeCompare(b.category))
  const totalAnnotations = recall.reduce((sum, r) => sum + r.annotations, 0)
  const totalHit = recall.reduce((sum, r) => sum + r.hit, 0)
  return {
    data: 'news-fr-en',
    files,
    words,
    ignored,
    rules: ruleStats,
    overall,
    recall,
    recallOverall: {annotations: totalAnnotations, hit: totalHit, recall: ratio(totalHit, totalAnnotations)}
  }
}

const ruleHeaders = ['rule', 'default', 'MT findings', 'overlap', 'precision', 'human findings', 'human /1k words']
const recallHeaders = ['category', 'annotations', 'overlapped', 'recall']

function ruleRows(report: NewsReport): string[][] {
  const line = (entry: NewsRuleStats, isOverall: boolean) => [
    entry.id,
    isOverall ? '' : entry.enabledByDefault ? 'on' : 'off',
    String(entry.mtFindings),
    String(entry.overlapping),
    entry.precision === null ? '–' : entry.precision.toFixed(3),
    String(entry.humanFindings),
    entry.humanPer1000.toFixed(2)
  ]
  return [...report.rules.map((entry) => line(entry, false)), line(report.overall, true)]
}

function recallRows(report: NewsReport): string[][] {
  const line = (category: string, r: {annotations: number; hit: number; recall: number}) => [
    category,
    String(r.annotations),
    String(r.hit),
    r.recall.toFixed(3)
  ]
  return [...report.recall.map((r) => line(r.category, r)), line('overall', report.recallOverall)]
}

function newsSummary(report: NewsReport): string[] {
  return [
    `Data: ${report.data}: mt/ ${report.files.mt} files, ${report.words.mt} words; human/ ${report.files.human} files, ${report.words.human} words (whitespace tokens).`,
    `${report.ignored} findings ignored: in a store date prefix or in the final unfinished paragraph of a cut file.`
  ]
}

function plainTable(headers: string[], body: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)))
  const format = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [format(headers), rule, ...body.slice(0, -1).map(format), rule, format(body[body.length - 1] ?? [])]
}

export function formatNewsTable(report: NewsReport): string {
  return [
    ...plainTable(ruleHeaders, ruleRows(report)),
    '',
    ...plainTable(recallHeaders, recallRows(report)),
    '',
    ...newsSummary(report)
  ].join('\n')
}

function markdownTable(headers: string[], body: string[][]): string[] {
  const last = body.length - 1
  const cells = (row: string[]) => `| ${row.join(' | ')} |`
  return [
    cells(headers),
    cells(headers.map((_, i) => (i === 0 || (headers === ruleHeaders && i === 1) ? '---' : '---:'))),
    ...body.map((row, i) =>
      cells(i === last ? row.map((cell) => (cell ? `**${cell}**` : cell)) : row.map((cell, j) => (j === 0 ? `\`${cell}\`` : cell)))
    )
  ]
}

export function formatNewsMarkdown(report: NewsReport): string {
  return [
    '## News: English articles machine-translated from French',
    '',
    'The data is `../shared/eval/news-fr-en/` (not in this repository): 18 real English news articles',
    'machine-translated from French and republished on the web (`mt/`), with 389 hand annotations of',
    'their artifacts (an exact quote and one of twelve categories each), and 12 native English',
    'articles on the same stories as controls (`human/`). Each file is linted whole. A finding on',
    '`mt/` *overlaps* when it shares a character with an annotated quote; *precision* is overlap /',
    'MT findings; *recall* per category is the share of annotations some finding overlaps. Every',
    'finding on `human/` counts as a false alarm (a few are real native slips). The texts were cut',
    'at about 2,000 bytes by the page store, so findings in a final paragraph with no sentence',
    'ending, and in the store\'s ` date YYYY-MM-DD ` prefix, are not counted. No sentence of the set',
    'is in rule data or tests. It is not fully held out either. Two changes were made after reading',
    'which annotations no finding touched (a space inside "p.m .:" in `mistyped-punctuation`, a French',
    '"et" between lowercase words in `untranslated-french`); they account for 3 overlapped',
    'annotations. On 2026-12-03 the `indefinite-article` rule and six calque entries (French',
    '"réseaux sociaux", incise verbs after a quotation, *intime conviction*, *annoncer la couleur*,',
    '*une valse de*, *entretenir le flou*) were added for families seen among those misses, though',
    'written from dictionaries and the French expressions, not from the sentences; they account',
    'for 11 more. Those 14 say nothing about unseen text: the held-out recall is the overall figure',
    'less 14.',
    '',
    ...markdownTable(ruleHeaders, ruleRows(report)),
    '',
    ...markdownTable(recallHeaders, recallRows(report)),
    '',
    ...newsSummary(report).map((line) => `${line}  `)
  ].join('\n')
}
