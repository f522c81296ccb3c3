/**
 * Inputs that made a rule's scan quadratic (a regex retried from every character of a long
 * run, a token rescanned per mark): each must lint in time linear in its size. Shared by
 * bench/pathological.ts, which times them, and the rules test, which checks what they find.
 */
export const pathologicalInputs: Record<string, string> = {
  'word, 100,000 spaces, x': 'word' + ' '.repeat(100_000) + 'x',
  '121 KB token of quote marks': '"'.repeat(121_000),
  '60,000 curly quote pairs': '“”'.repeat(60_000),
  '100,000 no-break spaces then a colon': 'Note' + '\u00A0'.repeat(100_000) + 'x :',
  '50,000 tag openers without a close': '<a'.repeat(50_000),
  'Analysis after 100,000 spaces, twice': ('. ' + ' '.repeat(100_000) + 'analysis watchman Alexander Kots said so.').repeat(2),
  '100,000 closers before a word': 'word' + ')'.repeat(100_000) + 'x',
  '100,000 line breaks': 'word' + '\n'.repeat(100_000) + 'x',
  // Each line a deletion with a finding inside it: the filter of findings inside deletions
  // once walked every earlier deletion for each finding.
  // "told <word>:" is a reporting colon: its look-behind was once tried at every letter of the word.
  'told, a 100,000-letter word, a glued colon': 'They told ' + 'a'.repeat(100_000) + ':the truth.',
  '10,000 ad-blocker notices cut off mid-phrase': 'If you are not in either of these two cases, please contact us at\n\n'.repeat(10_000),
  // Paragraphs a single line break apart, no blank line to cut at: parse-latin's square came back.
  '10,000 one-line paragraphs without a blank line': 'The minister spoke on Monday in Paris. He said the plan would go ahead.\n'.repeat(10_000),
  // One sentence to parse-latin: lines that never end one, each in lower case after a blank line.
  '40,000 lines that never end a sentence': Array.from({length: 40_000}, (_, index) => (index % 10 === 9 ? '-,the\n\n' : '-,the\n')).join(''),
  // Each quotation's point was judged by a regex anchored at the end of all the text before it.
  '5,000 points before a quote and a comma, one block': 'He told them: “It was taken.”, she added.\n'.repeat(5_000),
  // Each space french-spacing found was tested against each guillemet french-guillemets takes.
  '4,000 lines of guillemets and spaced semicolons, one block': 'He said « yes » ; then ?\n'.repeat(4_000),
  // Each "??" between letters looked for a letter at the end of all the text before it.
  '5,000 question marks for an apostrophe, one block': 'It was the minister??s plan.\n'.repeat(5_000)
}
