/**
 * Names machine translation translated: the given name of a French or Quebec public figure
 * put into its English equivalent (*François* → "Francis", *Édouard* → "Edward", *Jean* →
 * "John"), the article or common noun inside a surname or a place name read as a word
 * (*Le Pen* → "the Pen", *Le Maire* → "the Mayor", *Le Havre* → "the Havre", *Île-de-France*
 * → "Island of France"). A person's name is never translated in English news, and a French
 * place keeps its French name unless English has its own (Brittany, Normandy). Spread into the
 * built-in termbase (src/rules/data/terms.ts), so the `term` rule reports them.
 *
 * Sources, named by each entry:
 * - "own name": the person's name as they write it and as English-language agencies and
 *   broadcasters print it (Reuters, AP, AFP's English service, BBC, CBC).
 * - "English Wikipedia": the title of the place's or region's English Wikipedia article, which
 *   the AP and Reuters style guides follow for foreign place names.
 *
 * Every form keeps the capitals of a name, which a capital in the form requires of the text,
 * and the pairs are full names, so an English first name alone or an English common noun never
 * matches. Left out, because English uses the form for someone or something else: "Francis
 * Holland" (a London school), "Edward Philip", "Three Rivers" alone (the termbase has it after
 * a preposition), "Great East" (the 2011 Great East Japan earthquake), "Maritime Alps" (the
 * range's English name), and accents dropped from a name ("Gerald Darmanin"), which English
 * media print too.
 */
import type {TermEntry} from '../support/termbase.js'

const ownName = 'own name: as the person writes it and English-language media print it (Reuters, AP, BBC, CBC)'
const wikipedia = 'English Wikipedia: the article title, which AP and Reuters follow for foreign places'

/** A person's name with its translated forms. */
function person(preferred: string, forbidden: string[], note: string): TermEntry {
  return {preferred, forbidden, note, source: ownName}
}

/** A place's name with its translated forms. */
function place(preferred: string, forbidden: string[], note: string): TermEntry {
  return {preferred, forbidden, note, source: wikipedia}
}

const givenName = 'a name is not translated: the French given name stays'

export const translatedNames: TermEntry[] = [
  // The article of a French surname read as "the".
  person('Marine Le Pen', ['Marine the Pen'], 'a surname is not translated: *Le Pen* keeps its article'),
  person('Jean-Marie Le Pen', ['Jean-Marie the Pen', 'John-Marie the Pen'], 'a surname is not translated: *Le Pen* keeps its article'),
  person('Bruno Le Maire', ['Bruno the Mayor'], 'a surname is not translated: *Le Maire* is a name, not “the mayor”'),
  person('Jean-Yves Le Drian', ['Jean-Yves the Drian', 'John-Yves the Drian'], 'a surname is not translated: *Le Drian* keeps its article'),
  person('Christine Lagarde', ['Christine the Guard'], 'a surname is not translated: *Lagarde* is a name, not “the guard”'),
  person('Marion Maréchal', ['Marion Marshal'], 'a surname is not translated: *Maréchal* is a name, not “marshal”'),

  // French given names put into English.
  person('François Hollande', ['Francis Hollande', 'Frank Hollande'], givenName),
  person('François Bayrou', ['Francis Bayrou', 'Frank Bayrou'], givenName),
  person('François Fillon', ['Francis Fillon', 'Frank Fillon'], givenName),
  person('François Legault', ['Francis Legault', 'Frank Legault'], givenName),
  person('Édouard Philippe', ['Edward Philippe'], givenName),
  person('Michel Barnier', ['Michael Barnier'], givenName),
  person('Jean Castex', ['John Castex'], givenName),
  person('Jean Charest', ['John Charest'], givenName),
  person('Jean-Luc Mélenchon', ['John-Luc Mélenchon', 'John-Luc Melenchon', 'John Luc Melenchon'], givenName),
  person('Jean-Noël Barrot', ['John-Noël Barrot', 'John-Noel Barrot'], givenName),
  person('Jean-Claude Juncker', ['John-Claude Juncker', 'John Claude Juncker'], givenName),
  person('Jacques Chirac', ['James Chirac'], givenName),
  person('Jacques Delors', ['James Delors'], givenName),
  person('Nicolas Sarkozy', ['Nicholas Sarkozy'], givenName),
  person('Élisabeth Borne', ['Elizabeth Borne'], givenName),
  person('Sébastien Lecornu', ['Sebastian Lecornu'], givenName),
  person('Laurent Fabius', ['Lawrence Fabius'], givenName),
  person('Dominique de Villepin', ['Dominic de Villepin'], givenName),
  person('Olivier Véran', ['Oliver Véran', 'Oliver Veran'], givenName),
  person('Stéphane Séjourné', ['Stephen Séjourné', 'Stephen Sejourne'], givenName),
  person('Pierre Moscovici', ['Peter Moscovici'], givenName),
  person('Pierre Poilievre', ['Peter Poilievre'], givenName),
  person('Philippe Couillard', ['Philip Couillard'], givenName),
  person('Valérie Plante', ['Valerie Plant', 'Valérie Plant'], 'a surname is not translated: *Plante* is a name, not “plant”'),
  person('Paul St-Pierre Plamondon', ['Paul St-Peter Plamondon', 'Paul St. Peter Plamondon', 'Paul Saint-Peter Plamondon', 'Paul Saint Peter Plamondon'], givenName),

  // French places whose article or words were translated.
  place('Le Havre', ['the Havre'], 'the port keeps its article: *Le Havre*'),
  place('Le Mans', ['the Mans'], 'the city keeps its article: *Le Mans*'),
  place('Le Touquet', ['the Touquet'], 'the resort keeps its article: *Le Touquet*'),
  place('Le Bourget', ['the Bourget'], 'the town and airport keep their article: *Le Bourget*'),
  place('Le Creusot', ['the Creusot'], 'the town keeps its article: *Le Creusot*'),
  place('La Rochelle', ['the Rochelle'], 'the city keeps its article: *La Rochelle*'),
  place('La Baule', ['the Baule'], 'the resort keeps its article: *La Baule*'),
  place('La Courneuve', ['the Courneuve'], 'the town keeps its article: *La Courneuve*'),
  place('Île-de-France', ['Island of France', 'Island-of-France', 'Isle-de-France'], 'the Paris region keeps its French name'),
  place('Hauts-de-France', ['Heights of France', 'Heights-of-France', 'Upper France'], 'the region keeps its French name'),
  place('Pays de la Loire', ['Country of the Loire', 'Countries of the Loire', 'Loire Country'], 'the region keeps its French name'),
  place('Nouvelle-Aquitaine', ['New Aquitaine', 'New-Aquitaine'], 'the region keeps its French name'),
  place("Côtes-d'Armor", ['Coasts of Armor', 'Coasts of Armour', "Coasts-d'Armor"], 'the département keeps its French name')
]
