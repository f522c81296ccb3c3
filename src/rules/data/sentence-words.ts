/**
 * Word classes the sentence-boundary rules (stray-full-stop, lowercase-sentence-start,
 * unterminated-paragraph) decide with. Stored lowercase.
 */

/**
 * Units after which French writes an abbreviation point that English does not ("500 km. de
 * la ligne de front" kept as "500 kilometers. from the front line"). SI unit symbols take no
 * point (BIPM, The International System of Units, 9th ed., 2019, on writing unit symbols);
 * the spelt-out names are listed too because MT expands the symbol and keeps the point, as the
 * seed article shows. Units English itself abbreviates with a point ("ft.", "in.", "min.") are
 * in `abbreviations` instead.
 */
export const units: ReadonlySet<string> = new Set([
  // Length, area and volume (SI symbols and names, British and US spellings).
  'km', 'm', 'cm', 'mm', 'nm', 'km2', 'm2', 'ha', 'l', 'ml', 'cl', 'dl',
  'kilometer', 'kilometers', 'kilometre', 'kilometres', 'meter', 'meters', 'metre', 'metres',
  'centimeter', 'centimeters', 'centimetre', 'centimetres', 'millimeter', 'millimeters',
  'millimetre', 'millimetres', 'hectare', 'hectares', 'liter', 'liters', 'litre', 'litres',
  'mile', 'miles', 'feet', 'foot', 'inches', 'yards',
  // Mass.
  'kg', 'g', 'mg', 't', 'kilogram', 'kilograms', 'kilo', 'kilos', 'gram', 'grams', 'ton',
  'tons', 'tonne', 'tonnes',
  // Time, speed, power. French "h" and "mn" (heures, minutes) come through untranslated.
  'h', 'mn', 's', 'ms', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'kmh',
  'mph', 'knots', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'watts', 'volts',
  // Money and head counts, which French also abbreviates ("M€", "hab." for habitants).
  'percent', 'euros', 'euro', 'dollars', 'dollar', 'pounds', 'rubles', 'roubles', 'hryvnias',
  'hab', 'inhabitants'
])

/**
 * Words that continue a clause and seldom open an English sentence: after a unit or a number
 * with a point, one of these shows that the point is a stray abbreviation point ("500 km. de"
 * → "500 kilometers. from"), not a sentence boundary. Prepositions that often open a sentence
 * ("In 2015, …", "After the war, …", "For decades, …") are left out on purpose: after them the
 * point may be a real boundary whose next sentence lost its capital, which is
 * lowercase-sentence-start's finding. Word classes after Huddleston & Pullum, The Cambridge
 * Grammar of the English Language (2002).
 */
export const continuationWords: ReadonlySet<string> = new Set([
  // Prepositions that follow a measure: "500 km from", "of ammunition", "to the east".
  'from', 'to', 'of', 'into', 'onto', 'per', 'via', 'away', 'apart', 'ahead', 'off',
  // Directions after a distance: "500 km north of Kyiv".
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  // Coordinating conjunctions and "than".
  'and', 'or', 'nor', 'but', 'than',
  // Relatives that attach to the noun before the point.
  'which', 'whose',
  // Dimension adjectives after a measure: "500 metres long".
  'long', 'wide', 'high', 'deep', 'tall', 'thick', 'old', 'each'
])

/**
 * Words that cannot end an English sentence: articles, coordinating and subordinating
 * conjunctions, possessive determiners and "than" (they need a following noun or clause).
 * A paragraph ending on one was cut mid-phrase.
 */
export const neverFinalWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'nor', 'but', 'than', 'because', 'although', 'whereas',
  'whether', 'unless', 'whose', 'my', 'your', 'its', 'our', 'their', 'every', 'each'
])

/**
 * Prepositions that usually need an object but that English may strand at the end of a
 * question or a heading ("What are you waiting for", "Log in"). A paragraph ending on one is
 * flagged only when it is long enough to be a body sentence.
 */
export const rarelyFinalWords: ReadonlySet<string> = new Set([
  'at', 'to', 'of', 'for', 'from', 'with', 'in', 'on', 'by', 'about', 'into', 'onto', 'upon',
  'over', 'under', 'between', 'through', 'toward', 'towards', 'against', 'among', 'via', 'per',
  'within', 'without', 'during', 'like', 'including', 'such'
])

/**
 * Names written in lowercase even at the start of a sentence (their owners' spelling). Names
 * with an inner capital (iPhone, eBay, iOS, macOS, mRNA, pH) need no entry: any word with a
 * capital after its first letter is left alone.
 */
export const lowercaseNames: ReadonlySet<string> = new Set([
  'adidas', 'bebe', 'npm', 'pnpm', 'yarn', 'git', 'ffmpeg', 'curl', 'wget', 'vim', 'emacs',
  'grep', 'sed', 'awk', 'bash', 'zsh', 'tcpdump', 'sudo', 'ssh', 'rsync', 'tmux', 'cron'
])

/**
 * Words that open English sentences and take a capital nowhere else in running text: the
 * article, demonstratives, subject pronouns, possessives and "But"/"However". One of them
 * capitalised after a word, with no stop between ("…on Monday The minister said…"), is a
 * sentence run into the next: MT segments joined without their stop, or a scraped page whose
 * line break was lost. Chosen from the most frequent sentence openers of news prose (the
 * determiners and personal pronouns of Huddleston & Pullum, The Cambridge Grammar of the
 * English Language, 2002); "I" (always capital) and prepositions ("In", "After"), which title
 * case capitalises inside headings, are left out.
 */
export const runOnStarters: ReadonlySet<string> = new Set([
  'the', 'this', 'these', 'those', 'he', 'she', 'they', 'we', 'it', 'his', 'their', 'its',
  'our', 'but', 'however'
])

/**
 * Words after which a capitalised "The" or "It" starts a title or a name, not a sentence
 * ("the novel It", "a band called The…", "told The…"): left alone by fused-sentence.
 */
export const titleIntroducers: ReadonlySet<string> = new Set([
  'called', 'named', 'titled', 'entitled', 'dubbed', 'film', 'movie', 'book', 'novel', 'series',
  'show', 'song', 'album', 'play', 'band', 'newspaper', 'daily', 'weekly', 'magazine', 'journal',
  'paper', 'website', 'site', 'programme', 'program', 'podcast', 'told', 'tells', 'telling',
  'read', 'reads', 'reading', 'wrote', 'writes', 'writing', 'in', 'on', 'at', 'of', 'from', 'to',
  'by', 'with', 'for', 'about', 'via', 'and', 'or'
])

/**
 * More sentence openers, taken only glued to a stop with no space ("Kremlin.In", "2023.According",
 * "Paris.Meanwhile"): fused-sentence's `Word.Word` check. A capitalised preposition or adverb
 * stuck to the point after a word is a sentence whose space MT or scraping lost; domains and file
 * names are lowercase, and a code member after a dot ("System.In") needs a name with no vowel or
 * a listed code receiver, which the rule leaves alone. Kept out of `runOnStarters`, whose spaced
 * check ("Tuesday The") would meet them inside title-case headings ("Life In Paris"). The most
 * frequent openers of news sentences besides the determiners and pronouns (prepositions of time
 * and place, "According", "Meanwhile", "There"; after Huddleston & Pullum 2002, as above).
 */
export const gluedStarters: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'after', 'before', 'during', 'since', 'until', 'according', 'as',
  'while', 'when', 'if', 'although', 'despite', 'following', 'meanwhile', 'there', 'yet', 'an',
  'last', 'earlier', 'later', 'several', 'many', 'some', 'both', 'nearly', 'more'
])
