/**
 * The built-in termbase: names that English news spells one way and machine translation
 * another, because the French source keeps an older or French spelling (*Kiev*, *Odessa*,
 * *Zaporijia*) or because MT translated a name that English keeps (*Sûreté du Québec* →
 * "Quebec Security"). Same shape as a user's YAML termbase (see README, `termbases`).
 *
 * Sources, named by each entry:
 * - "Ukrainian romanization": the national transliteration of Ukrainian, Cabinet of Ministers
 *   of Ukraine resolution no. 55 of 27 January 2010, which gives Kyiv, Kharkiv, Odesa,
 *   Zaporizhzhia, Mykolaiv, Luhansk; the Ukrainian foreign ministry's #KyivNotKiev /
 *   #CorrectUA campaign (2018) asks English media for these forms.
 * - "AP/Reuters": the AP Stylebook (Kyiv since August 2019; Ukrainian spellings of the other
 *   cities in its 2022 war coverage) and the Reuters style guide, which follow the same forms.
 * - "renamed": the city's or country's own official name, and the year it changed.
 * - "own name": the English name an institution or party uses for itself, or the name it keeps
 *   untranslated in English-language media (Montreal Gazette, CBC, Reuters).
 * - "English exonym": the title of the place's English Wikipedia article, which the AP and
 *   Reuters style guides follow for foreign place names; the French exonym MT copies
 *   (*Londres*, *Genève*) is what is forbidden.
 * - "English regnal name": the name a pope or monarch has in English on their own sites.
 *
 * Deliberately absent: *Chernobyl* (AP keeps it for the disaster), *Ivory Coast* (AP, Reuters
 * and the BBC use it, the UN uses Côte d'Ivoire: both are right, so only a calque is flagged),
 * *Council of State* for the Conseil d'État (the accepted English name), and newspapers whose
 * names MT translates (*Le Monde* → "the world"): the translated-attribution rule covers those
 * where the frame shows a publication is meant. Also absent: French names that English uses
 * too or for something else (*Vienne* is also a French town, *Mexico* the French for Mexico
 * City, *Savoie* the département's English name, *Canaries* the English short name, *Berne*
 * an English variant), and *Keeper of the Seals*, which the calque rule covers.
 */
import type {TermEntry} from '../support/termbase.js'
import {translatedNames} from './translated-names.js'

/** Words that mark the Dnieper as the river, not the city MT mistook for it. */
const riverWords = [
  'river', 'rivers', 'bank', 'banks', 'across', 'cross', 'crossed', 'crossing', 'crossings', 'bridge', 'bridges',
  'dam', 'reservoir', 'water', 'waters', 'shore', 'shores', 'island', 'islands', 'upstream', 'downstream',
  'delta', 'estuary', 'flows', 'flowing', 'flooded', 'flood', 'boat', 'boats', 'swim', 'swam', 'drowned', 'fishing'
]

/** Prepositions after which a place name, not a person's surname, follows. */
const placePrepositions = ['in', 'near', 'around', 'outside', 'to', 'from', 'of', 'toward', 'towards', 'into', 'across']

const exonymSource = 'English exonym: the English Wikipedia article title; AP Stylebook, Reuters style guide'

/** French exonyms: one entry for each place, with the shared note and source. */
function exonyms(pairs: Array<[string, string[]]>, context: Partial<TermEntry> = {}): TermEntry[] {
  return pairs.map(([preferred, forbidden]) => ({
    preferred,
    forbidden,
    ...context,
    note: 'the French name; English news writes the English one',
    source: exonymSource
  }))
}

export const terms: TermEntry[] = [
  // Ukraine: cities in Ukrainian, not Russian, romanization.
  {
    preferred: 'Kyiv',
    forbidden: ['Kiev', 'Kyïv', 'Kiyv'],
    notPrecededBy: ['chicken'],
    note: 'the Ukrainian spelling; Kiev is the Russian one',
    source: 'Ukrainian romanization; AP/Reuters'
  },
  {
    preferred: 'Odesa',
    forbidden: ['Odessa'],
    // Odessa, Texas (and other American towns) keep the old spelling.
    notFollowedBy: [', texas|tx|florida|missouri|washington|delaware|minnesota|nebraska|ontario', 'texas|tx'],
    note: 'the Ukrainian spelling',
    source: 'Ukrainian romanization; AP/Reuters'
  },
  {preferred: 'Kharkiv', forbidden: ['Kharkov', 'Kharkow'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {
    preferred: 'Zaporizhzhia',
    forbidden: ['Zaporozhye', 'Zaporozhe', 'Zaporozhie', 'Zaporijia', 'Zaporijjia', 'Zaporizhia', 'Zaporizhya', 'Zaporizhzhya'],
    note: 'the Ukrainian spelling; Zaporijia is the French one',
    source: 'Ukrainian romanization; AP/Reuters'
  },
  {preferred: 'Lviv', forbidden: ['Lvov', 'Lwow', 'Lwów', 'Lemberg'], notPrecededBy: ['prince', 'georgy', 'georgi'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {
    preferred: 'Mykolaiv',
    forbidden: ['Mykolayiv', 'Mykolaïv', 'Mikolaïv', 'Nikolaïev'],
    note: 'the Ukrainian spelling',
    source: 'Ukrainian romanization; AP/Reuters'
  },
  {
    // Nikolaev is also a common Russian surname: only after a preposition of place is it the city.
    preferred: 'Mykolaiv',
    forbidden: ['Nikolaev', 'Nikolayev'],
    precededBy: placePrepositions,
    note: 'the Ukrainian spelling of the city',
    source: 'Ukrainian romanization; AP/Reuters'
  },
  {preferred: 'Luhansk', forbidden: ['Lugansk', 'Lougansk', 'Louhansk'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Donbas', forbidden: ['Donbass'], notFollowedBy: ['arena'], note: 'the Ukrainian spelling (the Donbass Arena keeps its own)', source: 'Ukrainian romanization; AP/Reuters'},
  {
    // French *Dnipro* and *le Dniepr*: MT turns the city into the river ("a strike in the Dnieper").
    preferred: 'Dnipro',
    forbidden: ['the Dnieper', 'Dnieper', 'the Dnepr', 'Dnepr'],
    precededBy: ['in', 'city of', 'mayor of', 'residents of'],
    notFollowedBy: ['river', "'s"],
    notInSentence: riverWords,
    note: 'the city is Dnipro; the Dnieper is the river',
    source: 'renamed from Dnipropetrovsk in 2016; AP/Reuters'
  },
  {preferred: 'Dnipropetrovsk', forbidden: ['Dnepropetrovsk'], note: 'the Ukrainian spelling of the region', source: 'Ukrainian romanization'},
  {preferred: 'the Dnieper', forbidden: ['the Dniepr'], note: 'the river’s English name; Dniepr is the French one', source: 'AP/Reuters'},
  {preferred: 'Bakhmut', forbidden: ['Bakhmout', 'Artemivsk', 'Artyomovsk', 'Artemovsk'], note: 'the city’s name since 2016; Bakhmout is the French spelling', source: 'renamed 2016; AP/Reuters'},
  {preferred: 'Mariupol', forbidden: ['Marioupol'], note: 'Marioupol is the French spelling', source: 'Ukrainian romanization'},
  {preferred: 'Chernihiv', forbidden: ['Chernigov', 'Tchernihiv'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Chernobyl', forbidden: ['Tchernobyl'], note: 'Tchernobyl is the French spelling', source: 'AP/Reuters'},
  {preferred: 'Sumy', forbidden: ['Soumy'], note: 'Soumy is the French spelling', source: 'Ukrainian romanization'},
  {preferred: 'Zhytomyr', forbidden: ['Zhitomir', 'Jytomyr'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization'},
  {preferred: 'Kropyvnytskyi', forbidden: ['Kirovograd', 'Kirovohrad', 'Kropyvnytskyï'], note: 'the city’s name since 2016', source: 'renamed 2016'},
  {preferred: 'Chernivtsi', forbidden: ['Chernovtsy', 'Tchernivtsi'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization'},
  {preferred: 'Lysychansk', forbidden: ['Lisichansk', 'Lyssytchansk'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Sievierodonetsk', forbidden: ['Severodonetsk', 'Siverodonetsk'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Avdiivka', forbidden: ['Avdeyevka', 'Avdeevka', 'Avdiïvka'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Vuhledar', forbidden: ['Ugledar', 'Vouhledar'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Kupiansk', forbidden: ['Kupyansk', 'Koupiansk'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Izium', forbidden: ['Izyum', 'Izioum'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Bucha', forbidden: ['Boutcha'], note: 'Boutcha is the French spelling', source: 'Ukrainian romanization'},
  {preferred: 'Irpin', forbidden: ['Irpen'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Sloviansk', forbidden: ['Slavyansk', 'Slaviansk'], note: 'the Ukrainian spelling', source: 'Ukrainian romanization; AP/Reuters'},
  {preferred: 'Crimea', forbidden: ['Crimée'], note: 'Crimée is the French name', source: 'AP/Reuters'},

  // Moldova and Belarus.
  {preferred: 'Chisinau', forbidden: ['Kishinev', 'Chisinao'], notFollowedBy: ['pogrom'], note: 'the Moldovan capital’s own name (the 1903 pogrom keeps Kishinev)', source: 'own name; AP/Reuters'},
  {
    preferred: 'Moldova',
    forbidden: ['Moldavia'],
    notPrecededBy: ['principality of'],
    notInSentence: ['principality', 'romania', "romania's", 'romanian', 'medieval', 'historical', 'historic', 'soviet'],
    note: 'the country is Moldova; Moldavia (French Moldavie) is the historical principality',
    source: 'own name since 1991; AP/Reuters'
  },
  {preferred: 'Belarus', forbidden: ['Byelorussia', 'Belorussia', 'Bielorussia', 'Biélorussie'], note: 'the country’s name since 1991', source: 'own name; AP/Reuters'},
  {
    preferred: 'Belarusian',
    forbidden: ['Byelorussian', 'Belorussian', 'Belarussian', 'Biélorusse'],
    notFollowedBy: ['ssr', 'soviet'],
    note: 'the adjective of Belarus',
    source: 'own name; AP/Reuters'
  },
  {preferred: "Côte d'Ivoire", forbidden: ['Coast of Ivory', 'the Coast of Ivory'], admitted: ['Ivory Coast'], note: 'a calque of the French name', source: 'UN country name; AP/Reuters use Ivory Coast'},

  // France: institutions and parties whose names MT translated word for word.
  {preferred: 'the Élysée', forbidden: ['the Elysium'], notFollowedBy: ['palace'], note: 'the French presidency is the Élysée, not Elysium', source: 'own name; AP/Reuters (Elysee)'},
  {preferred: 'Élysée Palace', forbidden: ['Elysium Palace'], note: 'the French presidency is the Élysée', source: 'own name; AP/Reuters (Elysee Palace)'},
  {preferred: 'Hôtel Matignon', forbidden: ['Matignon Hotel', 'the Matignon Hotel'], note: 'the prime minister’s residence; hôtel here is a town mansion', source: 'own name'},
  {preferred: "the Quai d'Orsay", forbidden: ['the Orsay Quay', 'the Orsay quay', 'the Quay of Orsay', "the Quay d'Orsay", 'the Orsay wharf'], note: 'the French foreign ministry keeps its French name', source: 'own name; AP/Reuters'},
  {preferred: 'National Assembly', forbidden: ['Assemblée nationale', 'Assemblee nationale', 'Assemblée Nationale'], note: 'the French lower house, untranslated', source: 'own English name (assemblee-nationale.fr)'},
  {preferred: 'National Rally', forbidden: ['National Gathering', 'National Rassemblement'], note: 'Rassemblement national’s English name', source: 'AP/Reuters'},
  {preferred: 'France Unbowed', forbidden: ['Unsubmissive France', 'Rebellious France', 'Insubordinate France', 'Untamed France', 'France Unsubmissive'], note: 'La France insoumise’s English name in news', source: 'AP/Reuters'},

  // Quebec and Canada: names English-language media keep in French.
  {preferred: 'Sûreté du Québec', forbidden: ['Quebec Security', 'Quebec Surety', 'Surety of Quebec', 'Security of Quebec', 'Sûreté of Quebec', 'Surete of Quebec'], note: 'Quebec’s provincial police keeps its French name', source: 'own name; CBC, Montreal Gazette'},
  {preferred: 'Hydro-Québec', forbidden: ['Quebec Hydro', 'Hydro Quebec', 'Hydro Québec'], note: 'the utility’s name, hyphenated', source: 'own name'},
  {preferred: 'Radio-Canada', forbidden: ['Radio Canada'], notFollowedBy: ['international'], note: 'CBC’s French network, hyphenated (Radio Canada International is another service)', source: 'own name'},
  {preferred: 'Parti Québécois', forbidden: ['Party Québécois', 'Party Quebecois', 'Québécois Party', 'Quebecois Party', 'Quebecer Party'], note: 'the party keeps its French name in English', source: 'own name; CBC, Montreal Gazette'},
  {preferred: 'Bloc Québécois', forbidden: ['Quebec Bloc', 'Québécois Bloc', 'Quebecois Bloc', 'Quebecer Bloc'], note: 'the party keeps its French name in English', source: 'own name; CBC'},
  {preferred: 'Coalition Avenir Québec', forbidden: ['Coalition Future Quebec', 'Coalition Future Québec', 'Future Quebec Coalition'], note: 'the party keeps its French name in English', source: 'own name; CBC, Montreal Gazette'},
  {preferred: 'Québec solidaire', forbidden: ['Quebec Solidarity', 'Québec Solidarity', 'Solidarity Quebec', 'United Quebec'], note: 'the party keeps its French name in English', source: 'own name; CBC, Montreal Gazette'},
  // French spellings of foreign places that MT leaves as the French source writes them; English
  // news uses the English exonym. Written as capitalised names, so a common word never matches.
  {preferred: 'Iraq', forbidden: ['Irak'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Kuwait', forbidden: ['Koweït', 'Koweit'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Bahrain', forbidden: ['Bahreïn'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Yemen', forbidden: ['Yémen'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Lebanon', forbidden: ['Liban'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'West Bank', forbidden: ['Cisjordanie', 'Cisjordania'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Chechnya', forbidden: ['Tchétchénie', 'Tchetchenie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Dagestan', forbidden: ['Daghestan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Chad', forbidden: ['Tchad'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Cameroon', forbidden: ['Cameroun'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Kyrgyzstan', forbidden: ['Kirghizistan', 'Kirghizstan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Uzbekistan', forbidden: ['Ouzbékistan', 'Ouzbekistan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Tajikistan', forbidden: ['Tadjikistan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Turkmenistan', forbidden: ['Turkménistan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Azerbaijan', forbidden: ['Azerbaïdjan', 'Azerbaidjan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Sevastopol', forbidden: ['Sébastopol'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Kursk', forbidden: ['Koursk'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Bryansk', forbidden: ['Briansk'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Murmansk', forbidden: ['Mourmansk'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Yekaterinburg', forbidden: ['Iekaterinbourg', 'Ekaterinbourg'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Novosibirsk', forbidden: ['Novossibirsk'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Chelyabinsk', forbidden: ['Tcheliabinsk'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Nizhny Novgorod', forbidden: ['Nijni Novgorod'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'St Petersburg', forbidden: ['Saint-Pétersbourg', 'Saint Pétersbourg'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Rostov-on-Don', forbidden: ['Rostov-sur-le-Don'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Beijing', forbidden: ['Pékin'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Moscow', forbidden: ['Moscou'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Warsaw', forbidden: ['Varsovie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Bucharest', forbidden: ['Bucarest'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Copenhagen', forbidden: ['Copenhague'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'The Hague', forbidden: ['La Haye'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Lisbon', forbidden: ['Lisbonne'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Cairo', forbidden: ['Le Caire'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Beirut', forbidden: ['Beyrouth'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Baghdad', forbidden: ['Bagdad'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Tehran', forbidden: ['Téhéran'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Jeddah', forbidden: ['Djeddah'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Nablus', forbidden: ['Naplouse'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Jenin', forbidden: ['Jénine'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Khan Younis', forbidden: ['Khan Younès'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Seoul', forbidden: ['Séoul'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Singapore', forbidden: ['Singapour'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'New Delhi', forbidden: ['Nouvelle-Delhi'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Kabul', forbidden: ['Kaboul'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Tashkent', forbidden: ['Tachkent'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Bishkek', forbidden: ['Bichkek'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Baku', forbidden: ['Bakou'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Yerevan', forbidden: ['Erevan', 'Érévan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Tbilisi', forbidden: ['Tbilissi'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Saudi Arabia', forbidden: ['Arabie saoudite', 'Arabie Saoudite'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Syria', forbidden: ['Syrie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Libya', forbidden: ['Libye'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Algeria', forbidden: ['Algérie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Tunisia', forbidden: ['Tunisie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Egypt', forbidden: ['Égypte'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Ethiopia', forbidden: ['Éthiopie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Somalia', forbidden: ['Somalie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Sudan', forbidden: ['Soudan'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Mauritania', forbidden: ['Mauritanie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Uganda', forbidden: ['Ouganda'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Myanmar', forbidden: ['Birmanie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Cambodia', forbidden: ['Cambodge'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Belarus', forbidden: ['Bélarus'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Lithuania', forbidden: ['Lituanie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Latvia', forbidden: ['Lettonie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Estonia', forbidden: ['Estonie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Poland', forbidden: ['Pologne'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Hungary', forbidden: ['Hongrie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Romania', forbidden: ['Roumanie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Germany', forbidden: ['Allemagne'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Russia', forbidden: ['Russie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'United Kingdom', forbidden: ['Royaume-Uni'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'United States', forbidden: ['États-Unis'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Belgium', forbidden: ['Belgique'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Netherlands', forbidden: ['Pays-Bas'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Turkey', forbidden: ['Turquie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Israel', forbidden: ['Israël'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Jordan', forbidden: ['Jordanie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Georgia', forbidden: ['Géorgie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},
  {preferred: 'Armenia', forbidden: ['Arménie'], note: 'the French spelling; English news writes the English name', source: 'AP Stylebook; Reuters style guide'},

  // French transliterations of Russian and Ukrainian names (ch for sh, ou for u, ï for i): English
  // news uses the English romanization.
  {preferred: 'Putin', forbidden: ['Poutine'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Prigozhin', forbidden: ['Prigojine'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Shoigu', forbidden: ['Choïgou', 'Choigou'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Lukashenko', forbidden: ['Loukachenko'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Gerasimov', forbidden: ['Guerassimov'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Mishustin', forbidden: ['Michoustine'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Patrushev', forbidden: ['Patrouchev'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Kuleba', forbidden: ['Kouleba'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Zaluzhnyi', forbidden: ['Zaloujny', 'Zaloujnyi'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Podolyak', forbidden: ['Podoliak'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Shmyhal', forbidden: ['Chmyhal'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Yermak', forbidden: ['Iermak'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Yevgeny', forbidden: ['Evguéni', 'Evgueni'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Sergei', forbidden: ['Sergueï', 'Serguei'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Alexei', forbidden: ['Alexeï'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Nikolai', forbidden: ['Nikolaï'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Mikhail', forbidden: ['Mikhaïl'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Vyacheslav', forbidden: ['Viatcheslav'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Oleksii', forbidden: ['Oleksiï'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Andriy', forbidden: ['Andriï'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},
  {preferred: 'Mykhailo', forbidden: ['Mykhaïlo'], note: 'the French transliteration; English uses the English romanization', source: 'AP/Reuters (English romanization of Russian and Ukrainian names)'},

  // French exonyms of places MT copies from the source as they stand. English news writes the
  // English exonym, the title of the place's English Wikipedia article. Only the French form with
  // its capital is forbidden, so a French common noun or an English word never matches; a form
  // that is also a surname or an English word is flagged only after a preposition of place.
  ...exonyms([
    // Capitals and large cities.
    ['London', ['Londres']],
    ['Brussels', ['Bruxelles']],
    ['Geneva', ['Genève']],
    ['Basel', ['Bâle']],
    ['Athens', ['Athènes']],
    ['Venice', ['Venise']],
    ['Genoa', ['Gênes']],
    ['Barcelona', ['Barcelone']],
    ['Seville', ['Séville']],
    ['Zaragoza', ['Saragosse']],
    ['Frankfurt', ['Francfort']],
    ['Hamburg', ['Hambourg']],
    ['Dresden', ['Dresde']],
    ['Aachen', ['Aix-la-Chapelle']],
    ['Antwerp', ['Anvers']],
    ['Ghent', ['Gand']],
    ['Edinburgh', ['Édimbourg', 'Edimbourg']],
    ['Dover', ['Douvres']],
    ['Krakow', ['Cracovie']],
    ['Jerusalem', ['Jérusalem']],
    ['Bethlehem', ['Bethléem']],
    ['Hebron', ['Hébron']],
    ['Tel Aviv', ['Tel-Aviv']],
    ['Aleppo', ['Alep']],
    ['Mosul', ['Mossoul']],
    ['Basra', ['Bassora']],
    ['Riyadh', ['Riyad']],
    ['Abu Dhabi', ['Abou Dhabi', 'Abou Dabi']],
    ['Dubai', ['Dubaï']],
    ['Muscat', ['Mascate']],
    ['Alexandria', ['Alexandrie']],
    ['Tangier', ['Tanger']],
    ['Cape Town', ['Le Cap']],
    ['Johannesburg', ['Johannesbourg']],
    ['Addis Ababa', ['Addis-Abeba']],
    ['Mogadishu', ['Mogadiscio']],
    ['Timbuktu', ['Tombouctou']],
    ["N'Djamena", ['Ndjamena']],
    ['Port Sudan', ['Port-Soudan']],
    ['Shanghai', ['Shanghaï']],
    ['Hong Kong', ['Hong-Kong', 'Hongkong']],
    ['Taipei', ['Taïpei']],
    ['Hanoi', ['Hanoï']],
    ['Manila', ['Manille']],
    ['Jakarta', ['Djakarta']],
    ['Kathmandu', ['Katmandou']],
    ['Ulaanbaatar', ['Oulan-Bator']],
    ['Ashgabat', ['Achgabat']],
    ['Dushanbe', ['Douchanbé']],
    ['Isfahan', ['Ispahan']],
    ['Havana', ['La Havane']],
    ['New Orleans', ['La Nouvelle-Orléans', 'Nouvelle-Orléans']],
    ['Philadelphia', ['Philadelphie']],
    // Countries and regions.
    ['England', ['Angleterre']],
    ['Scotland', ['Écosse']],
    ['Ireland', ['Irlande']],
    ['Wales', ['Pays de Galles']],
    ['Spain', ['Espagne']],
    ['Italy', ['Italie']],
    ['Greece', ['Grèce']],
    ['Austria', ['Autriche']],
    ['Sweden', ['Suède']],
    ['Norway', ['Norvège']],
    ['Denmark', ['Danemark']],
    ['Finland', ['Finlande']],
    ['Iceland', ['Islande']],
    ['Czech Republic', ['République tchèque', 'Tchéquie']],
    ['Slovakia', ['Slovaquie']],
    ['Slovenia', ['Slovénie']],
    ['Croatia', ['Croatie']],
    ['Serbia', ['Serbie']],
    ['Bosnia', ['Bosnie']],
    ['Bosnia and Herzegovina', ['Bosnie-Herzégovine']],
    ['Great Britain', ['Grande-Bretagne']],
    ['Albania', ['Albanie']],
    ['North Macedonia', ['Macédoine du Nord']],
    ['Bulgaria', ['Bulgarie']],
    ['Moldova', ['Moldavie']],
    ['Cyprus', ['Chypre']],
    ['Morocco', ['Maroc']],
    ['Eritrea', ['Érythrée']],
    ['Tanzania', ['Tanzanie']],
    ['South Africa', ['Afrique du Sud']],
    ['South Sudan', ['Soudan du Sud']],
    ['Central African Republic', ['Centrafrique', 'République centrafricaine']],
    ['Democratic Republic of Congo', ['République démocratique du Congo']],
    ['Mexico', ['Mexique']],
    ['Brazil', ['Brésil']],
    ['Peru', ['Pérou']],
    ['Colombia', ['Colombie']],
    ['Ecuador', ['Équateur']],
    ['Bolivia', ['Bolivie']],
    ['Haiti', ['Haïti']],
    ['China', ['Chine']],
    ['Japan', ['Japon']],
    ['India', ['Inde']],
    ['South Korea', ['Corée du Sud']],
    ['North Korea', ['Corée du Nord']],
    ['Korea', ['Corée']],
    ['Taiwan', ['Taïwan']],
    ['Indonesia', ['Indonésie']],
    ['Malaysia', ['Malaisie']],
    ['Thailand', ['Thaïlande']],
    ['Mongolia', ['Mongolie']],
    ['Siberia', ['Sibérie']],
    ['Australia', ['Australie']],
    ['New Zealand', ['Nouvelle-Zélande']],
    ['United Arab Emirates', ['Émirats arabes unis', 'Emirats arabes unis']],
    ['Middle East', ['Moyen-Orient', 'Proche-Orient']],
    ['Latin America', ['Amérique latine']],
    ['Brittany', ['Bretagne']],
    ['Normandy', ['Normandie']],
    ['Corsica', ['Corse']],
    ['Picardy', ['Picardie']],
    ['Catalonia', ['Catalogne']],
    ['Andalusia', ['Andalousie']],
    ['Basque Country', ['Pays basque', 'Pays Basque']],
    ['Sardinia', ['Sardaigne']],
    ['Sicily', ['Sicile']],
    ['Tuscany', ['Toscane']],
    ['Lombardy', ['Lombardie']],
    ['Bavaria', ['Bavière']],
    ['Flanders', ['Flandre']],
    ['Wallonia', ['Wallonie']],
    ['Majorca', ['Majorque']],
    ['Balearic Islands', ['Baléares']],
    ['New Caledonia', ['Nouvelle-Calédonie']],
    ['French Polynesia', ['Polynésie française']],
    ['French Guiana', ['Guyane']],
    ['California', ['Californie']],
    ['Florida', ['Floride']],
    ['Louisiana', ['Louisiane']],
    ['North Carolina', ['Caroline du Nord']],
    ['South Carolina', ['Caroline du Sud']],
    ['West Virginia', ['Virginie-Occidentale']],
    ['Pennsylvania', ['Pennsylvanie']],
    ['New Mexico', ['Nouveau-Mexique']],
    ['New England', ['Nouvelle-Angleterre']],
    ['North Dakota', ['Dakota du Nord']],
    ['South Dakota', ['Dakota du Sud']],
    ['Hawaii', ['Hawaï']],
    ['British Columbia', ['Colombie-Britannique']],
    ['Nova Scotia', ['Nouvelle-Écosse']],
    ['New Brunswick', ['Nouveau-Brunswick']],
    ['Newfoundland and Labrador', ['Terre-Neuve-et-Labrador']],
    ['Newfoundland', ['Terre-Neuve']],
    ['Prince Edward Island', ['Île-du-Prince-Édouard']],
    ['Northwest Territories', ['Territoires du Nord-Ouest']],
    ['Eastern Townships', ["Cantons-de-l'Est"]],
    // Seas, rivers, lakes and mountains.
    ['Mediterranean', ['Méditerranée']],
    ['Baltic', ['Baltique']],
    ['Atlantic', ['Atlantique']],
    ['Pacific', ['Pacifique']],
    ['Thames', ['Tamise']],
    ['Rhine', ['Rhin']],
    ['Lake Geneva', ['Lake Léman', 'Lake Leman', 'lac Léman']],
    ['Alps', ['Alpes']],
    ['Pyrenees', ['Pyrénées']]
  ]),
  // Also a surname or an English word: only where a place is meant.
  ...exonyms([
    ['Algiers', ['Alger']],
    ['Damascus', ['Damas']],
    ['Malta', ['Malte']],
    ['Chile', ['Chili']],
    // Virginie is also a French first name.
    ['Virginia', ['Virginie']]
  ], {precededBy: placePrepositions}),
  // Jeune Afrique is a magazine English news cites by name.
  {preferred: 'Africa', forbidden: ['Afrique'], notPrecededBy: ['jeune'], note: 'the French name; English news writes the English one', source: exonymSource},
  {preferred: 'Guinea', forbidden: ['Guinée'], notFollowedBy: ['équatoriale', 'equatoriale'], note: 'the French name; English news writes the English one (Guinée équatoriale is Equatorial Guinea)', source: exonymSource},
  {preferred: 'Switzerland', forbidden: ['Suisse'], notPrecededBy: ['credit', 'banque', 'romande'], notFollowedBy: ['romande', 're'], note: 'the French name; English news writes the English one', source: exonymSource},
  {preferred: 'St. Lawrence River', forbidden: ['Saint-Laurent River', 'Saint Laurent River'], note: 'the river’s English name (fleuve Saint-Laurent)', source: exonymSource},
  {preferred: 'the Channel', forbidden: ['the Sleeve'], note: 'la Manche is the (English) Channel in English', source: exonymSource},

  // Popes and monarchs: English gives them English regnal names.
  {preferred: 'Pope Francis', forbidden: ['Pope François', 'Pope Francois'], note: 'the pope’s English name (le pape François)', source: 'English regnal name (vatican.va/content/francesco/en)'},
  {preferred: 'Benedict XVI', forbidden: ['Benoît XVI', 'Benoit XVI'], note: 'the pope’s English name', source: 'English regnal name (vatican.va)'},
  {preferred: 'John Paul II', forbidden: ['Jean-Paul II'], note: 'the pope’s English name', source: 'English regnal name (vatican.va)'},
  {preferred: 'Elizabeth II', forbidden: ['Élisabeth II', 'Elisabeth II'], note: 'the queen’s English name', source: 'English regnal name (royal.uk)'},

  // Names French spells by its own transliteration of Arabic and Hebrew.
  {preferred: 'Netanyahu', forbidden: ['Netanyahou', 'Nétanyahou'], note: 'the French transliteration; English news writes Netanyahu', source: 'AP/Reuters'},
  {preferred: 'Bashar', forbidden: ['Bachar'], followedBy: ['al-assad|assad|el-assad'], note: 'the French transliteration; English news writes Bashar al-Assad', source: 'AP/Reuters'},
  {preferred: 'Mohammed bin Salman', forbidden: ['Mohammed ben Salmane', 'Mohammed Ben Salmane', 'Mohammed bin Salmane'], note: 'the French transliteration', source: 'AP/Reuters'},
  {preferred: 'Osama bin Laden', forbidden: ['Oussama ben Laden', 'Oussama Ben Laden', 'Osama ben Laden', 'Osama Ben Laden'], note: 'the French transliteration', source: 'AP/Reuters'},
  {preferred: 'Sinwar', forbidden: ['Sinouar'], note: 'the French transliteration', source: 'AP/Reuters'},
  {preferred: 'Haniyeh', forbidden: ['Haniyé'], note: 'the French transliteration', source: 'AP/Reuters'},
  {preferred: 'Raisi', forbidden: ['Raïssi', 'Raissi'], note: 'the French transliteration', source: 'AP/Reuters'},
  {preferred: 'Zelensky', forbidden: ['Zelenski'], admitted: ['Zelenskyy', 'Zelenskiy'], note: 'the French spelling; AP writes Zelenskyy, Reuters and the BBC Zelensky', source: 'AP/Reuters'},
  {preferred: 'Islamic State', forbidden: ['Daech', 'État islamique', 'Etat islamique'], note: 'the French name of the group', source: 'AP/Reuters'},
  {preferred: 'Taliban', forbidden: ['Talibans'], note: 'English treats Taliban as a plural already', source: 'AP Stylebook; Reuters'},
  {preferred: 'Israeli army', forbidden: ['Tsahal'], note: 'French journalese for the Israel Defense Forces', source: 'AP/Reuters (Israeli military, IDF)'},

  // International bodies by their French initials.
  {preferred: 'NATO', forbidden: ['OTAN', 'Otan'], note: 'the French initials; English writes NATO', source: 'own name (nato.int)'},
  {preferred: 'UN', forbidden: ['ONU'], note: 'the French initials of the United Nations', source: 'own name (un.org)'},
  {preferred: 'United Nations', forbidden: ['Nations unies', 'Nations Unies'], note: 'the French name', source: 'own name (un.org)'},
  {preferred: 'European Union', forbidden: ['Union européenne', 'Union Européenne'], note: 'the French name', source: 'own name (europa.eu)'},
  {preferred: 'WHO', forbidden: ['OMS'], note: 'the French initials of the World Health Organization', source: 'own name (who.int)'},
  {preferred: 'IMF', forbidden: ['FMI'], note: 'the French initials of the International Monetary Fund', source: 'own name (imf.org)'},
  {preferred: 'IAEA', forbidden: ['AIEA'], note: 'the French initials of the International Atomic Energy Agency', source: 'own name (iaea.org)'},
  {preferred: 'OECD', forbidden: ['OCDE'], note: 'the French initials', source: 'own name (oecd.org)'},
  {preferred: 'OPEC', forbidden: ['OPEP'], note: 'the French initials', source: 'own name (opec.org)'},
  {preferred: 'USSR', forbidden: ['URSS'], note: 'the French initials of the Soviet Union', source: 'AP/Reuters'},
  {preferred: 'DRC', forbidden: ['RDC'], note: 'the French initials of the Democratic Republic of Congo', source: 'AP/Reuters'},
  {preferred: 'NGO', forbidden: ['ONG'], note: 'the French initials', source: 'AP/Reuters'},
  {preferred: 'Agence France-Presse', forbidden: ['French Press Agency', 'France Press Agency', 'France-Presse Agency', 'French News Agency'], note: 'the agency’s own name (AFP)', source: 'own name (afp.com)'},

  // France: courts and bodies left in French, and literal renderings of landmarks and offices.
  {preferred: 'Constitutional Council', forbidden: ['Conseil constitutionnel', 'Conseil Constitutionnel'], note: 'the French body, untranslated', source: 'own English name (conseil-constitutionnel.fr/en)'},
  {preferred: 'Council of State', forbidden: ["Conseil d'État", "Conseil d'Etat"], note: 'the French body, untranslated', source: 'own English name (conseil-etat.fr/en)'},
  {preferred: 'Court of Cassation', forbidden: ['Cour de cassation', 'Cour de Cassation'], note: 'France’s highest court, untranslated', source: 'own English name (courdecassation.fr/en)'},
  {preferred: 'Senate', forbidden: ['Sénat'], note: 'the French upper house, untranslated', source: 'own English name (senat.fr/english)'},
  {preferred: 'prefecture', forbidden: ['préfecture'], note: 'the French word, untranslated', source: 'Oxford English Dictionary (prefecture)'},
  {preferred: 'prefect', forbidden: ['préfet'], note: 'the French word, untranslated', source: 'Oxford English Dictionary (prefect)'},
  {preferred: 'armed forces minister', forbidden: ['minister of the armies', 'armies minister'], note: 'ministre des Armées; the ministry’s English name is Ministry of the Armed Forces', source: 'own English name (defense.gouv.fr/en)'},
  {preferred: 'Notre-Dame', forbidden: ['Our Lady of Paris'], note: 'the cathedral keeps its French name in English', source: 'AP/Reuters'},
  {preferred: 'Arc de Triomphe', forbidden: ['Arc of Triumph', 'Arch of Triumph'], note: 'the monument keeps its French name in English', source: 'AP/Reuters'},
  {preferred: 'Stade de France', forbidden: ['Stadium of France', 'France Stadium'], note: 'the stadium keeps its French name', source: 'own name'},
  {preferred: 'Tour de France', forbidden: ['Tour of France'], note: 'the race keeps its French name', source: 'own name; AP/Reuters'},
  {preferred: "Côte d'Azur", forbidden: ['Azure Coast', 'the Azure Coast'], note: 'the French Riviera keeps its French name', source: 'AP/Reuters'},

  // Quebec and Canada: names MT translates and English-language media do not.
  {preferred: 'Royal Canadian Mounted Police', forbidden: ['Royal Gendarmerie of Canada', 'Canadian Royal Gendarmerie', 'Royal Canadian Gendarmerie', 'Gendarmerie royale du Canada'], note: 'the RCMP’s English name (GRC in French)', source: 'own English name (rcmp.gc.ca)'},
  {preferred: 'RCMP', forbidden: ['GRC'], notInSentence: ['governance', 'compliance'], note: 'the French initials of the Royal Canadian Mounted Police', source: 'own English name (rcmp.gc.ca)'},
  {preferred: 'Quebec Liberal Party', forbidden: ['Liberal Party of Quebec', 'Liberal Party of Québec'], note: 'the Parti libéral du Québec’s own English name', source: 'own English name (plq.org/en); CBC, Montreal Gazette'},
  {preferred: 'Parti Québécois', forbidden: ['Quebec Party', 'Québec Party'], note: 'the party keeps its French name in English', source: 'own name; CBC, Montreal Gazette'},
  {preferred: 'Desjardins Group', forbidden: ['Desjardins Movement'], note: 'the Mouvement Desjardins’s own English name', source: 'own English name (desjardins.com/en)'},
  {preferred: 'Université Laval', forbidden: ['Laval University', 'University Laval'], note: 'the university keeps its French name in English', source: 'own name (ulaval.ca/en)'},
  {preferred: 'Bell Centre', forbidden: ['Centre Bell'], note: 'the arena’s English name', source: 'own English name'},
  {preferred: 'Magdalen Islands', forbidden: ['Madeleine Islands', 'Islands of the Madeleine', 'Îles-de-la-Madeleine'], note: 'the archipelago’s English name', source: 'Canadian Geographical Names Database (English form); CBC'},
  {
    // Trois-Rivières, Quebec; Three Rivers in Michigan, California or Texas keep their names.
    preferred: 'Trois-Rivières',
    forbidden: ['Three Rivers'],
    precededBy: placePrepositions,
    notFollowedBy: [', michigan|mich|california|calif|texas|tx|massachusetts|mass', 'michigan|california|texas|massachusetts'],
    note: 'the Quebec city keeps its French name in English',
    source: 'own name; CBC, Montreal Gazette'
  },
  {preferred: 'deputy prime minister', forbidden: ['vice-prime minister', 'vice prime minister'], note: 'vice-premier ministre; deputy premier for a Canadian province', source: 'AP/Reuters; Canadian Press Stylebook'},
  {preferred: 'Caisse de dépôt et placement du Québec', forbidden: ['Quebec Deposit and Investment Fund', 'Quebec Deposit and Placement Fund', 'Quebec Deposit and Investment Bank'], note: 'the pension fund manager keeps its French name (CDPQ)', source: 'own name (cdpq.com/en)'},

  // French institutions and nicknames that English news names otherwise.
  {preferred: 'France', forbidden: ['the Hexagon'], precededBy: ['in', 'across', 'throughout', 'of', 'to', 'from', 'outside', 'all over'], note: 'French journalese for France (l’Hexagone), opaque in English', source: 'Guardian and Observer style guide; Reuters'},
  {preferred: 'CRS riot police', forbidden: ['Republican Security Companies', 'Republican Security Company', 'republican security companies'], note: 'the CRS are French riot police in English news', source: 'AP/Reuters'},
  {preferred: 'crime squad', forbidden: ['Criminal Brigade', 'criminal brigade'], note: 'the Paris brigade criminelle is its crime squad', source: 'AP/Reuters'},

  // Names of people and places MT translated (src/rules/data/translated-names.ts).
  ...translatedNames
]
