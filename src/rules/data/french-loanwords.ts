/**
 * French (and Latin) expressions that English has adopted, so untranslated-french leaves
 * them alone. Every entry is a headword of Merriam-Webster's Collegiate Dictionary or of the
 * Oxford English Dictionary (as an English word, often italicised but English); the medical
 * ones are eponym-free terms of Dorland's/Stedman's medical dictionaries. Matched without
 * regard to case, hyphens or accents written as plain letters ("deja vu").
 */
export const frenchLoanwords: readonly string[] = [
  // General vocabulary (Merriam-Webster / OED headwords).
  'déjà vu', 'raison d’être', 'coup d’état', 'coup de grâce', 'coup de théâtre', 'vis-à-vis',
  'à la carte', 'à la mode', 'à propos', 'fait accompli', 'laissez-faire', 'savoir-faire',
  'joie de vivre', 'bête noire', 'cordon bleu', 'en route', 'en masse', 'en bloc', 'en passant',
  'en suite', 'force majeure', 'tête-à-tête', 'hors d’oeuvre', 'hors d’œuvre', 'hors de combat',
  'nom de plume', 'nom de guerre', 'pièce de résistance', 'crème de la crème', 'crème brûlée',
  'crème fraîche', 'café au lait', 'objet d’art', 'je ne sais quoi', 'c’est la vie',
  'comme il faut', 'de rigueur', 'de trop', 'esprit de corps', 'femme fatale', 'enfant terrible',
  'faux pas', 'film noir', 'idée fixe', 'mise en scène', 'mise en place', 'noblesse oblige',
  'nouveau riche', 'nouvelle cuisine', 'par excellence', 'pas de deux', 'pied-à-terre',
  'potpourri', 'prêt-à-porter', 'qui vive', 'sang-froid', 'sans serif', 'table d’hôte',
  'tour de force', 'trompe-l’oeil', 'trompe-l’œil', 'belle époque', 'fin de siècle',
  'art nouveau', 'art déco', 'avant-garde', 'haute couture', 'haute cuisine', 'agent provocateur',
  'amour propre', 'au pair', 'au revoir', 'au contraire', 'au courant', 'au naturel', 'bon vivant',
  'bon voyage', 'bon mot', 'bon appétit', 'carte blanche', 'cause célèbre', 'chaise longue',
  'cul-de-sac', 'de facto', 'de jure', 'de novo', 'double entendre', 'éminence grise',
  'entente cordiale', 'grand prix', 'idée reçue', 'laissez-passer', 'mal de mer', 'ménage à trois',
  'mot juste', 'petit four', 'petits fours', 'plat du jour', 'soupe du jour', 'raison d’état',
  'rendez-vous', 'répondez s’il vous plaît', 'sauve qui peut', 'soi-disant', 'tout de suite',
  'tout le monde', 'vol-au-vent', 'à deux', 'à la', 'de luxe', 'en face', 'après-ski',
  // Single words that carry accents in English spelling.
  'café', 'naïve', 'naïveté', 'résumé', 'fiancé', 'fiancée', 'cliché', 'décor', 'rôle', 'élite',
  'protégé', 'protégée', 'façade', 'séance', 'entrée', 'communiqué', 'exposé', 'soufflé',
  'sauté', 'purée', 'crêpe', 'attaché', 'blasé', 'débâcle', 'début', 'détente', 'dossier',
  'émigré', 'habitué', 'matinée', 'mêlée', 'négligée', 'outré', 'passé', 'précis', 'régime',
  'soirée', 'touché', 'voilà', 'épée', 'ingénue', 'clientèle', 'première', 'papier-mâché',
  'vérité', 'mélange', 'fête', 'gîte', 'hôtel', 'château', 'châteaux', 'élan', 'éclat',
  // Latin phrases of scientific writing whose words are also in French dictionaries.
  'et al', 'in vitro', 'in vivo', 'in situ', 'ex vivo', 'a priori', 'a posteriori', 'per se',
  'ad hoc', 'ad libitum', 'vice versa', 'de visu', 'post mortem', 'sine qua non',
  // Medical terms of French origin (Dorland's / Stedman's).
  'café au lait', 'peau d’orange', 'grand mal', 'petit mal', 'tic douloureux', 'folie à deux',
  'cri du chat', 'la belle indifférence', 'bruit de galop', 'torsade de pointes',
  'torsades de pointes', 'mal de débarquement', 'tache noire', 'coup de sabre'
]
