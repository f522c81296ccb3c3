/**
 * French nouns of public life that are not English words, so that one alone, in lowercase, in
 * an English sentence is French MT left untranslated ("the député resigned", "outside the
 * mairie"). The English is the first sense the Collins and Larousse French-English dictionaries
 * give for each. Left out on purpose: words English has adopted or shares ("gendarmerie",
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
  ['loi', 'law'], ['ville', 'city']
])
