/**
 * Proper adjectives and demonyms English always capitalises. Countries: the UK Government's
 * (FCDO) "Geographical names: country names" list, which pairs each ISO 3166-1 country with
 * its standard adjective and name for a citizen; nouns for citizens that differ from the
 * adjective ("Dane", "Finn", "Swede") are added. Regions and peoples: continental and
 * regional adjectives in the same list's usage. Cities: the established English demonyms of
 * the capitals and large cities French news writes about (Oxford Dictionaries usage).
 *
 * Left out on purpose, because the lowercase word is ordinary English: "polish" (to polish),
 * "china" (porcelain), "turkey" (the bird), "japan" (lacquer), "chad", "jordan", "guinea"
 * (guinea pig), "georgia", "jersey", "wales", "chile"/"chilli", "panama" (the hat), "roman"
 * (roman type, roman numerals), "latin", "scotch" (tape, whisky), "scot" (scot-free), "swede"
 * (the vegetable), "basque" (the bodice), "bohemian", "spartan",
 * "byzantine", "oriental", "arctic"; and country names as a rule (only the unambiguous
 * multi-word ones are listed, "european union", "united states").
 */
export const demonyms: readonly string[] = [
  // Countries A–Z (adjective, then citizen nouns where different; plurals are derived).
  'afghan', 'albanian', 'algerian', 'andorran', 'angolan', 'antiguan', 'argentine', 'argentinian',
  'armenian', 'australian', 'austrian', 'azerbaijani', 'bahamian', 'bahraini', 'bangladeshi',
  'barbadian', 'belarusian', 'belgian', 'belizean', 'beninese', 'bhutanese', 'bolivian',
  'bosnian', 'botswanan', 'brazilian', 'bruneian', 'bulgarian', 'burkinabe', 'burmese',
  'burundian', 'cambodian', 'cameroonian', 'canadian', 'cape verdean', 'central african',
  'chadian', 'chilean', 'chinese', 'colombian', 'comorian', 'congolese', 'costa rican',
  'ivorian', 'croatian', 'croat', 'cuban', 'cypriot', 'czech', 'danish', 'dane', 'djiboutian',
  'dominican', 'ecuadorean', 'ecuadorian', 'egyptian', 'salvadorean', 'salvadoran',
  'equatorial guinean', 'eritrean', 'estonian', 'swazi', 'ethiopian', 'fijian',
  'finnish', 'finn', 'french', 'frenchman', 'frenchmen', 'frenchwoman', 'frenchwomen',
  'gabonese', 'gambian', 'georgian', 'german', 'ghanaian', 'greek', 'grenadian', 'guatemalan',
  'guinean', 'bissau-guinean', 'guyanese', 'haitian', 'honduran', 'hungarian', 'icelandic',
  'icelander', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'irishman', 'irishmen',
  'israeli', 'italian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kazakhstani', 'kenyan',
  'kiribatian', 'kosovan', 'kuwaiti', 'kyrgyz', 'lao', 'laotian', 'latvian', 'lebanese',
  'liberian', 'libyan', 'liechtenstein', 'lithuanian', 'luxembourgish', 'luxembourger',
  'madagascan', 'malagasy', 'malawian', 'malaysian', 'maldivian', 'malian', 'maltese',
  'marshallese', 'mauritanian', 'mauritian', 'mexican', 'micronesian', 'moldovan', 'monegasque',
  'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nauruan', 'nepalese',
  'nepali', 'dutch', 'dutchman', 'dutchmen', 'new zealander', 'nicaraguan', 'nigerien',
  'nigerian', 'north korean', 'macedonian', 'norwegian', 'omani', 'pakistani', 'palauan',
  'palestinian', 'panamanian', 'papua new guinean', 'paraguayan', 'peruvian', 'filipino',
  'philippine', 'portuguese', 'qatari', 'romanian', 'russian', 'rwandan', 'kittitian',
  'nevisian', 'saint lucian', 'vincentian', 'samoan', 'sammarinese', 'sao tomean',
  'saudi', 'saudi arabian', 'senegalese', 'serbian', 'serb', 'seychellois', 'sierra leonean',
  'singaporean', 'slovak', 'slovakian', 'slovenian', 'slovene', 'solomon islander', 'somali',
  'south african', 'south korean', 'south sudanese', 'spanish', 'spaniard', 'sri lankan',
  'sudanese', 'surinamese', 'swedish', 'swiss', 'syrian', 'taiwanese', 'tajik',
  'tajikistani', 'tanzanian', 'thai', 'timorese', 'togolese', 'tongan', 'trinidadian',
  'tobagonian', 'tunisian', 'turkish', 'turk', 'turkmen', 'tuvaluan', 'ugandan', 'ukrainian',
  'emirati', 'british', 'briton', 'englishman', 'englishmen', 'english', 'scottish',
  'scotsman', 'scotswoman', 'welsh', 'welshman', 'american', 'uruguayan', 'uzbek', 'uzbekistani',
  'vanuatuan', 'venezuelan', 'vietnamese', 'yemeni', 'zambian', 'zimbabwean',
  // Territories and nations within states that French news names often.
  'corsican', 'breton', 'catalan', 'flemish', 'walloon', 'quebecer', 'quebecker',
  'québécois', 'greenlandic', 'puerto rican', 'hongkonger', 'tibetan', 'kurdish', 'kurd',
  'chechen', 'crimean', 'tatar', 'bavarian', 'sicilian', 'sardinian', 'andalusian',
  'alsatian', 'provençal', 'norman', 'caledonian', 'martiniquais', 'guadeloupean', 'réunionese',
  // Continents, regions and peoples.
  'european', 'african', 'asian', 'north american', 'south american',
  'latin american', 'scandinavian', 'nordic', 'baltic', 'balkan', 'caribbean', 'mediterranean',
  'middle eastern', 'arab', 'arabic', 'slavic', 'slavonic', 'celtic', 'anglo-saxon', 'maghrebi',
  'saharan', 'sub-saharan', 'caucasian', 'hispanic', 'latino', 'latina', 'eurasian', 'oceanian',
  'persian', 'west african', 'east african', 'north african', 'southeast asian', 'east asian',
  // Cities.
  'parisian', 'londoner', 'muscovite', 'berliner', 'viennese', 'venetian', 'milanese',
  'neapolitan', 'new yorker', 'bostonian', 'chicagoan', 'angeleno', 'torontonian',
  'montrealer', 'glaswegian', 'mancunian', 'liverpudlian', 'dubliner', 'athenian', 'kyivan',
  'kievan', 'genevan', 'marseillais', 'lyonnais', 'bruxellois', 'madrileño', 'lisboeta'
]

/**
 * Proper nouns of more than one word that MT writes in lowercase. Single-word country names
 * are left out (see above): "france" in lowercase is rare in MT output, and "china",
 * "turkey" and the like would drown the list in false alarms.
 */
export const properNames: readonly string[] = [
  'european union', 'united states', 'united kingdom', 'united nations', 'new zealand',
  'south africa', 'saudi arabia', 'sri lanka', 'hong kong', 'north korea', 'south korea',
  'middle east', 'latin america', 'north america', 'south america', 'great britain',
  'czech republic', 'dominican republic', 'ivory coast', 'el salvador', 'costa rica',
  'puerto rico', 'burkina faso', 'sierra leone', 'united arab emirates'
]

/** Phrases where the lowercase form is standard English: the rule leaves these alone. */
export const lowercaseExceptions: readonly string[] = [
  // Chicago Manual of Style and Merriam-Webster: "arabic numerals" is usually lowercase.
  'arabic numeral', 'arabic numerals', 'arabic number', 'arabic numbers', 'arabic numbering',
  // Merriam-Webster headwords in lowercase.
  'swiss chard', 'venetian blind', 'venetian blinds', 'french fry', 'french fries',
  // "to welsh on" a bet: a verb (Merriam-Webster), not the adjective.
  'welsh on'
]
