import type {AppliedCorrection} from '../corrections/apply.js'
import {elidedWordParts, visibleChange} from '../corrections/diff.js'
import type {Correction} from '../corrections/types.js'
import {scoreText, type Score} from '../lint/score.js'
import type {JsonMessage} from './json-report.js'

/**
 * `postedit report`: one self-contained HTML page per document, for an editor who reviews a
 * translation in a browser, on a desk or a phone. Everything it shows is inline (styles,
 * script, no font or image), so it opens from a file, offline, and leaks nothing; every piece
 * of the document's text goes through `escapeHtml`.
 */
export interface HtmlReportInput {
  /** The source, as reports name it (relative, forward slashes). */
  source: string
  text: string
  /** The source's findings, sorted by position, in the `lint --format json` contract. */
  findings: JsonMessage[]
  score: Score
  corrections?: {
    file: string
    cleanedName: string
    cleaned: string
    applied: readonly AppliedCorrection[]
    entries: readonly Correction[]
    /** The score once the approved corrections are taken into account. */
    remaining: Score
  }
  version: string
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** `Linguistic conventions/Punctuation` → `linguistic-conventions`: the colour family. */
export function categoryClass(category: string | null): string {
  const top = (category ?? 'other').split('/')[0]!
  return 'cat-' + (top.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'other')
}

function span(finding: JsonMessage): [number, number] | undefined {
  const start = finding.place?.start.offset
  const end = finding.place?.end.offset
  return start === null || start === undefined || end === null || end === undefined ? undefined : [start, end]
}

function suggestion(finding: JsonMessage): string {
  if (!finding.expected) return 'No safe automatic fix: a reviewer decides.'
  return finding.expected.map((value) => (value === '' ? 'delete it' : JSON.stringify(value))).join(' or ')
}

function suggestionHtml(finding: JsonMessage): string {
  if (!finding.expected) return `<span class="muted">${escapeHtml(suggestion(finding))}</span>`
  return finding.expected.map((value) => (value === '' ? 'delete it' : `<code>${escapeHtml(value)}</code>`)).join(' or ')
}

function tip(finding: JsonMessage): string {
  const fix = finding.expected ? `Suggestion: ${suggestion(finding)}` : suggestion(finding)
  return `${finding.severity} · ${finding.ruleId ?? ''} · ${finding.category ?? ''}\n${finding.reason}\n${fix}`
}

function markOpen(finding: JsonMessage, index: number, first: boolean, point: boolean): string {
  const attributes = [
    first ? `id="f-${index}"` : '',
    `class="finding sev-${finding.severity} ${categoryClass(finding.category)}${point ? ' point' : ''}"`,
    `data-finding="${index}"`,
    `data-rule="${escapeHtml(finding.ruleId ?? '')}"`,
    `data-severity="${finding.severity}"`,
    `data-category="${escapeHtml(finding.category ?? '')}"`,
    `data-tip="${escapeHtml(tip(finding))}"`,
    // One tab stop per finding, on its first piece.
    first ? 'tabindex="0"' : '',
    first ? 'aria-describedby="tip"' : ''
  ]
  return `<mark ${attributes.filter(Boolean).join(' ')}>`
}

/**
 * The text with each finding in `<mark>` elements: the text is cut at every finding boundary,
 * and each piece is wrapped in the marks of the findings covering it, outermost first, so
 * overlapping findings each keep a mark of their own. An empty finding (a missing full stop)
 * is an empty mark where it points.
 */
export function highlight(text: string, findings: readonly JsonMessage[]): string {
  const spans = findings.map((finding, index) => ({index, finding, span: span(finding)}))
  const located = spans.filter((item): item is {index: number; finding: JsonMessage; span: [number, number]} => item.span !== undefined)
  const cuts = [...new Set([0, text.length, ...located.flatMap((item) => item.span)])].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b)
  const started = new Set<number>()
  let html = ''
  for (let at = 0; at < cuts.length; at++) {
    const from = cuts[at]!
    for (const item of located) {
      if (item.span[0] === from && item.span[1] === from) {
        html += markOpen(item.finding, item.index, true, true) + '</mark>'
        started.add(item.index)
      }
    }
    const to = cuts[at + 1]
    if (to === undefined) break
    const covering = located
      .filter((item) => item.span[0] <= from && item.span[1] >= to && item.span[0] < item.span[1])
      .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1] || a.index - b.index)
    let piece = escapeHtml(text.slice(from, to))
    for (const item of [...covering].reverse()) {
      const first = !started.has(item.index)
      started.add(item.index)
      piece = markOpen(item.finding, item.index, first, false) + piece + '</mark>'
    }
    html += piece
  }
  return html
}

/** The cleaned text with each correction's output in an `<ins>` naming its entry. */
export function cleanedHtml(cleaned: string, applied: readonly AppliedCorrection[]): string {
  let html = ''
  let at = 0
  for (const edit of [...applied].sort((a, b) => a.outputStart - b.outputStart)) {
    html += escapeHtml(cleaned.slice(at, edit.outputStart))
    const inserted = cleaned.slice(edit.outputStart, edit.outputEnd)
    html += `<ins class="edit${inserted === '' ? ' deletion' : ''}" data-correction="${escapeHtml(edit.id)}" title="${escapeHtml(edit.id)}">${escapeHtml(inserted)}</ins>`
    at = edit.outputEnd
  }
  return html + escapeHtml(cleaned.slice(at))
}

function lineColumn(finding: JsonMessage): string {
  const start = finding.place?.start
  return start ? `${start.line}:${start.column}` : '–'
}

function scoreBlock(label: string, score: Score): string {
  const {findings} = score
  return `<div class="score"><span class="score-label">${escapeHtml(label)}</span> <strong class="score-value">${score.perThousandWords.toFixed(2)}</strong> <span class="score-unit">penalty points per 1,000 words</span><div class="score-detail">${escapeHtml(scoreText(score))}; findings by MQM severity: ${findings.critical} critical, ${findings.major} major, ${findings.minor} minor, ${findings.neutral} neutral</div></div>`
}

function options(values: readonly string[]): string {
  return values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`).join('')
}

function findingsTable(findings: readonly JsonMessage[]): string {
  const rules = [...new Set(findings.map((finding) => finding.ruleId ?? ''))].sort()
  const severities = (['error', 'warning', 'info'] as const).filter((severity) => findings.some((finding) => finding.severity === severity))
  const rows = findings
    .map((finding, index) => {
      const actual = finding.actual === null ? '' : `<code>${escapeHtml(finding.actual)}</code>`
      const rule = finding.url ? `<a href="${escapeHtml(finding.url)}" rel="noopener noreferrer">${escapeHtml(finding.ruleId ?? '')}</a>` : escapeHtml(finding.ruleId ?? '')
      return (
        `<tr data-finding="${index}" data-rule="${escapeHtml(finding.ruleId ?? '')}" data-severity="${finding.severity}">` +
        `<td><a href="#f-${index}">${lineColumn(finding)}</a></td>` +
        `<td><span class="badge sev-${finding.severity}">${finding.severity}</span></td>` +
        `<td>${rule}<div class="category"><span class="swatch ${categoryClass(finding.category)}"></span>${escapeHtml(finding.category ?? '')}</div></td>` +
        `<td>${actual}</td>` +
        `<td>${escapeHtml(finding.reason)}</td>` +
        `<td>${suggestionHtml(finding)}</td>` +
        `</tr>`
      )
    })
    .join('\n')
  return `<section aria-labelledby="findings-title">
<h2 id="findings-title" tabindex="-1">Findings</h2>
<div class="filters">
<label>Rule <select id="rule-filter"><option value="">all rules</option>${options(rules)}</select></label>
<label>Severity <select id="severity-filter"><option value="">all severities</option>${options(severities)}</select></label>
<span id="shown" aria-live="polite">${findings.length} of ${findings.length} shown</span>
</div>
<div class="table-wrap"><table id="findings">
<thead><tr><th scope="col">Where</th><th scope="col">Severity</th><th scope="col">Rule and category</th><th scope="col">Text</th><th scope="col">Explanation</th><th scope="col">Suggestion</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${findings.length === 0 ? '<p>No findings.</p>' : ''}
</section>`
}

function correctionsTable(input: NonNullable<HtmlReportInput['corrections']>, text: string): string {
  const byId = new Map(input.entries.map((entry) => [entry.id, entry]))
  const context = 30
  const rows = [...input.applied]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const entry = byId.get(edit.id)
      const before = escapeHtml(text.slice(Math.max(0, edit.start - context), edit.start))
      const after = escapeHtml(text.slice(edit.end, edit.end + context))
      const removed = `<del>${escapeHtml(text.slice(edit.start, edit.end))}</del>`
      const added = `<ins>${escapeHtml(edit.replacement)}</ins>`
      return (
        `<tr><th scope="row"><code>${escapeHtml(edit.id)}</code></th>` +
        `<td class="ctx">…${before}${removed}${after}…</td>` +
        `<td class="ctx">…${before}${added}${after}…</td>` +
        `<td>${escapeHtml(entry?.note ?? '')}${entry?.reviewer ? `<div class="category">${escapeHtml(entry.reviewer)}${entry.reviewed ? `, ${escapeHtml(entry.reviewed)}` : ''}</div>` : ''}</td></tr>`
      )
    })
    .join('\n')
  return `<section aria-labelledby="corrections-title">
<h2 id="corrections-title">Corrections <span class="muted">(${input.applied.length} applied from ${escapeHtml(input.file)})</span></h2>
<div class="table-wrap"><table class="corrections">
<thead><tr><th scope="col">Entry</th><th scope="col">Source</th><th scope="col">Corrected</th><th scope="col">Why</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`
}

function wordDiff(text: string, cleaned: string): string {
  const side = (value: string, tag: 'del' | 'ins') => (value === '' ? '' : `<${tag}>${escapeHtml(visibleChange(value))}</${tag}>`)
  const html = elidedWordParts(text, cleaned)
    .map((part) => ('removed' in part ? side(part.removed, 'del') + side(part.added, 'ins') : escapeHtml(part.same)))
    .join('')
  return `<section aria-labelledby="diff-title">
<h2 id="diff-title">Word diff</h2>
<p class="muted">Removed text is struck through, added text underlined; long unchanged stretches are cut to their ends.</p>
<div class="text diff">${html}</div>
</section>`
}

const categories: [string, string][] = [
  ['cat-accuracy', 'Accuracy'],
  ['cat-linguistic-conventions', 'Linguistic conventions'],
  ['cat-style', 'Style'],
  ['cat-terminology', 'Terminology'],
  ['cat-other', 'Other']
]

const style = `
:root{color-scheme:light;--ink:#1d2330;--muted:#5b6472;--line:#d8dce3;--bg:#fbfbfc;--accuracy:#ffd7d1;--linguistic-conventions:#fff0b3;--style:#d9ecff;--terminology:#e3f5d6;--other:#eadcff;--error:#b3261e;--warning:#9a6700;--info:#3a5bc7}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.5rem 0 .25rem;word-break:break-word}
h2{font-size:1.1rem;margin:1.75rem 0 .5rem}
.muted{color:var(--muted);font-weight:normal;font-size:.9em}
.scores{display:flex;flex-wrap:wrap;gap:.75rem;margin:.75rem 0}
.score{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;flex:1 1 16rem}
.score-value{font-size:1.6rem}
.score-detail{color:var(--muted);font-size:.85rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;color:var(--muted);margin:.5rem 0}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;vertical-align:-.1em;margin-right:.3em;border:1px solid #0002}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.column{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.75rem;min-width:0}
.column h3{margin:0 0 .5rem;font-size:.95rem;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem}
mark.finding{color:inherit;border-radius:2px;padding:0 1px;cursor:help;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
mark.sev-error{text-decoration-color:var(--error);text-decoration-style:solid}
mark.sev-warning{text-decoration-color:var(--warning);text-decoration-style:dashed}
mark.sev-info{text-decoration-color:var(--info);text-decoration-style:dotted}
mark.point::after{content:"‸";color:var(--error);font-weight:bold}
mark.finding:focus{outline:3px solid #1a73e8;outline-offset:1px}
mark.dim{background:transparent!important;text-decoration:none}
.cat-accuracy{background:var(--accuracy)}
.cat-linguistic-conventions{background:var(--linguistic-conventions)}
.cat-style{background:var(--style)}
.cat-terminology{background:var(--terminology)}
.cat-other,[class*="cat-"]:not(.cat-accuracy):not(.cat-linguistic-conventions):not(.cat-style):not(.cat-terminology){background:var(--other)}
ins{background:#d7f5dd;text-decoration:underline;text-decoration-color:#1e7a34}
ins.deletion::after{content:"⌫";color:#1e7a34;font-size:.8em}
del{background:#fde0dd;color:#7a1e12}
#tip{position:absolute;z-index:10;max-width:min(26rem,92vw);background:#1d2330;color:#fff;padding:.5rem .65rem;border-radius:6px;font-size:.85rem;white-space:pre-line;box-shadow:0 4px 14px #0004;pointer-events:none}
#tip[hidden]{display:none}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin-bottom:.5rem}
select{font:inherit;padding:.3rem .4rem;border-radius:6px;border:1px solid var(--line);background:#fff;max-width:100%}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .55rem;border-bottom:1px solid var(--line)}
thead th{background:#f1f3f6;position:sticky;top:0}
td.ctx{white-space:pre-wrap;overflow-wrap:anywhere;min-width:12rem}
.category{color:var(--muted);font-size:.8rem}
code{background:#f1f3f6;border-radius:4px;padding:0 .25em;white-space:pre-wrap}
.badge{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.8rem;color:#fff}
.badge.sev-error{background:var(--error)}.badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
a{color:#1a5fb4}
a:focus,select:focus{outline:3px solid #1a73e8;outline-offset:1px}
tr[hidden]{display:none}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.4rem .6rem;border-radius:6px;z-index:20}
.skip:focus{top:.5rem}
footer{color:var(--muted);font-size:.8rem;margin:2rem 0 1rem}
@media (max-width:760px){main{padding:.6rem}.columns{grid-template-columns:1fr}h1{font-size:1.15rem}table{font-size:.85rem}
#findings thead{display:none}#findings tr{display:block;border-bottom:1px solid var(--line);padding:.35rem 0}#findings tr[hidden]{display:none}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.4rem .6rem;border-radius:6px;z-index:20}
.skip:focus{top:.5rem}#findings td{display:block;border:0;padding:.15rem .6rem}}
`

// Filters hide table rows and dim the marks of the findings they hide; the tooltip shows the
// finding under the pointer or the keyboard focus. textContent only: no text becomes markup.
const script = `
(function(){
  var tip=document.getElementById('tip');
  function show(mark){
    tip.textContent=mark.getAttribute('data-tip');
    tip.hidden=false;
    var r=mark.getBoundingClientRect();
    var left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-tip.offsetWidth-8));
    tip.style.left=left+'px';
    tip.style.top=(window.scrollY+r.bottom+6)+'px';
  }
  function hide(){tip.hidden=true}
  function target(event){var t=event.target;return t&&t.closest?t.closest('mark.finding'):null}
  document.addEventListener('mouseover',function(e){var m=target(e);if(m)show(m)});
  // Leaving a mark with the pointer gives the tip back to the focused finding, if any: a
  // keyboard user's tip does not vanish because the pointer slid off another mark.
  document.addEventListener('mouseout',function(e){if(!target(e))return;var f=document.activeElement,m=f&&f.closest?f.closest('mark.finding'):null;if(m)show(m);else hide()});
  document.addEventListener('focusin',function(e){var m=target(e);if(m)show(m);else hide()});
  document.addEventListener('focusout',function(e){if(target(e))hide()});
  document.addEventListener('keydown',function(e){if(e.key==='Escape')hide()});
  window.addEventListener('resize',hide);
  var rule=document.getElementById('rule-filter'),severity=document.getElementById('severity-filter'),shown=document.getElementById('shown');
  function apply(){
    var rows=document.querySelectorAll('#findings tbody tr'),visible=0,hidden={};
    rows.forEach(function(row){
      var ok=(!rule.value||row.getAttribute('data-rule')===rule.value)&&(!severity.value||row.getAttribute('data-severity')===severity.value);
      row.hidden=!ok;
      if(ok)visible++;else hidden[row.getAttribute('data-finding')]=true;
    });
    document.querySelectorAll('mark.finding').forEach(function(mark){mark.classList.toggle('dim',!!hidden[mark.getAttribute('data-finding')])});
    shown.textContent=visible+' of '+rows.length+' shown';
  }
  rule.addEventListener('change',apply);
  severity.addEventListener('change',apply);
})();
`

export function htmlReport(input: HtmlReportInput): string {
  const {corrections} = input
  const legend =
    categories.map(([css, name]) => `<span><span class="swatch ${css}"></span>${name}</span>`).join('') +
    '<span><u style="text-decoration-color:var(--error);text-decoration-thickness:2px">error</u> solid, <u style="text-decoration-color:var(--warning);text-decoration-style:dashed;text-decoration-thickness:2px">warning</u> dashed, <u style="text-decoration-color:var(--info);text-decoration-style:dotted;text-decoration-thickness:2px">info</u> dotted</span>'
  const sourceColumn = `<div class="column"><h3>Source: ${escapeHtml(input.source)} <span class="muted">(findings highlighted; hover or Tab to a highlight to read it)</span></h3><div class="text" id="source-text">${highlight(input.text, input.findings)}</div></div>`
  const cleanedColumn = corrections
    ? `<div class="column"><h3>Cleaned: ${escapeHtml(corrections.cleanedName)} <span class="muted">(corrections underlined)</span></h3><div class="text" id="cleaned-text">${cleanedHtml(corrections.cleaned, corrections.applied)}</div></div>`
    : `<div class="column"><h3>Cleaned</h3><p class="muted">No corrections file names this document yet: \`postedit record\` or a corrections/*.yml file adds reviewed corrections.</p></div>`
  const scores =
    scoreBlock('Source', input.score) + (corrections ? scoreBlock('After the approved corrections', corrections.remaining) : '')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>postedit report: ${escapeHtml(input.source)}</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#findings-title">Skip to the findings table</a>
<main>
<h1>postedit report: ${escapeHtml(input.source)}</h1>
<p class="muted">${input.findings.length} ${input.findings.length === 1 ? 'finding' : 'findings'}${corrections ? `; ${corrections.applied.length} corrections applied from ${escapeHtml(corrections.file)}` : ''}.</p>
<section aria-labelledby="score-title"><h2 id="score-title">MQM score</h2><div class="scores">${scores}</div>
<p class="muted">Penalty points by MQM severity per 1,000 whitespace-separated words: by default an error counts as major (5 points), a warning as minor (1), info as neutral (0); <code>score</code> in .posteditrc may set others.</p></section>
<section aria-labelledby="text-title"><h2 id="text-title">Text</h2>
<div class="legend">${legend}</div>
<div class="columns">${sourceColumn}${cleanedColumn}</div></section>
${corrections ? correctionsTable(corrections, input.text) + wordDiff(input.text, corrections.cleaned) : ''}
${findingsTable(input.findings)}
<footer>Written by postedit ${escapeHtml(input.version)}. This page loads nothing from the network.</footer>
</main>
<div id="tip" role="tooltip" hidden></div>
<script>${script}</script>
</body>
</html>
`
}
