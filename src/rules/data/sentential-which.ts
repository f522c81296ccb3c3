/**
 * Words that, right after a sentence-initial "Which", make it a sentential relative
 * ("Which is why…", "Which means…", "Which explains…"): informal but ordinary English that
 * comments on the previous sentence, so which-calque leaves it alone. Any other next word is
 * read as a noun ("Which ministry has not commented yet."), the calque of French
 * *lequel/laquelle* or *ce que*, where English wants "The" or "This".
 * Chosen from the verbs English writers use after sentential "which" (be, have, modal
 * auxiliaries, and reporting/causing verbs), in base, third-person and past forms.
 */
export const sententialWhichVerbs: ReadonlySet<string> = new Set([
  // be, have, do and the modals.
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'does', 'did', 'do',
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall',
  // Verbs of consequence and comment.
  'means', 'meant', 'explains', 'explained', 'makes', 'made', 'leads', 'led', 'brings', 'brought',
  'shows', 'showed', 'shown', 'suggests', 'suggested', 'gives', 'gave', 'raises', 'raised',
  'seems', 'seemed', 'remains', 'remained', 'allows', 'allowed', 'confirms', 'confirmed',
  'proves', 'proved', 'implies', 'implied', 'explains', 'leaves', 'left', 'puts', 'put',
  'says', 'said', 'tells', 'told', 'goes', 'went', 'gets', 'got', 'takes', 'took',
  'helps', 'helped', 'sounds', 'sounded', 'happens', 'happened', 'brings', 'begs', 'begged',
  'reminds', 'reminded', 'matters', 'mattered', 'adds', 'added', 'causes', 'caused',
  'results', 'resulted', 'requires', 'required', 'creates', 'created', 'contradicts',
  'contradicted', 'reflects', 'reflected', 'indicates', 'indicated', 'demonstrates',
  'demonstrated', 'justifies', 'justified', 'prompted', 'prompts', 'triggered', 'triggers',
  'amounts', 'amounted', 'applies', 'applied', 'depends', 'depended',
  // Adverbs that open a sentential relative ("Which, of course, …" is caught by the comma).
  'also', 'still', 'only', 'then', 'again', 'probably', 'perhaps', 'certainly', 'obviously',
  'explains', 'incidentally', 'surely', 'in', 'of', 'brings'
])

/**
 * Predicates that make a "Which …" clause the subject of the sentence, an indirect question
 * ("Which countries have signed remains unclear."): English, so which-calque leaves it alone.
 */
export const indirectQuestionPredicate =
  /\b(?:remains?|is|was|are|were|seems?)\s+(?:still\s+|yet\s+)?(?:unclear|unknown|uncertain|undecided|not\s+(?:yet\s+)?(?:known|clear|certain)|to\s+be\s+(?:seen|determined|decided|confirmed)|a\s+(?:matter|question|mystery)|debated|disputed|an\s+open\s+question)\b|\b(?:depends|depended|matters|mattered)\b/u
