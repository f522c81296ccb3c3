/**
 * Names machine translation translated: the given name of a French or Quebec public figure
 * put into its English equivalent (*François* → "Francis", *Édouard* → "Edward", *Jean* →
 * "John"), a surname read as words (*Lagarde* → "the Guard", *Maréchal* → "Marshal"), and
 * the remaining renderings of French regions. A person's name is never translated in English
 * news, and a French place keeps its French name unless English has its own (Brittany,
 * Normandy). The built-in termbase (src/rules/data/terms.ts) holds the surnames with a
 * translated article (*Le Pen* → "the Pen", *Le Maire* → "the Mayor") and the places with one
 * (*Le Havre* → "the Havre"); this module adds to it, and terms.ts spreads it in.
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
 * Holland" (a London school), "Edward Philip", "Peter Trudeau", and accents dropped from a name
 * ("Gerald Darmanin"), which English media print too.
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
  person('Jean-Marie Le Pen', ['John-Marie the Pen'], 'a surname is not translated: *Le Pen* keeps its article'),
  person('Jean-Yves Le Drian', ['John-Yves the Drian'], 'a surname is not translated: *Le Drian* keeps its article'),
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
  place('Île-de-France', ['Island-of-France', 'Isle-de-France'], 'the Paris region keeps its French name'),
  place('Hauts-de-France', ['Upper France'], 'the region keeps its French name'),
  place('Pays de la Loire', ['Loire Country'], 'the region keeps its French name'),
  place("Côtes-d'Armor", ["Coasts-d'Armor"], 'the département keeps its French name')
]
