/**
 * The periphrases of French news style: French journalism avoids repeating a name by a fixed
 * image of it (*le pays du Soleil-Levant* for Japan, *le royaume chérifien* for Morocco, *le
 * grand argentier* for the finance minister, *la langue de Molière* for French), and machine
 * translation renders the image word for word. English news repeats the name or uses a
 * pronoun, and a reader abroad does not know the image. Same shape and pattern syntax as
 * src/rules/data/calques.ts, which spreads this list into its own.
 *
 * Every entry is written from the French periphrasis as the dictionaries below give it, never
 * from evaluation data. Left out, because English uses the same image: "the Middle Kingdom",
 * "the Land of the Rising Sun", "the City of Light", "the Eternal City", "perfidious Albion",
 * "the Russian bear", "the Blues" and "the Red Devils" (English clubs), "the Pink City" (Jaipur),
 * "the Immortals", "across the Channel" and "across the Rhine".
 */
import type {CalqueEntry} from './calques.js'

const RC = 'Le Robert & Collins Dictionnaire français-anglais (Le Robert, 10th ed., 2016)'
const HH = 'Hervey & Higgins, Thinking French Translation (Routledge, 2nd ed., 2002), on periphrasis and repetition in French and English'
const WIKT = 'Wiktionnaire, entries for the French periphrases (pays du Soleil-Levant, royaume chérifien, empire du Milieu, langue de Molière, grand argentier)'
const STYLE = 'The Guardian and Observer style guide; Reuters Handbook of Journalism (plain names over “elegant variation”)'

/** Nouns that "transalpin", "nippon", "britannique" qualify in news copy. */
const PUBLIC_NOUNS =
  'government|governments|authorities|prime|president|minister|ministers|parliament|press|media|side|team|club|clubs|league|champion|champions|capital|economy|market|company|companies|firm|group|giant|manufacturer|carmaker|bank|banks|justice|police|army|navy|diplomacy|diplomat|diplomats|leader|leaders|counterpart|counterparts|elections|election|coach|striker|international|internationals|player|players|star|public|soil|territory'

export const periphrases: CalqueEntry[] = [
  {
    french: 'le pays de l’Oncle Sam',
    forms: {
      'the country|land of uncle sam': ['the United States'],
      "uncle sam's country": ['the United States']
    },
    why: '"Le pays de l’Oncle Sam" is French journalese for the United States; English news names the country.',
    source: [RC, WIKT, STYLE]
  },
  {
    french: 'le pays du Soleil-Levant',
    forms: {'the country of the rising sun': ['Japan']},
    why: '"Le pays du Soleil-Levant" is French journalese for Japan. "The Land of the Rising Sun", the English nickname, is not matched.',
    source: [RC, WIKT]
  },
  {
    french: 'l’empire du Milieu',
    forms: {'the middle empire': ['China'], 'the empire of the middle': ['China']},
    why: '"L’empire du Milieu" is French journalese for China; its English counterpart is "the Middle Kingdom", which is not matched, and English news says China.',
    source: [RC, WIKT]
  },
  {
    french: 'le royaume chérifien',
    forms: {'the cherifian|sherifian|chérifien kingdom': ['Morocco']},
    why: '"Le royaume chérifien" (from the sharif, the dynasty’s title) is French journalese for Morocco; English news names the country.',
    source: [RC, WIKT]
  },
  {
    french: 'le pays du Cèdre',
    forms: {'the country|land of the cedar|cedars': ['Lebanon']},
    why: '"Le pays du Cèdre" is French journalese for Lebanon, after the cedar on its flag.',
    source: [RC, WIKT]
  },
  {
    french: 'le pays des Pharaons',
    forms: {'the country of the pharaohs': ['Egypt']},
    why: '"Le pays des Pharaons" is French journalese for modern Egypt; in English the pharaohs belong to ancient history.',
    source: [RC, WIKT]
  },
  {
    french: 'la Belle Province',
    forms: {'the beautiful province': ['Quebec']},
    notFollowedBy: ['of'],
    why: '"La Belle Province", Quebec’s old licence-plate motto, is French journalese for Quebec; English Canadian news keeps the French words when it uses the nickname at all. Not before "of", so "the beautiful province of Alberta" is left alone.',
    source: [RC, STYLE]
  },
  {
    french: 'le pays à la feuille d’érable',
    forms: {'the country of the maple leaf': ['Canada'], 'the maple leaf country': ['Canada']},
    why: '"Le pays à la feuille d’érable" is French journalese for Canada.',
    source: [RC, WIKT]
  },
  {
    french: 'le pays de Galles',
    forms: {'the country of wales': ['Wales']},
    why: '"Le pays de Galles" is the French name of Wales; its "pays" is not a word of the English name.',
    source: [RC]
  },
  {
    french: 'la Confédération helvétique',
    forms: {'the helvetic confederation': ['Switzerland'], 'the helvetic country': ['Switzerland']},
    why: '"La Confédération helvétique" is French journalese for Switzerland, whose English name for the state is the Swiss Confederation.',
    source: [RC, WIKT]
  },
  {
    french: 'la langue de Molière / de Shakespeare / de Goethe / de Cervantes',
    forms: {
      'the language of molière|moliere': ['French'],
      'the language of goethe': ['German'],
      'the language of cervantes': ['Spanish'],
      'the language of dante': ['Italian']
    },
    why: 'French names a language by its great writer ("la langue de Molière"); English news names the language. "The language of Shakespeare" is left out: English writes it of English too.',
    source: [RC, WIKT, HH]
  },
  {
    french: 'la cité phocéenne / la capitale des Gaules',
    forms: {
      'the phocaean|phocean city': ['Marseille'],
      'the capital of the gauls|gaul': ['Lyon']
    },
    why: 'French journalese names Marseille after its Greek founders from Phocaea, and Lyon after its Roman rank; English news names the city.',
    source: [RC, WIKT]
  },
  {
    french: 'le grand argentier',
    forms: {'the great|grand silversmith': ['the finance minister'], 'the grand argentier': ['the finance minister']},
    why: '"Le grand argentier" (the king’s treasurer) is French journalese for the finance minister.',
    source: [RC, WIKT]
  },
  {
    french: 'le premier flic de France',
    forms: {'the first cop of france': ['the interior minister'], "france's first cop": ['the interior minister']},
    why: '"Le premier flic de France" is French journalese for the interior minister, who heads the police.',
    source: [RC]
  },
  {
    french: 'l’homme fort de Moscou / de Pékin',
    forms: {
      'the strong man of the kremlin|moscow': ['the Russian leader', 'the Kremlin strongman'],
      'the strong man of beijing': ['the Chinese leader'],
      'the strong man of damascus': ['the Syrian leader'],
      'the strong man of pyongyang': ['the North Korean leader'],
      'the strong man of minsk': ['the Belarusian leader'],
      'the strong man of caracas': ['the Venezuelan leader'],
      'the strong man of ankara': ['the Turkish leader'],
      'the strong man of tehran': ['the Iranian leader']
    },
    why: '"L’homme fort de Moscou" is French journalese for a regime’s leader; English writes "strongman" as one word, before the name ("the Syrian strongman"), or names the office. "The master of the Kremlin" is left out: English commentators use it too.',
    source: [RC, STYLE]
  },
  {
    french: 'le numéro un chinois / russe',
    forms: {
      'the chinese number one': ["China's leader"],
      'the russian number one': ["Russia's leader"],
      'the north korean number one': ["North Korea's leader"],
      'the cuban number one': ["Cuba's leader"],
      'the iranian number one': ["Iran's leader"]
    },
    why: '"Le numéro un chinois" is French journalese for China’s leader; English says "China’s leader" or names him.',
    source: [RC]
  },
  {
    french: 'la Grande Muette',
    forms: {'the great|big mute': ['the army', 'the armed forces']},
    why: '"La Grande Muette" (the great silent one, since soldiers had no vote) is French journalese for the army.',
    source: [RC, WIKT]
  },
  {
    french: 'le gendarme de la Bourse / le gendarme du monde',
    forms: {
      'the stock market|exchange gendarme|policeman': ['the market regulator'],
      'the gendarme of the stock market|exchange|markets|bourse': ['the market regulator'],
      'the gendarme of the world': ["the world's policeman"]
    },
    why: '"Le gendarme de la Bourse" is the market regulator (the AMF); "le gendarme du monde" is the English "world’s policeman". English has no gendarme outside France.',
    source: [RC]
  },
  {
    french: 'le XV de France',
    forms: {'the xv of france': ['the France rugby team', 'France']},
    why: '"Le XV de France" is the French rugby union team; English writes "France" or "the France XV".',
    source: [RC]
  },
  {
    french: 'transalpin / nippon / lusitanien (adjectifs de presse)',
    forms: {transalpine: ['Italian'], 'nipponese|nippon': ['Japanese'], lusitanian: ['Portuguese']},
    precededBy: ['the|a|an|its|their|his|her'],
    followedBy: [PUBLIC_NOUNS],
    why: 'French news varies a nationality with a learned adjective ("le gouvernement transalpin", "le constructeur nippon", "le club lusitanien"); English uses the plain one. Only between an article and a noun of public life, so "the transalpine route" is left alone.',
    source: [RC, WIKT]
  },
  {
    french: 'britannique (adjectif de presse)',
    forms: {britannic: ['British']},
    precededBy: ['the|a|an|its|their'],
    followedBy: [PUBLIC_NOUNS],
    why: '"Le gouvernement britannique" is the British government; "Britannic" survives in English only in "Her Britannic Majesty", which no article and public noun frame.',
    source: [RC]
  },
  {
    french: 'les pays anglo-saxons',
    forms: {'anglo-saxon': ['English-speaking']},
    followedBy: ['countries|world|press|media|model|nations|democracies|universities|journalism'],
    why: 'French "anglo-saxon" means English-speaking, or British and American ("le modèle anglo-saxon"); in English "Anglo-Saxon" is the early medieval people of England and their language.',
    source: [RC, HH]
  },
  {
    french: 'le Vieux Continent',
    forms: {'the old continent': ['Europe']},
    notFollowedBy: ['of'],
    why: '"Le Vieux Continent" is French journalese for Europe; English news names it. "The old continent of Gondwana" (geology) is left alone.',
    source: [RC, HH, STYLE]
  },
  {
    french: 'la police des polices',
    forms: {'police of the police|polices': ['police watchdog', 'internal affairs']},
    why: '"La police des polices" is French journalese for the IGPN, the police watchdog that investigates officers; English news calls it the police watchdog (internal affairs in the US).',
    source: [RC, STYLE]
  },
  {
    french: 'les éléphants du PS',
    forms: {'elephants of the ps|socialist|left': ['party heavyweights', 'party grandees'], 'socialist elephants': ['Socialist heavyweights', 'Socialist grandees']},
    why: '"Les éléphants du PS" is French journalese for the Socialist Party’s old guard; English news writes heavyweights or grandees (and the elephant is the US Republicans’ emblem).',
    source: [RC, HH]
  },
  {
    french: 'le championnat hexagonal',
    forms: {hexagonal: ['French', 'national']},
    precededBy: ['the|a|its|their'],
    followedBy: ['championship|league|territory|soil|market|press|media|scale|level|football|rugby|clubs|club|side|team'],
    why: '"Hexagonal" is French journalese for "French" (from l’Hexagone, mainland France’s shape); in English it describes a six-sided shape. Only before a noun of sport, territory or media.',
    source: [RC, WIKT]
  }
]
