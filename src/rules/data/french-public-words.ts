/**
 * French nouns of public life that are not English words, so that one alone, in lowercase, in
 * an English sentence is French MT left untranslated ("the député resigned", "outside the
 * mairie"). The English is the first sense the Collins and Larousse French-English dictionaries
 * give for each (the later groups of court, protest, accident, school and care words by the same
 * test: not an English headword of Merriam-Webster's Collegiate Dictionary). Left out on purpose: words English has adopted or shares ("gendarmerie",
 * "arrondissement", "commune", "prefecture", "rue", "boulevard", "manifestation"), and words
 * whose capitalised form is a name, which the rule never flags ("Hôtel de Ville").
 */
export const frenchPublicWords: ReadonlyMap<string, string> = new Map([
  ['député', 'MP'], ['députée', 'MP'], ['députés', 'MPs'], ['députées', 'MPs'],
  ['maire', 'mayor'], ['mairesse', 'mayor'], ['maires', 'mayors'],
  ['mairie', 'town hall'], ['mairies', 'town halls'],
  ['ministre', 'minister'], ['ministres', 'ministers'], ['ministère', 'ministry'], ['ministères', 'ministries'],
  ['sénateur', 'senator'], ['sénatrice', 'senator'], ['sénateurs', 'senators'],
  ['gouvernement', 'government'],
  ['procureur', 'prosecutor'], ['procureure', 'prosecutor'],
  ['policier', 'police officer'], ['policière', 'police officer'], ['policiers', 'police officers'],
  ['pompier', 'firefighter'], ['pompiers', 'firefighters'], ['sapeurs-pompiers', 'firefighters'],
  ['hôpital', 'hospital'], ['école', 'school'], ['université', 'university'],
  ['élection', 'election'], ['élections', 'elections'],
  ['syndicat', 'union'], ['syndicats', 'unions'], ['grève', 'strike'],
  ['loi', 'law'], ['ville', 'city'],
  // Courts and police: the words of French crime and court reporting.
  ['avocat', 'lawyer'], ['avocate', 'lawyer'], ['avocats', 'lawyers'],
  ['juge', 'judge'], ['juges', 'judges'], ['procès', 'trial'], ['enquête', 'investigation'], ['enquêtes', 'investigations'],
  ['commissariat', 'police station'], ['attentat', 'attack'], ['attentats', 'attacks'],
  // Politics and protest.
  ['président', 'president'], ['présidente', 'president'], ['candidat', 'candidate'], ['élu', 'elected official'],
  ['élus', 'elected officials'], ['conseiller', 'adviser'], ['conseillère', 'adviser'], ['réforme', 'reform'],
  ['manifestant', 'protester'], ['manifestants', 'protesters'], ['agriculteur', 'farmer'], ['agriculteurs', 'farmers'],
  ['chômage', 'unemployment'], ['impôts', 'taxes'],
  // Accidents, schools and care.
  ['victime', 'victim'], ['victimes', 'victims'], ['blessés', 'injured'], ['incendie', 'fire'],
  ['gare', 'station'], ['aéroport', 'airport'], ['autoroute', 'motorway'],
  ['enseignant', 'teacher'], ['enseignants', 'teachers'], ['élèves', 'pupils'], ['étudiants', 'students'],
  ['collège', 'secondary school'], ['médecin', 'doctor'], ['médecins', 'doctors'],
  ['infirmière', 'nurse'], ['infirmières', 'nurses'], ['soignants', 'health workers'],
  // Weather, roads, living costs, work and elections: the words of everyday French news.
  ['canicule', 'heatwave'], ['sécheresse', 'drought'], ['inondations', 'floods'], ['séisme', 'earthquake'], ['tempête', 'storm'],
  ['carambolage', 'pile-up'], ['automobiliste', 'motorist'], ['automobilistes', 'motorists'], ['piéton', 'pedestrian'], ['piétons', 'pedestrians'],
  ['carburant', 'fuel'], ['carburants', 'fuels'], ['gazole', 'diesel'], ['loyer', 'rent'], ['loyers', 'rents'], ['logement', 'housing'],
  ['mutuelle', 'top-up health insurance'], ['retraités', 'pensioners'], ['chômeurs', 'unemployed people'], ['cheminots', 'railway workers'],
  ['grévistes', 'strikers'], ['salariés', 'employees'], ['lycéens', 'secondary-school pupils'], ['détenus', 'prisoners'],
  ['braquage', 'armed robbery'], ['meurtre', 'murder'], ['remaniement', 'reshuffle'], ['présidentielle', 'presidential election'],
  ['législatives', 'parliamentary elections']
])
