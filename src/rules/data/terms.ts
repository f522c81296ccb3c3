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
 *
 * Deliberately absent: *Chernobyl* (AP keeps it for the disaster), *Ivory Coast* (AP, Reuters
 * and the BBC use it, the UN uses Côte d'Ivoire: both are right, so only a calque is flagged),
 * *Council of State* for the Conseil d'État (the accepted English name), and newspapers whose
 * names MT translates (*Le Monde* → "the world"): the translated-attribution rule covers those
 * where the frame shows a publication is meant.
 */
import type {TermEntry} from '../support/termbase.js'

/** Words that mark the Dnieper as the river, not the city MT mistook for it. */
const riverWords = [
  'river', 'rivers', 'bank', 'banks', 'across', 'cross', 'crossed', 'crossing', 'crossings', 'bridge', 'bridges',
  'dam', 'reservoir', 'water', 'waters', 'shore', 'shores', 'island', 'islands', 'upstream', 'downstream',
  'delta', 'estuary', 'flows', 'flowing', 'flooded', 'flood', 'boat', 'boats', 'swim', 'swam', 'drowned', 'fishing'
]

/** Prepositions after which a place name, not a person's surname, follows. */
const placePrepositions = ['in', 'near', 'around', 'outside', 'to', 'from', 'of', 'toward', 'towards', 'into', 'across']

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

  // French institutions and nicknames that English news names otherwise.
  {preferred: 'France', forbidden: ['the Hexagon'], precededBy: ['in', 'across', 'throughout', 'of', 'to', 'from', 'outside', 'all over'], note: 'French journalese for France (l’Hexagone), opaque in English', source: 'Guardian and Observer style guide; Reuters'},
  {preferred: 'CRS riot police', forbidden: ['Republican Security Companies', 'Republican Security Company', 'republican security companies'], note: 'the CRS are French riot police in English news', source: 'AP/Reuters'},
  {preferred: 'crime squad', forbidden: ['Criminal Brigade', 'criminal brigade'], note: 'the Paris brigade criminelle is its crime squad', source: 'AP/Reuters'}
]
