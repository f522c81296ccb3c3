import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {furniturePhrases} from '../../src/rules/data/page-furniture.js'
import {lintText, ruleFindings, seedPath, summary} from '../helpers.js'

const id = 'page-furniture'

describe('page-furniture', () => {
  it('flags every piece of furniture of the seed article, each line once, and nothing else', async () => {
    const findings = await ruleFindings(id, readFileSync(seedPath, 'utf8'))
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.actual])).toEqual([
      ['3:1', 'PAUL GYPTEAU / AFP'],
      ['5:1', 'WAR IN UKRAINE – '],
      ['31:1', 'You cannot view this content because:'],
      ['33:3', '• By subscribing, you have declined cookies associated with third-party content. Therefore, you may not be able to play our videos that require third-party cookies to work.'],
      ['35:3', '• You are using an ad blocker. We recommend disabling it to access our videos.'],
      ['37:1', 'If you are not in either of these two cases, please contact us at'],
      ['43:1', 'See also HuffPost:'],
      ['45:1', 'Read also'],
      ['47:1', 'Ukraine war: Zelensky attacks Germany’s hesitation and promises to take back Crimea'],
      ['49:1', 'Ukraine: tension between the Wagner group and the Russian army? Moscow speaks after Soledar'],
      ['51:1', 'Leave a Reply'],
      ['53:1', 'Your email address will not be published. Required fields are marked *']
    ])
    for (const finding of findings) expect(finding.expected).toEqual([''])
    expect(findings[0]!.reason).toBe('Unexpected photo credit `PAUL GYPTEAU / AFP` run into the caption, remove it')
    expect(findings[1]!.reason).toBe('Unexpected section kicker `WAR IN UKRAINE –`, remove it')
    expect(findings[3]!.reason).toBe('Unexpected cookie or consent notice `• By subscribing, you have declined cookies associated…`, remove it')
    expect(findings[8]!.reason).toBe('Unexpected headline `Ukraine war: Zelensky attacks Germany’s hesitation and promises…` under `Read also`, remove it')
    expect(findings[10]!.reason).toBe('Unexpected comment form `Leave a Reply`, remove it')
    expect(findings[0]!.category).toBe('Accuracy/Addition')
    expect(findings[0]!.fatal).toBe(false)
    expect(findings[0]!.url).toBe('https://github.com/postedit/postedit/blob/main/docs/rules.md#page-furniture')
  })

  it('flags French furniture, paywall, share and newsletter prompts, credit lines, one-word kickers and breadcrumbs', async () => {
    const text = [
      'VIDÉO – Le ministre a parlé hier soir.',
      '',
      'À lire aussi : la réforme des retraites',
      '',
      'Déjà abonné ? Se connecter',
      '',
      'Share on Facebook',
      '',
      'Sign up for our newsletter to get the morning briefing.',
      '',
      'Photo credit: Jane Doe',
      '',
      'ANNA SMITH / REUTERS Protesters gather outside the court.',
      '',
      'Home » Politics » Storm closes three ports'
    ].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:1', 'VIDÉO – ', ['']],
      ['3:1', 'À lire aussi : la réforme des retraites', ['']],
      ['5:1', 'Déjà abonné ? Se connecter', ['']],
      ['7:1', 'Share on Facebook', ['']],
      ['9:1', 'Sign up for our newsletter to get the morning briefing.', ['']],
      ['11:1', 'Photo credit: Jane Doe', ['']],
      ['13:1', 'ANNA SMITH / REUTERS', ['']],
      ['15:1', 'Home » Politics » Storm closes three ports', ['']]
    ])
  })

  it('takes the headlines under a bare marker, a block at a time, until running text resumes', async () => {
    const text = ['Also read:', '', '• Storm closes three ports', '• Will the ferries run tomorrow?', '', 'The harbour master said the ferries would wait.'].join('\n')
    expect(summary(await ruleFindings(id, text)).map(([place, actual]) => [place, actual])).toEqual([
      ['1:1', 'Also read:'],
      ['3:1', '• Storm closes three ports\n• Will the ferries run tomorrow?']
    ])
  })

  it('leaves running text alone, even when it mentions cookies, subscriptions or capitals', async () => {
    const clean = [
      'The bakery sold cookies to subscribers of the local paper, who read also the sports pages.',
      'NATO – the alliance – met in Brussels.',
      'The US and the EU – both founding members – agreed.',
      'Credit: Paul Smith / AFP.',
      'Home / away form matters, the coach said.',
      'The banner read “we use cookies” in small print, and “Déjà abonné ?” above it.',
      'He said the report was already subscribed to by most ministries, a spokesman said, which ' +
        'is one more sentence that makes the line far longer than any notice a site template would ' +
        'print, because it goes on and on about the ministries and their many habits of reading reports ' +
        'and newsletters that they keep in their inboxes and never really open at all.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags bylines, date lines, reading times, ad labels and navigation, each line whole', async () => {
    const text = [
      'By Marie Lenoir and Tom Hale with AFP',
      '',
      'Par Jean-Paul de La Roche avec l’AFP',
      '',
      'Published on May 6, 2025 at 9:14 a.m., updated at 11:02',
      '',
      'Publié le 6 mai 2025 à 09h14 - Mis à jour le 6 mai 2025 à 11h02',
      '',
      'Reading time: 4 min',
      '',
      'Temps de lecture : 2 min',
      '',
      'Advertisement',
      '',
      'Publicité',
      '',
      'Follow us on Instagram',
      '',
      'Click here to get the app.',
      '',
      'Listen to this article',
      '',
      'Log in',
      '',
      'Tags: floods, Normandy, insurance',
      '',
      'EN DIRECT',
      '',
      '07:45',
      '',
      '8 comments',
      '',
      'Facebook WhatsApp Email',
      '',
      'river-seine-flood.jpg',
      '',
      'Par la rédaction'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.actual, f.expected])).toEqual(
      text.split('\n').flatMap((line, index) => (line === '' ? [] : [[`${index + 1}:1`, line, ['']]]))
    )
    expect(findings.map((f) => f.reason)).toEqual([
      'Unexpected byline `By Marie Lenoir and Tom Hale with AFP`, remove it',
      'Unexpected byline `Par Jean-Paul de La Roche avec l’AFP`, remove it',
      'Unexpected publication date line `Published on May 6, 2025 at 9:14 a.m.,…`, remove it',
      'Unexpected publication date line `Publié le 6 mai 2025 à 09h14 -…`, remove it',
      'Unexpected reading-time notice `Reading time: 4 min`, remove it',
      'Unexpected reading-time notice `Temps de lecture : 2 min`, remove it',
      'Unexpected advertising label `Advertisement`, remove it',
      'Unexpected advertising label `Publicité`, remove it',
      'Unexpected site navigation link `Follow us on Instagram`, remove it',
      'Unexpected site navigation link `Click here to get the app.`, remove it',
      'Unexpected audio-player prompt `Listen to this article`, remove it',
      'Unexpected site navigation link `Log in`, remove it',
      'Unexpected tag list `Tags: floods, Normandy, insurance`, remove it',
      'Unexpected live-blog marker `EN DIRECT`, remove it',
      'Unexpected live-blog time stamp `07:45`, remove it',
      'Unexpected comment form `8 comments`, remove it',
      'Unexpected share bar `Facebook WhatsApp Email`, remove it',
      'Unexpected image file name `river-seine-flood.jpg`, remove it',
      'Unexpected byline `Par la rédaction`, remove it'
    ])
  })

  it('flags photo credits in brackets, after a caption and after ©, the credit only', async () => {
    const text = [
      'Firefighters on the A13 on Sunday. (Photo: Marc Olier / AFP)',
      '',
      'Firefighters on the A13 on Sunday. Marc Olier / Reuters',
      '',
      'The flooded square in Rouen © Marc Olier / Sipa',
      '',
      'Photo: Marc Olier / AFP',
      '',
      'Illustrative image'
    ].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:35', ' (Photo: Marc Olier / AFP)', ['']],
      ['3:35', ' Marc Olier / Reuters', ['']],
      ['5:28', ' © Marc Olier / Sipa', ['']],
      ['7:1', 'Photo: Marc Olier / AFP', ['']],
      ['9:1', 'Illustrative image', ['']]
    ])
  })

  it('flags the fallback text of social embeds, summary headings, post meta and consent buttons', async () => {
    const text = [
      'The ferries will wait, the port said. pic.twitter.com/Qw3rTy7 — Port of Caen (@portcaen) May 6, 2025',
      '',
      'View this post on Instagram',
      '',
      'A post shared by Anne Morel (@annemorel)',
      '',
      'L’essentiel',
      '',
      'What to remember',
      '',
      'In pictures',
      '',
      'Filed under: Floods, Normandy',
      '',
      'Download the app',
      '',
      'Be the first to comment',
      '',
      'Accept all',
      '',
      'Continue without accepting',
      '',
      'Loading'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings).map(([place, actual]) => [place, actual])).toEqual([
      ['1:38', ' pic.twitter.com/Qw3rTy7'],
      ['1:62', ' — Port of Caen (@portcaen) May 6, 2025'],
      ...text
        .split('\n')
        .flatMap((line, index) => (line === '' || index === 0 ? [] : [[`${index + 1}:1`, line]]))
    ])
    expect(findings[1]!.reason).toBe('Unexpected social-media embed text `— Port of Caen (@portcaen) May 6, 2025`, remove it')
    expect(findings[2]!.reason).toBe('Unexpected social-media embed text `View this post on Instagram`, remove it')
    expect(findings[10]!.reason).toBe('Unexpected cookie or consent notice `Accept all`, remove it')
  })

  it('flags the like button, the reply form and the account box of WordPress themes', async () => {
    const text = [
      'The ferries will run again on Monday, the port said.',
      '',
      'Like this:',
      '',
      'Cancel reply',
      '',
      'Forgot your password? Get help',
      '',
      'Recover your password',
      '',
      'A password will be e-mailed to you.'
    ].join('\n')
    expect(summary(await ruleFindings(id, text)).map(([place, actual]) => [place, actual])).toEqual([
      ['3:1', 'Like this:'],
      ['5:1', 'Cancel reply'],
      ['7:1', 'Forgot your password? Get help'],
      ['9:1', 'Recover your password'],
      ['11:1', 'A password will be e-mailed to you.']
    ])
    const clean = [
      'Readers who like this: the ferries run again.',
      'She asked him to cancel reply cards for the dinner.',
      'I forgot your password, so I called the desk.',
      'She could not log into your account from the library, the officer said.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('with eachLine, reads a line that stands alone inside a paragraph as a line, and wrapped prose as before', async () => {
    const text = [
      'The mayor spoke about the storm that closed the port of Caen on',
      'Monday morning, and said the ferries would run again on Tuesday.',
      '',
      'A ferry in the port of Caen',
      'Photo: Jane Doe / AFP',
      '',
      'Share this article',
      'Facebook',
      'Twitter',
      '',
      // A long line going on mid-sentence is wrapped text, whatever the next line holds.
      'Officials said the new timetable, which the port published on Monday, covers',
      'Comments',
      '',
      'Readers sent',
      'comments'
    ].join('\n')
    const eachLine = async () => (await lintText(text, {rules: {[id]: ['warning', {eachLine: true}]}})).filter((finding) => finding.ruleId === id)
    expect(summary(await eachLine()).map(([place, actual]) => [place, actual])).toEqual([
      ['5:1', 'Photo: Jane Doe / AFP'],
      ['7:1', 'Share this article'],
      ['8:1', 'Facebook'],
      ['9:1', 'Twitter']
    ])
    // By default a paragraph is a line: the credit goes on from its caption, the share
    // buttons are one line of furniture.
    expect(summary(await ruleFindings(id, text)).map(([place, actual]) => [place, actual])).toEqual([['7:1', 'Share this article\nFacebook\nTwitter']])
  })

  it('takes the headlines under "Most read" as under "Read also"', async () => {
    const text = ['Most read', '', 'Floods close the A13 near Rouen', '', 'The river rose two metres overnight, the prefecture said.'].join('\n')
    expect(summary(await ruleFindings(id, text)).map(([place, actual]) => [place, actual])).toEqual([
      ['1:1', 'Most read'],
      ['3:1', 'Floods close the A13 near Rouen']
    ])
  })

  it('leaves prose alone that opens like a byline, a date line or a button', async () => {
    const clean = [
      'By Monday the river had fallen, and the ferries ran again.',
      'By Tuesday, officials said, the roads would reopen.',
      'Published on Monday, the report found that insurers paid late.',
      'Updated figures from the prefecture showed 40 homes flooded.',
      'Advertisement revenue fell by a third, the publisher said.',
      'Live music returned to the square on Saturday.',
      'Comments from the mayor were not immediately available.',
      'At 10:32 the first boat left the harbour.',
      '14h05 – Le ministre a parlé.',
      'Share prices fell in Paris on Monday.',
      'Log in details were stolen from 3,000 customers.',
      'Copyright © 2025 Marc Olier',
      'He read the input/output table twice, then wrote “and/or” on it.',
      'Talks With Allies Resume In Brussels',
      'Facebook and Twitter removed the posts.',
      'The unions continue without accepting the offer, their leader said.',
      'In pictures taken on Monday, the river covers the quay.',
      'Loading the ferries took three hours.',
      'The port – which said it would wait (@portcaen on X) – reopened.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags the machine-translated markers of French templates and the buttons of share, comment and app boxes, each line whole', async () => {
    const lines = [
      'Also to read',
      'To see',
      'On the same theme',
      'Elsewhere on the web',
      'In direct',
      'Follow our live coverage of the storm',
      'This live is now over.',
      'Thank you for following this live',
      'Essential',
      'In brief',
      '1 comment',
      'Comments (4)',
      'See the 4 comments',
      'Add a comment',
      'Share this',
      'Send by email',
      'Link copied',
      'Add to my favourites',
      'Receive our newsletter',
      'Inscrivez-vous à l’infolettre',
      'Article reserved for subscribers',
      'The rest is reserved for subscribers',
      'Story continues below advertisement',
      'The rest after this advertisement',
      'La suite après cette publicité',
      'Reading: 3 min',
      'Listen to the article',
      'Get the free app',
      'Did you spot a mistake?',
      'Source link',
      'See the gallery',
      'This content is blocked because you have not accepted cookies.',
      'Join us on WhatsApp',
      'Last minute',
      'Agence QMI'
    ]
    const text = lines.join('\n\n')
    const findings = await ruleFindings(id, text)
    expect(findings.map((f) => [f.line, f.actual, f.expected])).toEqual(lines.map((line, index) => [index * 2 + 1, line, ['']]))
    expect(findings.map((f) => f.reason).slice(0, 6)).toEqual([
      'Unexpected related-articles link `Also to read`, remove it',
      'Unexpected related-articles link `To see`, remove it',
      'Unexpected related-articles link `On the same theme`, remove it',
      'Unexpected related-articles link `Elsewhere on the web`, remove it',
      'Unexpected live-blog marker `In direct`, remove it',
      'Unexpected live-blog marker `Follow our live coverage of the storm`, remove it'
    ])
    expect(findings[22]!.reason).toBe('Unexpected advertising label `Story continues below advertisement`, remove it')
  })

  it('flags credit, source, date and paywall lines by their shape', async () => {
    const lines = [
      'Source: AFP',
      '(with AFP and Reuters)',
      '20 Minutes with AFP',
      'Credit: Lena Morel / Reuters',
      'Photo © AFP',
      'Getty Images via AFP',
      'PHOTO LENA MOREL, LA PRESSE',
      'PHOTO PROVIDED BY THE CITY OF GATINEAU',
      'ats/afp',
      '00:00 / 02:47',
      '4 / 9',
      'You have 72% of this article left to read.',
      'Il vous reste 72 % de cet article à lire.',
      'The post Ferries halted in Caen appeared first on Normandy Wire.',
      'Posted on May 6, 2025 by admin',
      'Put online on May 6, 2025',
      '3 hours ago',
      'Le 06/05/2025 à 09:14',
      'Themes: floods, Normandy',
      'Lecture : 3min',
      'Article written by Lena Morel'
    ]
    const text = lines.join('\n\n')
    const findings = await ruleFindings(id, text)
    expect(findings.map((f) => [f.line, f.actual, f.expected])).toEqual(lines.map((line, index) => [index * 2 + 1, line, ['']]))
    expect(findings.map((f) => f.reason.replace(/ `.*`, remove it$/, ''))).toEqual([
      'Unexpected source line',
      'Unexpected byline',
      'Unexpected byline',
      'Unexpected photo credit',
      'Unexpected photo credit',
      'Unexpected photo credit',
      'Unexpected photo credit',
      'Unexpected photo credit',
      'Unexpected agency credit',
      'Unexpected player time display',
      'Unexpected gallery counter',
      'Unexpected paywall prompt',
      'Unexpected paywall prompt',
      'Unexpected feed footer',
      'Unexpected publication date line',
      'Unexpected publication date line',
      'Unexpected publication date line',
      'Unexpected publication date line',
      'Unexpected tag list',
      'Unexpected reading-time notice',
      'Unexpected byline'
    ])
  })

  it('flags recommendation boxes, aggregator links, skip links and the text of the video.js player', async () => {
    const lines = [
      'The editorial staff recommends',
      'At the one',
      'Related topics',
      'Find our file on the floods in Normandy',
      'Find us on Instagram',
      'Continue reading on Ouest-France',
      'Story continues',
      'Skip to main content',
      'Advertisement - Scroll to continue',
      'Uncategorized',
      'Like Loading...',
      'Photo for illustration purposes',
      'Video Player is loading.',
      'This is a modal window.',
      'Current Time 0:00 / Duration 2:47',
      'By Lena Morel, special envoy to Caen',
      '06/05/2025 09:14',
      'Faits divers',
      'Various facts',
      '48 shares',
      'Enable notifications',
      'Follow this topic'
    ]
    const text = lines.join('\n\n')
    const findings = await ruleFindings(id, text)
    expect(findings.map((f) => [f.line, f.actual, f.expected])).toEqual(lines.map((line, index) => [index * 2 + 1, line, ['']]))
    expect(findings[14]!.reason).toBe('Unexpected player time display `Current Time 0:00 / Duration 2:47`, remove it')
  })

  it('flags a "Read also" marker run into a paragraph, with its headline when brackets close it', async () => {
    const text = [
      'The port closed on Monday. READ ALSO: Storm closes three ports The ferries will wait.',
      '',
      'The port closed (To read also: Storm closes three ports) on Monday.',
      '',
      'He said he would read also the sports pages. Read also the report, he added.'
    ].join('\n')
    const findings = await ruleFindings(id, text)
    expect(summary(findings)).toEqual([
      ['1:28', 'READ ALSO:', undefined],
      ['3:16', ' (To read also: Storm closes three ports)', ['']]
    ])
    expect(findings[0]!.reason).toBe('Unexpected related-articles link `READ ALSO:` run into the text, remove it and the headline after it')
  })

  it('takes the "(opens in a new window)" label out of a share line, the label only', async () => {
    const text = 'The ferries wait in port. Share on Facebook (opens in a new window)'
    expect(summary(await ruleFindings(id, text))).toEqual([['1:44', ' (opens in a new window)', ['']]])
  })

  it('flags a kicker before a full stop and a trail of chevrons, the kicker only', async () => {
    const text = ['DIRECT. Storm Ciarán: the ferries stay in port', '', 'INFO FRANCEINFO. The minister will resign', '', 'News › Regions › Normandy'].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:1', 'DIRECT. ', ['']],
      ['3:1', 'INFO FRANCEINFO. ', ['']],
      ['5:1', 'News › Regions › Normandy', ['']]
    ])
  })

  it('flags a bracketed credit whose label is in capitals', async () => {
    const text = 'The minister visits the plant in Flamanville. (PHOTO: JANE DOE, AFP)\n\nUse the PHOTO (PHOTOGRAPHY) mode.'
    expect(summary(await ruleFindings(id, text))).toEqual([['1:46', ' (PHOTO: JANE DOE, AFP)', ['']]])
  })

  it('flags the feature labels of French sites as kickers, and their MT', async () => {
    const text = ['ENQUÊTE. Comment la ville a perdu son port', '', 'SURVEY. How the city lost its port', '', 'MAP – where the floods hit hardest'].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:1', 'ENQUÊTE. ', ['']],
      ['3:1', 'SURVEY. ', ['']],
      ['5:1', 'MAP – ', ['']]
    ])
  })

  it('leaves prose alone that opens like the new markers, labels and credits', async () => {
    const clean = [
      'Source: a senior official familiar with the talks.',
      'Source: AFP reported that talks had stalled.',
      'Credit: Paul Smith / AFP.',
      'Video footage showed the police charging.',
      'PHOTO OPPORTUNITY FOR THE PRESS',
      'Reuters and AFP reported the deal.',
      'The 12 ministers met at 10:30 on Monday.',
      'On Monday at 10:32 the first train left.',
      'Il y a deux ans, le ministre avait promis une réforme.',
      'You have 30 days to appeal the decision.',
      'The post of prime minister appeared first on his list of priorities.',
      'Home » where the heart is, he wrote.',
      'Subjects: the minister took three questions.',
      'Join us on the march, the union leader said.',
      'This content is not available to Chinese users, the company said.',
      'Log in to read the rest of the report, he said.',
      'Already registered voters need not apply again.',
      'Read too much into it and you will be wrong.',
      'To read the full report, visitors must register.',
      'In short, the talks failed.',
      'Last minute changes to the bill angered the opposition.',
      'Updated figures showed the deficit had widened.',
      'The live music continued late into the night.',
      'Breaking news of the resignation spread quickly.',
      'Published by Gallimard in 2019, the novel sold well.',
      'Summary judgments were issued by the court.',
      'Related to the case, police arrested two men.',
      'The rest after the ad break was cut.',
      'Comments (including those by the minister) were recorded.',
      'Print media lost readers in 2024.',
      'Advertisers set cookies on most news sites, the regulator said.',
      'Current time limits on detention are 48 hours.',
      'By Monday, the river had fallen.',
      'Read our lips, the minister told the unions.',
      'On the one hand, the port reopened; on the other, the ferries stayed.',
      'Find all the survivors, the prefect ordered.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
    // A heading "Summary" or "Related" alone is how reports and READMEs head a section.
    expect(summary(await ruleFindings(id, 'Summary\n\nRelated\n\nThe port reopened.'))).toEqual([])
  })

  it('flags layered and commissioned credits, outlet bylines, correspondent credits and sign-up boxes', async () => {
    const text = [
      'The president at the Élysée on March 3. LUDOVIC MARIN / POOL / AFP',
      '',
      'YOAN VALAT / EPA / MAXPPP',
      '',
      'The minister on March 3. ED ALCOCK / MYOP FOR “LE MONDE”',
      '',
      'franceinfo with AFP',
      '',
      'With our correspondent in Moscow, Jane Doe',
      '',
      'Subscribe to our free newsletter',
      '',
      'By subscribing, you accept our privacy policy.',
      '',
      'Illustration Pixabay',
      '',
      'Reception > World > Europe',
      '',
      'Le Figaro'
    ].join('\n')
    expect(summary(await ruleFindings(id, text))).toEqual([
      ['1:40', ' LUDOVIC MARIN / POOL / AFP', ['']],
      ['3:1', 'YOAN VALAT / EPA / MAXPPP', ['']],
      ['5:25', ' ED ALCOCK / MYOP FOR “LE MONDE”', ['']],
      ['7:1', 'franceinfo with AFP', ['']],
      ['9:1', 'With our correspondent in Moscow, Jane Doe', ['']],
      ['11:1', 'Subscribe to our free newsletter', ['']],
      ['13:1', 'By subscribing, you accept our privacy policy.', ['']],
      ['15:1', 'Illustration Pixabay', ['']],
      ['17:1', 'Reception > World > Europe', ['']],
      ['19:1', 'Le Figaro', ['']]
    ])
  })

  it('flags franceinfo, Radio-Canada, Le Monde and BFMTV bylines, notices and bare time stamps, each line whole', async () => {
    const lines = [
      'Article written by franceinfo - Radio France',
      'Published on 3/03/2024 at 10:32 Reading time: 3 min',
      'A text by Jane Doe',
      'Jane Doe (Access the author\'s page)',
      'J.-M.D. with AFP',
      'This content is not open to comments.',
      'Skip the ad',
      'You can read Le Monde on only one device at a time',
      'March 3, 2024 at 10:32 a.m.',
      '3 mars 2024 à 10h32',
      'WhatsApp',
      'The World',
      'West-France',
      'Accept and close',
      'Return to top of page',
      'Photo gallery',
      'To (re)read: The war in Ukraine',
      'Article reserved for our subscribers',
      'Paid article',
      'Subscribe for €1 per month',
      'Discover our offers',
      'Tribune',
      'This article is offered to you',
      'Free access',
      'Receive alerts',
      'All the latest news',
      'Watch our video',
      'General conditions of use',
      'Manage my consent',
      'Accessibility: partially compliant',
      'Update on 3 March 2024 at 10:32',
      'Latest update: 03/03/2024 at 10:32'
    ]
    const text = lines.join('\n\n')
    expect(summary(await ruleFindings(id, text))).toEqual(lines.map((line, index) => [`${index * 2 + 1}:1`, line, ['']]))
  })

  it('leaves prose with slashes, quoted capitals and the new words alone', async () => {
    const clean = [
      'See the CPU / GPU / TPU comparison in the docs.',
      'Input / Output / Storage',
      'LOOK FOR “THE END”',
      'The journalist was released on Tuesday.',
      'Le Figaro reported that the talks had stalled.',
      'With our correspondents gone, the bureau closed.',
      'Thank you for coming, the mayor said.',
      'Reception was poor in the valley.',
      'Radio-Canada reported on Monday that the talks had failed.',
      'by Monday, the river had fallen.',
      'A report by Human Rights Watch found abuses in the camps.',
      'March 3, 2024',
      'The vote on March 3, 2024 at 10:32 was annulled.',
      'Facebook said on Monday it would appeal.',
      'The world is changing fast, the minister said.',
      'South West Trains ran late.',
      'Subscribe for updates on the project.',
      'Opinion polls showed a lead.',
      'The interview lasted an hour.',
      'Read the rest of the report before voting.',
      'Update the package to 3.1 before March.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('flags Le Monde’s paywall cut, the breadcrumb label, consent banners and French account links, each line whole', async () => {
    const lines = [
      'Il vous reste 72 % de cet article à lire.',
      'You have 72% of this article left to read.',
      'There remains 72 % of this article to read.',
      'Vous êtes ici : Accueil > Monde > Europe',
      'You are here: Home > News',
      'Nous et nos partenaires utilisons des cookies pour personnaliser les annonces.',
      'We and our partners use cookies to personalise ads.',
      'En poursuivant votre navigation sur ce site, vous acceptez les cookies.',
      'By continuing your navigation on this site, you accept cookies.',
      'Mot de passe oublié ?',
      'Déconnexion',
      'Taille du texte'
    ]
    const text = lines.join('\n\n')
    expect(summary(await ruleFindings(id, text))).toEqual(lines.map((line, index) => [`${index * 2 + 1}:1`, line, ['']]))
    const clean = [
      'We and our partners in the coalition signed the deal on Monday.',
      'You are here because the install failed.',
      'There remains a lot of work to do on the article.'
    ]
    for (const sentence of clean) expect(summary(await ruleFindings(id, sentence)), sentence).toEqual([])
  })

  it('says where every phrase comes from', () => {
    for (const phrase of furniturePhrases) expect(phrase.source.length, phrase.pattern).toBeGreaterThan(20)
  })
})
