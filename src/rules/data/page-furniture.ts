/**
 * Phrases of page furniture: the text a news site's template puts around an article (consent
 * banners, video-player notices, related-article boxes, comment forms, paywall and newsletter
 * prompts), which a scraper copies with the article and a translation engine translates with it.
 * French forms are listed too, since scraped furniture is often left untranslated.
 *
 * Patterns use the word-pattern syntax of src/rules/support/word-patterns.ts (lowercase words,
 * `a|b` alternatives, a trailing `?` for an optional word). `at: 'start'` entries match only
 * at the start of a line (after a bullet); `at: 'anywhere'` entries anywhere in a short line,
 * since they never occur in running news prose. Each entry says where it comes from.
 */

export type FurnitureKind =
  | 'related-links'
  | 'consent-notice'
  | 'video-notice'
  | 'comment-form'
  | 'paywall-prompt'
  | 'share-prompt'
  | 'newsletter-prompt'
  | 'photo-credit'
  | 'breadcrumb'
  | 'byline'
  | 'dateline'
  | 'reading-time'
  | 'advertisement'
  | 'site-navigation'
  | 'live-marker'
  | 'tag-list'
  | 'audio-player'
  | 'copyright-notice'
  | 'social-embed'

export interface FurniturePhrase {
  pattern: string
  kind: FurnitureKind
  /** `line`: the phrase is the whole line, but for punctuation ("Advertisement", "Comments:"). */
  at: 'start' | 'anywhere' | 'line'
  /** Where the phrase comes from. */
  source: string
}

/** How each kind is named in a finding's reason. */
export const kindLabels: Record<FurnitureKind, string> = {
  'related-links': 'related-articles link',
  'consent-notice': 'cookie or consent notice',
  'video-notice': 'video-player or ad-blocker notice',
  'comment-form': 'comment form',
  'paywall-prompt': 'paywall prompt',
  'share-prompt': 'share prompt',
  'newsletter-prompt': 'newsletter prompt',
  'photo-credit': 'photo credit',
  breadcrumb: 'breadcrumb trail',
  byline: 'byline',
  dateline: 'publication date line',
  'reading-time': 'reading-time notice',
  advertisement: 'advertising label',
  'site-navigation': 'site navigation link',
  'live-marker': 'live-blog marker',
  'tag-list': 'tag list',
  'audio-player': 'audio-player prompt',
  'copyright-notice': 'copyright notice',
  'social-embed': 'social-media embed text'
}

const relatedBox = 'Related-article boxes of news CMS templates ("Read also", "Lire aussi" in French newspaper templates)'
const wpComments = 'WordPress comment_form() default strings (wp-includes/comment-template.php)'
const accountModal = 'The log-in and password-recovery box of WordPress news themes (tagDiv Newspaper and the like), printed in every page and kept by scrapers'
const gdpr = 'GDPR/ePrivacy cookie banners (consent-management platforms such as Didomi, OneTrust, Quantcast Choice), English and French'
const videoEmbed = 'Notices that French news sites show in place of an embedded video when third-party cookies are refused or an ad blocker is on'
const paywall = 'Subscription walls of news sites ("Already a subscriber? Log in", "Déjà abonné ? Se connecter")'
const share = 'Social share bars of CMS templates (AddThis, ShareThis, WordPress Jetpack "Share this:")'
const newsletter = 'Newsletter sign-up boxes of news sites'
const adLabel = 'The label news templates print over an ad slot ("Advertisement", French "Publicité"), which a scraper keeps when the ad itself is not text'
const readingTime = 'Reading-time estimates in article headers ("3 min read", French "Temps de lecture : 3 min")'
const siteNav = 'Navigation and account links of news-site headers, footers and sidebars ("Most read", "Log in", "Follow us on")'
const liveBlog = 'Live-blog headers of news sites ("Live", French "En direct")'
const tags = 'Tag and topic lists at the foot of news articles ("Tags:", French "Mots-clés :")'
const audio = 'Text-to-speech players embedded above articles ("Listen to this article", French "Écouter cet article")'
const copyright = 'Copyright lines of wire copy and site footers ("All rights reserved", French "Tous droits réservés")'
const socialEmbed = 'The fallback text of Instagram and X (Twitter) embeds ("View this post on Instagram", "A post shared by …")'
const summaryBox = 'Summary boxes and media labels of French news templates ("L\'essentiel", "Ce qu\'il faut retenir", "En images")'
const correspondent = 'Correspondent credits of French news sites and agencies (RFI, France 24, AFP: "Avec notre correspondant à …", "Envoyé spécial")'
const outletName = 'The outlet\'s name alone on a line, as French news templates print it over or under the article (Le Monde, Le Figaro, franceinfo)'
const captionLabel = 'Caption and credit labels of news photos ("Photo: …", "Illustrative image"), left where the image was'

export const furniturePhrases: readonly FurniturePhrase[] = [
  // Related-article links: the marker line, often followed by headlines.
  {pattern: 'read|see|watch also', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'also read|see|watch', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'to read|see|watch also', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "À lire aussi"`},
  {pattern: 'related articles|stories|posts|content|news', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'related :', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'more on this story|topic', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'à lire|voir aussi|également', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'lire|voir aussi|également', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'sur le même sujet', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'dans la même rubrique', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'on|about the same subject|topic', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Sur le même sujet"`},
  {pattern: 'in the same section|category', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Dans la même rubrique"`},
  {pattern: 'you may|might also like|enjoy', kind: 'related-links', at: 'line', source: `${relatedBox}: recommendation widgets`},
  {pattern: 'recommended for you', kind: 'related-links', at: 'line', source: `${relatedBox}: recommendation widgets`},
  {pattern: 'vous aimerez|pourriez aussi|également', kind: 'related-links', at: 'start', source: `${relatedBox}: recommendation widgets, French`},
  {pattern: 'à découvrir aussi|également', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'read more :', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'read|learn more', kind: 'related-links', at: 'line', source: `${relatedBox}: the link under a teaser`},
  {pattern: 'lire la suite', kind: 'related-links', at: 'start', source: `${relatedBox}: the link under a teaser, French`},
  {pattern: 'en savoir plus', kind: 'related-links', at: 'line', source: `${relatedBox}: the link under a teaser, French`},
  // Consent notices.
  {pattern: 'we|this website|site? use|uses cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'accept|refuse|manage|declined|reject|enable all? cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'third-party cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'cookie policy|settings|preferences', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'nous utilisons des cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'accepter|refuser|gérer les cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'cookies tiers', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  // Video-player and ad-blocker notices.
  {pattern: 'you cannot|can\'t view|watch|play this content|video', kind: 'video-notice', at: 'start', source: videoEmbed},
  {pattern: 'you are using an|a ad|ad-blocker|adblocker blocker?', kind: 'video-notice', at: 'anywhere', source: videoEmbed},
  {pattern: 'disable|deactivate your ad|ad-blocker|adblocker blocker?', kind: 'video-notice', at: 'anywhere', source: videoEmbed},
  {pattern: 'if you are not in either of these two? cases', kind: 'video-notice', at: 'start', source: videoEmbed},
  {pattern: 'your browser does not support', kind: 'video-notice', at: 'start', source: 'HTML5 <video> fallback text of CMS players'},
  {pattern: 'vous ne pouvez pas visualiser|voir ce contenu', kind: 'video-notice', at: 'start', source: videoEmbed},
  {pattern: 'bloqueur de publicité|publicités', kind: 'video-notice', at: 'anywhere', source: videoEmbed},
  // Comment forms.
  {pattern: 'leave a reply|comment', kind: 'comment-form', at: 'start', source: wpComments},
  {pattern: 'your email|e-mail address will not be published', kind: 'comment-form', at: 'anywhere', source: wpComments},
  {pattern: 'required fields are marked', kind: 'comment-form', at: 'anywhere', source: wpComments},
  {pattern: 'save my name , email', kind: 'comment-form', at: 'anywhere', source: wpComments},
  {pattern: 'you must be logged in to post a comment', kind: 'comment-form', at: 'anywhere', source: wpComments},
  {pattern: 'cancel reply', kind: 'comment-form', at: 'line', source: `${wpComments}: the link beside the reply form's title`},
  {pattern: 'laisser un|une commentaire|réponse', kind: 'comment-form', at: 'start', source: `${wpComments}, French locale`},
  {pattern: 'votre adresse e-mail|email|courriel ne sera pas publiée', kind: 'comment-form', at: 'anywhere', source: `${wpComments}, French locale`},
  {pattern: 'les champs obligatoires sont indiqués', kind: 'comment-form', at: 'anywhere', source: `${wpComments}, French locale`},
  // Paywall prompts.
  {pattern: 'already subscribed', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  {pattern: 'already a subscriber', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  {pattern: 'this article|content is reserved for subscribers', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  {pattern: 'subscribe to read|continue', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  {pattern: 'déjà abonné', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  {pattern: 'réservé aux abonnés', kind: 'paywall-prompt', at: 'anywhere', source: paywall},
  // Share prompts.
  {pattern: 'share this article|story|post|page', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'share this :', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'like this :', kind: 'share-prompt', at: 'line', source: 'WordPress Jetpack Likes: the "Like this:" heading over the like button, printed under "Share this:"'},
  {pattern: 'share on facebook|twitter|x|whatsapp|linkedin', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'click to share on', kind: 'share-prompt', at: 'start', source: `${share} (Jetpack "Click to share on Twitter")`},
  {pattern: 'partager cet article', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'partager sur facebook|twitter|x|whatsapp|linkedin', kind: 'share-prompt', at: 'start', source: share},
  // Newsletter prompts.
  {pattern: 'sign|subscribe up? for|to our newsletter', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  {pattern: 'inscrivez-vous à notre newsletter|lettre', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  {pattern: 'abonnez-vous à notre newsletter|lettre', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  // Newsletter and account prompts standing alone: a button's label.
  {pattern: 'subscribe|abonnez-vous', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the button`},
  {pattern: 'abonnez-vous', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: French imperative, never English running text`},
  {pattern: 'sign|log up|in', kind: 'site-navigation', at: 'line', source: siteNav},
  // Not "Welcome! Log into your account": its second sentence is prose-like ("she could not log into your account").
  {pattern: 'forgot your password', kind: 'site-navigation', at: 'start', source: `${accountModal}: "Forgot your password? Get help"`},
  {pattern: 'recover your password', kind: 'site-navigation', at: 'line', source: accountModal},
  {pattern: 'a password will be e-mailed|emailed to you', kind: 'site-navigation', at: 'start', source: accountModal},
  {pattern: 'login|connexion|inscription|s\'inscrire|s\'abonner', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'se connecter', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'create an|your account', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'créer un compte', kind: 'site-navigation', at: 'line', source: siteNav},
  // Other navigation of headers, footers and sidebars.
  // "Most read" heads a box of headlines, as "Read also" does.
  {pattern: 'most read|popular|viewed|shared|commented', kind: 'related-links', at: 'line', source: siteNav},
  {pattern: 'les plus lus|lues|partagés|commentés|populaires', kind: 'related-links', at: 'line', source: siteNav},
  {pattern: 'previous|next article|story|post', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'article précédent|suivant', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'back to top', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'retour en haut', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'read the full? article|story', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'lire l\'article', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'imprimer|newsletter|newsletters', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'contact|about us', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'privacy policy', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'terms of use|service', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'legal notice|notices', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'nous contacter', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'mentions légales', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'politique de confidentialité', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'qui sommes-nous', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'report an|a error|mistake', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'signaler une|un erreur|abus', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'watch|see|voir|regarder the|la video|vidéo', kind: 'video-notice', at: 'line', source: 'The link to a story\'s video on news sites ("Watch the video", French "Voir la vidéo")'},
  {pattern: 'à voir également|aussi sur', kind: 'related-links', at: 'start', source: `${relatedBox}: HuffPost France's "À voir également sur Le HuffPost"`},
  {pattern: 'follow us on', kind: 'site-navigation', at: 'start', source: siteNav},
  {pattern: 'suivez-nous sur', kind: 'site-navigation', at: 'start', source: siteNav},
  {pattern: 'click|tap here', kind: 'site-navigation', at: 'start', source: `${siteNav}: a link's text, never a newspaper's prose`},
  {pattern: 'cliquez ici', kind: 'site-navigation', at: 'start', source: `${siteNav}, French`},
  {pattern: 'comments|commentaires|comment|commenter|réagir|réagissez', kind: 'comment-form', at: 'line', source: 'The comments link or heading under news articles ("Comments", French "Commentaires", "Réagir")'},
  {pattern: '# comments|commentaires|réactions', kind: 'comment-form', at: 'line', source: 'The comment count under news articles ("12 comments", French "12 commentaires")'},
  {pattern: 'view|show|see|voir les? comments|commentaires', kind: 'comment-form', at: 'line', source: 'The comments link under news articles'},
  {pattern: 'share|partager|partagez', kind: 'share-prompt', at: 'line', source: `${share}: the button`},
  {pattern: 'copy|copier le? link|lien', kind: 'share-prompt', at: 'line', source: `${share}: the copy-link button`},
  // Bylines that name a desk or an agency rather than a person (person bylines are found by shape).
  {pattern: 'by|par the|la editorial? staff|team|newsroom|rédaction|editors|desk', kind: 'byline', at: 'line', source: 'Bylines of news sites that credit the desk ("Par la rédaction", "By the editorial staff")'},
  {pattern: 'afp|reuters|ap|belga|ats', kind: 'byline', at: 'line', source: 'A wire agency named alone on a line: the byline or credit of wire copy'},
  // Embedded social posts: the fallback text a scraper keeps in place of the embed.
  {pattern: 'view this post on instagram', kind: 'social-embed', at: 'anywhere', source: socialEmbed},
  {pattern: 'voir cette publication sur instagram', kind: 'social-embed', at: 'anywhere', source: `${socialEmbed}, French`},
  {pattern: 'a post shared by', kind: 'social-embed', at: 'start', source: socialEmbed},
  {pattern: 'une publication partagée par', kind: 'social-embed', at: 'start', source: `${socialEmbed}, French`},
  // Summary-box headings of French news templates, and their MT.
  {pattern: 'l\'essentiel', kind: 'site-navigation', at: 'line', source: summaryBox},
  {pattern: 'the essentials|essential', kind: 'site-navigation', at: 'line', source: `${summaryBox}: MT of "L'essentiel"`},
  {pattern: 'what to remember', kind: 'site-navigation', at: 'line', source: `${summaryBox}: MT of "Ce qu'il faut retenir"`},
  {pattern: 'ce qu\'il faut retenir|savoir', kind: 'site-navigation', at: 'line', source: summaryBox},
  {pattern: 'in pictures|images|video', kind: 'site-navigation', at: 'line', source: `${summaryBox}: MT of the "En images", "En vidéo" labels`},
  {pattern: 'en images|vidéo', kind: 'site-navigation', at: 'line', source: `${summaryBox}: the "En images", "En vidéo" labels`},
  // WordPress post meta and app prompts.
  {pattern: 'filed under', kind: 'tag-list', at: 'start', source: `${tags}; WordPress post meta ("Filed under")`},
  {pattern: 'category|categories|catégorie|catégories :', kind: 'tag-list', at: 'start', source: `${tags}; WordPress post meta`},
  {pattern: 'download the|our app|application', kind: 'site-navigation', at: 'start', source: siteNav},
  {pattern: 'téléchargez l\'application|notre', kind: 'site-navigation', at: 'start', source: `${siteNav}, French`},
  {pattern: 'be the first to comment', kind: 'comment-form', at: 'anywhere', source: wpComments},
  {pattern: 'no comments yet', kind: 'comment-form', at: 'line', source: wpComments},
  {pattern: 'soyez le premier à commenter|réagir', kind: 'comment-form', at: 'anywhere', source: `${wpComments}, French locale`},
  {pattern: 'loading|chargement', kind: 'video-notice', at: 'line', source: 'The "Loading…" placeholder of lazy-loaded players and widgets'},
  {pattern: 'please enable javascript', kind: 'video-notice', at: 'anywhere', source: '<noscript> notices of news-site players and widgets'},
  {pattern: 'accept|refuse|reject all', kind: 'consent-notice', at: 'line', source: `${gdpr}: the buttons`},
  {pattern: 'tout accepter|refuser', kind: 'consent-notice', at: 'line', source: `${gdpr}: the buttons, French`},
  {pattern: 'continue|continuer without|sans accepting|accepter', kind: 'consent-notice', at: 'line', source: `${gdpr}: the "Continuer sans accepter" link`},
  // Advertising labels.
  {pattern: 'advertisement|advertising|sponsored|publicité|sponsorisé', kind: 'advertisement', at: 'line', source: adLabel},
  {pattern: 'sponsored|partner content', kind: 'advertisement', at: 'line', source: `${adLabel}; native-ad labels`},
  {pattern: 'contenu sponsorisé|partenaire', kind: 'advertisement', at: 'line', source: `${adLabel}; native-ad labels, French`},
  // Reading time.
  {pattern: 'reading time', kind: 'reading-time', at: 'start', source: readingTime},
  {pattern: 'temps|durée de lecture', kind: 'reading-time', at: 'start', source: readingTime},
  {pattern: '# min|mins|minute|minutes read|reading', kind: 'reading-time', at: 'line', source: readingTime},
  {pattern: '# min|mins|minutes de lecture', kind: 'reading-time', at: 'line', source: readingTime},
  {pattern: 'lecture # min|mins|minutes', kind: 'reading-time', at: 'line', source: readingTime},
  // Live-blog headers.
  {pattern: 'live|direct', kind: 'live-marker', at: 'line', source: liveBlog},
  {pattern: 'en direct|continu', kind: 'live-marker', at: 'line', source: liveBlog},
  {pattern: 'live updates|blog', kind: 'live-marker', at: 'line', source: liveBlog},
  // Tag lists.
  {pattern: 'tags|topics|keywords|mots-clés|mots-clefs|thèmes|sujets :', kind: 'tag-list', at: 'start', source: tags},
  {pattern: 'tagged with :', kind: 'tag-list', at: 'start', source: `${tags}; WordPress post meta ("Tagged with")`},
  // Audio players.
  {pattern: 'listen to this article|story', kind: 'audio-player', at: 'start', source: audio},
  {pattern: 'écouter cet article', kind: 'audio-player', at: 'start', source: audio},
  {pattern: 'listen|écouter', kind: 'audio-player', at: 'line', source: `${audio}: the button`},
  // Copyright lines.
  {pattern: 'all rights reserved', kind: 'copyright-notice', at: 'anywhere', source: copyright},
  {pattern: 'tous droits réservés', kind: 'copyright-notice', at: 'anywhere', source: copyright},
  // Photo credit lines left where the image was.
  {pattern: 'photo|photos|picture|image|illustration :', kind: 'photo-credit', at: 'start', source: captionLabel},
  {pattern: 'photo|image d\'illustration|d\'archives', kind: 'photo-credit', at: 'line', source: `${captionLabel}, French`},
  {pattern: 'illustrative|illustration|file|archive|archives|archival photo|image|picture', kind: 'photo-credit', at: 'line', source: `${captionLabel}; MT of "Photo d'illustration"`},
  {pattern: 'photo|image credit|credits :', kind: 'photo-credit', at: 'start', source: 'Credit lines under news photos ("Photo credit: …"), which stay when the image is stripped'},
  {pattern: 'crédit|crédits photo :', kind: 'photo-credit', at: 'start', source: 'Credit lines under photos on French news sites ("Crédit photo : …")'},
  {pattern: 'photo|image illustration', kind: 'photo-credit', at: 'line', source: `${captionLabel}: the "Photo illustration" label`},

  // Related-article markers as MT renders the French ones: "À lire aussi" → "Also to read",
  // "To read too"; "À lire" / "À voir" / "À découvrir" alone → "To read", "To see", "To discover".
  {pattern: 'also to read|see|watch|discover', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "À lire aussi"`},
  {pattern: 'to read|see|watch|discover too', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "À lire aussi"`},
  {pattern: 'read|see too :', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Lire aussi :"`},
  {pattern: 'read|see too', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Lire aussi"`},
  {pattern: 'to read|see|watch|discover also?', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À lire", "À voir", "À découvrir"`},
  {pattern: 'to read|see|watch|discover :', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "À lire :", "À voir :"`},
  {pattern: 'also discover', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Découvrez aussi"`},
  {pattern: 'à lire|voir|découvrir', kind: 'related-links', at: 'line', source: relatedBox},
  {pattern: 'à lire|voir|découvrir :', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'on|about the same theme', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Sur le même thème"`},
  {pattern: 'sur le même thème', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'more news|articles|stories|videos', kind: 'related-links', at: 'line', source: `${relatedBox}: the box's heading`},
  {pattern: 'our? other articles|stories|news', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Nos autres articles", "Autres actualités"`},
  {pattern: 'latest|recent news|articles|stories|posts', kind: 'related-links', at: 'line', source: `${relatedBox}: sidebar boxes ("Latest news", "Recent posts" of WordPress's Recent Posts widget)`},
  {pattern: 'the latest news|articles', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Les dernières actualités"`},
  {pattern: 'top stories', kind: 'related-links', at: 'line', source: `${relatedBox}: recommendation widgets`},
  {pattern: 'recommended|trending', kind: 'related-links', at: 'line', source: `${relatedBox}: recommendation widgets`},
  {pattern: 'trending now', kind: 'related-links', at: 'line', source: `${relatedBox}: recommendation widgets`},
  {pattern: 'our selection', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Notre sélection"`},
  {pattern: 'elsewhere on the web', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Ailleurs sur le web" (Outbrain and Taboola boxes)`},
  {pattern: 'ailleurs sur le web', kind: 'related-links', at: 'line', source: `${relatedBox}: Outbrain and Taboola boxes, French`},
  {pattern: 'dernières actualités|infos|nouvelles', kind: 'related-links', at: 'line', source: `${relatedBox}, French`},
  {pattern: 'see|show|view|voir|afficher more|plus', kind: 'site-navigation', at: 'line', source: `${siteNav}: the button under a list ("Voir plus")`},

  // Live-blog headers as MT renders "En direct", "Suivez notre direct".
  {pattern: 'in direct|live', kind: 'live-marker', at: 'line', source: `${liveBlog}: MT of "En direct"`},
  {pattern: 'follow our live|direct', kind: 'live-marker', at: 'start', source: `${liveBlog}: MT of "Suivez notre direct"`},
  {pattern: 'follow live|directly', kind: 'live-marker', at: 'line', source: `${liveBlog}: MT of "Suivre en direct"`},
  {pattern: 'suivez|suivre notre|le|en direct', kind: 'live-marker', at: 'start', source: liveBlog},

  // Summary boxes, as French templates label them and MT renders the labels.
  {pattern: 'essential|essentials', kind: 'site-navigation', at: 'line', source: `${summaryBox}: MT of "L'essentiel"`},
  // Not "Summary" or "Related" alone: READMEs and reports head sections so.
  {pattern: 'sommaire', kind: 'site-navigation', at: 'line', source: `${summaryBox}: "Sommaire"`},
  {pattern: 'in summary|brief', kind: 'site-navigation', at: 'line', source: `${summaryBox}: MT of "En résumé", "En bref"`},
  {pattern: 'en résumé|bref', kind: 'site-navigation', at: 'line', source: `${summaryBox}: "En résumé", "En bref"`},

  // Comments, as counters and links print them.
  {pattern: '# comment|commentaire|reaction|réaction', kind: 'comment-form', at: 'line', source: 'The comment count under news articles, singular ("1 comment", French "1 commentaire")'},
  {pattern: 'no comments', kind: 'comment-form', at: 'line', source: `${wpComments}: the count when there are none`},
  {pattern: 'aucun commentaire', kind: 'comment-form', at: 'line', source: `${wpComments}: the count when there are none, French locale`},
  {pattern: 'see|view|show|read the comments', kind: 'comment-form', at: 'line', source: 'The comments link under news articles'},
  {pattern: 'react', kind: 'comment-form', at: 'line', source: 'The comments link under French news articles ("Réagir") and its MT'},
  {pattern: 'react to this article', kind: 'comment-form', at: 'line', source: 'The comments link under French news articles ("Réagissez à cet article") and its MT'},
  {pattern: 'log|sign in to read|continue', kind: 'paywall-prompt', at: 'line', source: `${paywall}: "Log in to continue"`},
  {pattern: 'log|sign in to read the|this rest|article|following|continuation|sequel', kind: 'paywall-prompt', at: 'line', source: `${paywall}: "Log in to read the rest", MT of "Connectez-vous pour lire la suite"`},
  {pattern: 'connectez-vous pour lire|continuer', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'connectez-vous pour lire la suite', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'log|sign in to comment|react', kind: 'comment-form', at: 'start', source: 'The comment box of news sites ("Log in to comment", French "Connectez-vous pour commenter")'},
  {pattern: 'connectez-vous pour commenter|réagir', kind: 'comment-form', at: 'start', source: 'The comment box of French news sites'},

  // Share, print and save buttons, one to a line.
  {pattern: 'share this|on', kind: 'share-prompt', at: 'line', source: `${share}: the bar's heading`},
  {pattern: 'partager l\'article|sur', kind: 'share-prompt', at: 'start', source: `${share}, French`},
  {pattern: 'partagez cet article', kind: 'share-prompt', at: 'start', source: `${share}, French`},
  {pattern: 'send|share|email|e-mail this article|story|page', kind: 'share-prompt', at: 'line', source: `${share}: the e-mail button`},
  {pattern: 'send by|via email|e-mail|mail', kind: 'share-prompt', at: 'line', source: `${share}: MT of "Envoyer par e-mail"`},
  {pattern: 'send to a friend', kind: 'share-prompt', at: 'line', source: `${share}: MT of "Envoyer à un ami"`},
  {pattern: 'envoyer par email|e-mail|mail|courriel', kind: 'share-prompt', at: 'line', source: `${share}, French`},
  {pattern: 'envoyer à un ami', kind: 'share-prompt', at: 'line', source: `${share}, French`},
  {pattern: 'copy the link', kind: 'share-prompt', at: 'line', source: `${share}: MT of "Copier le lien"`},
  {pattern: 'link|lien copied|copié', kind: 'share-prompt', at: 'line', source: `${share}: the copy-link button's confirmation`},
  {pattern: 'copied link', kind: 'share-prompt', at: 'line', source: `${share}: MT of "Lien copié"`},
  {pattern: 'print this article|page', kind: 'share-prompt', at: 'line', source: `${share}: the print button`},
  {pattern: 'imprimer l\'article|cet article', kind: 'share-prompt', at: 'line', source: `${share}: the print button, French`},
  {pattern: 'follow us', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'suivez-nous', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'add to my? favorites|favourites', kind: 'site-navigation', at: 'line', source: `${siteNav}: the bookmark button (MT of "Ajouter à mes favoris")`},
  {pattern: 'ajouter à mes|aux favoris', kind: 'site-navigation', at: 'line', source: `${siteNav}: the bookmark button, French`},
  {pattern: 'save|sauvegarder|enregistrer this? article|l\'article', kind: 'site-navigation', at: 'line', source: `${siteNav}: the bookmark button`},
  {pattern: 'sauvegarder|enregistrer', kind: 'site-navigation', at: 'line', source: `${siteNav}: the bookmark button, French`},

  // Newsletter prompts in other wordings ("Recevez notre newsletter", Quebec's "infolettre").
  {pattern: 'receive|get our newsletter|newsletters', kind: 'newsletter-prompt', at: 'anywhere', source: `${newsletter}: MT of "Recevez notre newsletter"`},
  {pattern: 'receive|get the newsletter|newsletters', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: MT of "Recevez la newsletter"`},
  {pattern: 'subscribe|register to|for the|our newsletter|newsletters', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: an imperative at the start of a line`},
  {pattern: 'sign up to|for the newsletter|newsletters', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: an imperative at the start of a line`},
  {pattern: 'inscrivez-vous|abonnez-vous|recevez à? notre|nos|la|les newsletter|newsletters|infolettre|infolettres|lettre', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}, French and Quebec French ("infolettre")`},
  {pattern: 'inscrivez-vous|abonnez-vous|recevez à? l\'infolettre', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}, Quebec French ("infolettre")`},
  {pattern: 'subscribe now|today', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the button`},
  {pattern: 'abonnez-vous dès maintenant', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the button, French`},

  // Paywall notices in other wordings.
  {pattern: 'article|content reserved for subscribers', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of "Article réservé aux abonnés"`},
  {pattern: 'reserved for subscribers', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'for? subscribers only', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'the rest|remainder|continuation|sequel of? this? article? is reserved for subscribers', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of "La suite est réservée aux abonnés"`},
  {pattern: 'la suite est réservée aux abonnés', kind: 'paywall-prompt', at: 'start', source: paywall},
  {pattern: 'to read the rest|remainder|continuation of this|the article , subscribe', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of "Pour lire la suite de cet article, abonnez-vous"`},
  {pattern: 'you must be a subscriber', kind: 'paywall-prompt', at: 'start', source: paywall},

  // "La suite après cette publicité": the line in place of a mid-article ad, and its MT.
  {pattern: 'story|article continues below|after advertisement|ad', kind: 'advertisement', at: 'line', source: `${adLabel}: "Story continues below advertisement"`},
  {pattern: 'story|article|text continues below|after this|the advertisement|ad|advertising', kind: 'advertisement', at: 'line', source: `${adLabel}: "Article continues after this advertisement"`},
  {pattern: 'the? article|story|text|content continues below', kind: 'advertisement', at: 'line', source: `${adLabel}: "The article continues below"`},
  {pattern: 'continue reading below', kind: 'advertisement', at: 'line', source: `${adLabel}: "Continue reading below"`},
  {pattern: 'continue reading after the ad|advertisement', kind: 'advertisement', at: 'line', source: `${adLabel}: "Continue reading after the ad"`},
  {pattern: 'the? rest|continuation|following|sequel|next after|below this|the advertisement|ad|advertising|publicity', kind: 'advertisement', at: 'line', source: `${adLabel}: MT of "La suite après cette publicité"`},
  {pattern: 'continued after|below this|the advertisement|ad|advertising|publicity', kind: 'advertisement', at: 'line', source: `${adLabel}: MT of "Suite après la publicité"`},
  {pattern: 'la? suite après|sous cette|la publicité|pub', kind: 'advertisement', at: 'line', source: `${adLabel}: "La suite après cette publicité"`},
  {pattern: 'l\'article continue après|sous cette|la publicité|pub', kind: 'advertisement', at: 'line', source: adLabel},
  {pattern: 'publicity', kind: 'advertisement', at: 'line', source: `${adLabel}: MT of "Publicité"`},
  {pattern: 'advertising|ad space', kind: 'advertisement', at: 'line', source: `${adLabel}: MT of "Espace publicitaire"`},
  {pattern: 'espace publicitaire', kind: 'advertisement', at: 'line', source: adLabel},

  // Reading time in other wordings.
  {pattern: 'reading|read time|duration :? # min|mins|minute|minutes', kind: 'reading-time', at: 'line', source: `${readingTime}: "Read time: 4 min"`},
  {pattern: 'reading :? # min|mins|minute|minutes', kind: 'reading-time', at: 'line', source: `${readingTime}: MT of "Lecture : 2 min"`},
  {pattern: 'lecture : # min|mins|minutes', kind: 'reading-time', at: 'line', source: readingTime},
  {pattern: 'read time', kind: 'reading-time', at: 'start', source: readingTime},
  {pattern: 'estimated reading time', kind: 'reading-time', at: 'start', source: readingTime},
  {pattern: 'temps de lecture estimé', kind: 'reading-time', at: 'start', source: readingTime},
  {pattern: '# min|mins|minute|minutes of reading', kind: 'reading-time', at: 'line', source: `${readingTime}: MT of "3 minutes de lecture"`},

  // Audio players and app prompts in other wordings.
  {pattern: 'listen to the article|story', kind: 'audio-player', at: 'start', source: audio},
  {pattern: 'écouter l\'article', kind: 'audio-player', at: 'start', source: audio},
  {pattern: 'download|install|get the|our free? app|application', kind: 'site-navigation', at: 'line', source: `${siteNav}: the app prompt`},
  {pattern: 'read|open|continue in the? app|application', kind: 'site-navigation', at: 'line', source: `${siteNav}: the app prompt of mobile pages`},
  {pattern: 'lire|ouvrir|continuer dans l\'application|l\'appli|l\'app', kind: 'site-navigation', at: 'line', source: `${siteNav}: the app prompt, French`},

  // Feedback and correction prompts at the foot of articles.
  {pattern: 'report a typo|mistake|error', kind: 'site-navigation', at: 'line', source: siteNav},
  {pattern: 'signaler une coquille', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'did you find|spot|notice an|a error|mistake|typo', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Vous avez repéré une erreur ?"`},
  {pattern: 'was this article helpful|useful', kind: 'site-navigation', at: 'line', source: `${siteNav}: rating widgets`},
  {pattern: 'did you like|enjoy this article', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Vous avez aimé cet article ?"`},
  {pattern: 'you liked this article', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Vous avez aimé cet article ?"`},
  {pattern: 'rate this article', kind: 'site-navigation', at: 'line', source: `${siteNav}: rating widgets`},
  {pattern: 'vous avez aimé cet article', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},

  // Aggregators and auto-blogs that republish scraped articles end them with the source's link.
  {pattern: 'source link', kind: 'site-navigation', at: 'line', source: 'The link auto-blogging plugins for WordPress (WP RSS Aggregator, Feedzy) append to a republished article: "Source link"'},
  {pattern: 'original article', kind: 'site-navigation', at: 'line', source: 'The link under republished articles and auto-blog posts'},
  {pattern: 'read the original article', kind: 'site-navigation', at: 'line', source: 'The link under republished articles (The Conversation\'s republishing box)'},
  {pattern: 'lien source', kind: 'site-navigation', at: 'line', source: 'Auto-blogging plugins for WordPress, French locale'},
  {pattern: 'this article was originally|first published', kind: 'site-navigation', at: 'start', source: 'The republication note of syndicated articles ("This article was originally published on …")'},
  {pattern: 'photo|image|picture for illustration purposes?', kind: 'photo-credit', at: 'line', source: `${captionLabel}; MT of "Photo d'illustration"`},
  {pattern: 'photo|image from the? archives', kind: 'photo-credit', at: 'line', source: `${captionLabel}; MT of "Photo d'archives"`},

  // Related-article and recommendation boxes in other wordings.
  {pattern: 'related topics|videos|links|coverage|reading|subjects|tags', kind: 'related-links', at: 'line', source: `${relatedBox}: the box's heading`},
  {pattern: 'associated|linked articles|topics|subjects', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Articles associés", "Sujets liés"`},
  {pattern: 'articles|sujets associés|liés', kind: 'related-links', at: 'line', source: `${relatedBox}, French`},
  {pattern: 'the editorial staff|team|board|newsroom|editors|editorial recommends|recommend|advises|advise|suggests you?', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "La rédaction vous conseille"`},
  {pattern: 'la rédaction vous conseille|recommande', kind: 'related-links', at: 'line', source: `${relatedBox}: Le Figaro's and Ouest-France's "La rédaction vous conseille"`},
  {pattern: 'à la une', kind: 'related-links', at: 'line', source: `${relatedBox}: the front-page box, French`},
  {pattern: 'at|to|on the one', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À la une"`},
  {pattern: 'on the front page|homepage', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À la une"`},
  {pattern: 'to listen|hear also?', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À écouter"`},
  {pattern: 'à écouter aussi?', kind: 'related-links', at: 'line', source: relatedBox},
  {pattern: 'find|discover|read|see|consult our file|dossier|special|report|series', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Retrouvez notre dossier"`},
  {pattern: 'find|discover all? our articles|news|information|coverage|reports', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Retrouvez tous nos articles"`},
  {pattern: 'find all the news|latest|information', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Retrouvez toute l'actualité"`},
  {pattern: 'retrouvez notre|nos|tous|toute', kind: 'related-links', at: 'start', source: `${relatedBox}: "Retrouvez notre dossier", French`},
  {pattern: 'our|nos newsletter|newsletters', kind: 'newsletter-prompt', at: 'line', source: newsletter},
  {pattern: 'find us on', kind: 'site-navigation', at: 'start', source: siteNav},
  {pattern: 'continue|keep reading', kind: 'site-navigation', at: 'line', source: `${siteNav}: the link under a teaser`},
  {pattern: 'continue reading on', kind: 'site-navigation', at: 'start', source: `${siteNav}: the link of aggregators (MSN, Yahoo) to the source`},
  {pattern: 'story continues', kind: 'site-navigation', at: 'line', source: `${siteNav}: Yahoo News's "Story continues" link`},
  {pattern: 'read the full? article|story on|at', kind: 'site-navigation', at: 'start', source: `${siteNav}: the link of aggregators to the source`},
  {pattern: 'load|charger more|plus', kind: 'site-navigation', at: 'line', source: `${siteNav}: the button under a list`},
  {pattern: 'skip|go to main? content|navigation', kind: 'site-navigation', at: 'line', source: `${siteNav}: the skip link of accessible templates`},
  {pattern: 'aller au contenu principal?', kind: 'site-navigation', at: 'line', source: `${siteNav}: the skip link, French`},
  {pattern: 'scroll to continue', kind: 'advertisement', at: 'start', source: `${adLabel}: "Advertisement - Scroll to continue"`},
  {pattern: 'advertisement|ad|publicité - scroll to continue', kind: 'advertisement', at: 'start', source: `${adLabel}: "Advertisement - Scroll to continue"`},
  {pattern: 'non classé', kind: 'tag-list', at: 'line', source: `${tags}; WordPress's default category, French locale`},
  {pattern: 'uncategorized|uncategorised', kind: 'tag-list', at: 'line', source: `${tags}; WordPress's default category`},
  {pattern: 'posted in uncategorized|uncategorised', kind: 'tag-list', at: 'line', source: `${tags}; WordPress post meta`},
  {pattern: 'like loading', kind: 'share-prompt', at: 'line', source: 'WordPress Jetpack Likes: the "Like Loading..." text of the like button'},
  {pattern: 'print friendly', kind: 'share-prompt', at: 'start', source: `${share}: the "Print Friendly, PDF & Email" button of the WordPress plugin`},
  {pattern: 'video|vidéo|videos|vidéos', kind: 'video-notice', at: 'line', source: 'The label over an embedded video, left where the player was'},
  {pattern: 'play video|vidéo', kind: 'video-notice', at: 'line', source: 'The play button of news-site players'},

  // Section labels over the headline, and counters and buttons beside it.
  {pattern: 'société|économie|politique|santé|environnement|insolite|météo|régions|planète|actualités|actualité|monde|faits-divers|étranger', kind: 'site-navigation', at: 'line', source: `${siteNav}: the section label of French news templates, left in French ("Société", "Faits divers")`},
  {pattern: 'faits divers', kind: 'site-navigation', at: 'line', source: `${siteNav}: the "Faits divers" section label`},
  {pattern: 'miscellaneous|various facts|news', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of the "Faits divers" section label`},
  {pattern: 'facts various|miscellaneous', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of the "Faits divers" section label`},
  {pattern: '# shares|partages|views|vues|reads|lectures', kind: 'share-prompt', at: 'line', source: `${share}: the share and view counters`},
  {pattern: 'partager via|par', kind: 'share-prompt', at: 'start', source: `${share}, French`},
  {pattern: 'enable|activate notifications|alerts', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the push-notification prompt`},
  {pattern: 'turn on notifications|alerts', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the push-notification prompt`},
  {pattern: 'activer|activez les notifications|alertes', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the push-notification prompt, French`},
  {pattern: 'follow|suivre', kind: 'site-navigation', at: 'line', source: `${siteNav}: the follow button beside an author or topic`},
  {pattern: 'follow this topic|subject|author', kind: 'site-navigation', at: 'line', source: `${siteNav}: the follow button (MT of "Suivre ce sujet")`},
  {pattern: 'suivre ce sujet|thème|auteur', kind: 'site-navigation', at: 'line', source: `${siteNav}: the follow button, French`},

  // The text of the video.js player (used by news sites' players) that screen readers get,
  // which a scraper keeps: control labels, dialog notices and its error message.
  {pattern: 'video player is loading', kind: 'video-notice', at: 'start', source: 'video.js: "Video Player is loading."'},
  {pattern: 'this is a modal window', kind: 'video-notice', at: 'start', source: 'video.js: "This is a modal window."'},
  {pattern: 'beginning|end of dialog window', kind: 'video-notice', at: 'start', source: 'video.js: "Beginning of dialog window. Escape will cancel and close the window."'},
  {pattern: 'the media could not be loaded', kind: 'video-notice', at: 'start', source: 'video.js: its MEDIA_ERR_SRC_NOT_SUPPORTED message'},
  {pattern: 'stream type live', kind: 'video-notice', at: 'line', source: 'video.js: the live display of the control bar'},
  {pattern: 'captions|subtitles|descriptions settings|off', kind: 'video-notice', at: 'line', source: 'video.js: the text-track menu ("captions settings", "subtitles off")'},
  {pattern: 'captions|subtitles|descriptions off , selected', kind: 'video-notice', at: 'line', source: 'video.js: the text-track menu ("descriptions off, selected")'},
  {pattern: 'loaded : # %', kind: 'video-notice', at: 'line', source: 'video.js: the load-progress text'},

  // Player, gallery and image controls, as text left where the widget was.
  {pattern: 'click|tap to enlarge|zoom', kind: 'video-notice', at: 'line', source: 'Image zoom links of news templates ("Click to enlarge", MT of "Cliquez pour agrandir")'},
  {pattern: 'enlarge this? image|photo|picture', kind: 'video-notice', at: 'line', source: 'Image zoom links of news templates'},
  {pattern: 'enlarge|agrandir', kind: 'video-notice', at: 'line', source: 'Image zoom links of news templates'},
  {pattern: 'cliquez pour agrandir', kind: 'video-notice', at: 'line', source: 'Image zoom links of French news templates'},
  {pattern: 'see|view|voir the|la|les? gallery|galerie|photos|slideshow|diaporama', kind: 'video-notice', at: 'line', source: 'Photo-gallery links of news templates ("Voir la galerie", "View gallery") and their MT'},
  {pattern: 'fullscreen|full-screen|plein-écran', kind: 'video-notice', at: 'line', source: 'The full-screen button of news-site players and galleries'},
  {pattern: 'full|plein screen|écran', kind: 'video-notice', at: 'line', source: 'The full-screen button of news-site players and galleries'},
  {pattern: 'next|previous video', kind: 'video-notice', at: 'line', source: 'Playlist buttons of news-site players (MT of "Vidéo suivante")'},
  {pattern: 'vidéo suivante|précédente', kind: 'video-notice', at: 'line', source: 'Playlist buttons of news-site players'},
  {pattern: 'loading in progress', kind: 'video-notice', at: 'line', source: 'MT of "Chargement en cours", the placeholder of lazy-loaded widgets'},
  {pattern: 'chargement en cours', kind: 'video-notice', at: 'line', source: 'The placeholder of lazy-loaded widgets, French'},
  {pattern: 'this content is not|no longer? available', kind: 'video-notice', at: 'line', source: `${videoEmbed}: "Ce contenu n'est pas disponible" and its MT`},
  {pattern: 'ce contenu n\'est pas|plus disponible', kind: 'video-notice', at: 'line', source: videoEmbed},
  {pattern: 'external content', kind: 'video-notice', at: 'line', source: `${videoEmbed}: the label over a blocked embed`},
  {pattern: 'contenu externe', kind: 'video-notice', at: 'line', source: `${videoEmbed}: the label over a blocked embed`},
  {pattern: 'screenshot', kind: 'photo-credit', at: 'line', source: `${captionLabel}: MT of "Capture d'écran"`},
  {pattern: 'screen capture', kind: 'photo-credit', at: 'line', source: `${captionLabel}: MT of "Capture d'écran"`},
  {pattern: 'screenshot|capture :', kind: 'photo-credit', at: 'start', source: `${captionLabel}: "Screenshot: …"`},
  {pattern: 'screen capture :', kind: 'photo-credit', at: 'start', source: `${captionLabel}: MT of "Capture d'écran : …"`},
  {pattern: 'capture d\'écran', kind: 'photo-credit', at: 'start', source: `${captionLabel}, French`},

  // Consent notices in the past tense ("you have not accepted cookies") and their settings link.
  {pattern: 'accepted|refused|rejected|enabled|disabled cookies', kind: 'consent-notice', at: 'anywhere', source: `${gdpr}: "this content is blocked because you have not accepted cookies"`},
  {pattern: 'configure|customize|customise|parameterize your? cookies', kind: 'consent-notice', at: 'anywhere', source: `${gdpr}: MT of "Paramétrer les cookies"`},
  {pattern: 'accepté|refusé les cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},
  {pattern: 'paramétrer|personnaliser les|vos cookies', kind: 'consent-notice', at: 'anywhere', source: gdpr},

  // Comment boxes in other wordings.
  {pattern: 'comments|commentaires|reactions|réactions ( # )', kind: 'comment-form', at: 'line', source: 'The comments heading with its count ("Comments (12)")'},
  {pattern: 'see|view|voir|read|show|display|afficher the|les|all? # comments|commentaires|reactions|réactions', kind: 'comment-form', at: 'line', source: 'The comments link under news articles ("Voir les 12 commentaires") and its MT'},
  {pattern: 'display|afficher the|les comments|commentaires', kind: 'comment-form', at: 'line', source: 'The comments link under news articles ("Afficher les commentaires") and its MT'},
  {pattern: 'add|write|post|ajouter|écrire a|un comment|commentaire', kind: 'comment-form', at: 'line', source: `${wpComments}: the form's heading`},
  {pattern: 'your comment|comments|nickname|pseudonym|pseudo', kind: 'comment-form', at: 'line', source: `${wpComments}: the form's field labels`},
  {pattern: 'votre commentaire|nom|pseudo|pseudonyme|courriel', kind: 'comment-form', at: 'line', source: `${wpComments}: the form's field labels, French locale`},
  {pattern: 'report this? content|comment|abuse', kind: 'comment-form', at: 'line', source: 'The report link of comment boxes (MT of "Signaler un contenu")'},
  {pattern: 'signaler ce|un contenu|commentaire', kind: 'comment-form', at: 'line', source: 'The report link of comment boxes, French'},

  // Account, author and gift links of news-site headers and article feet.
  {pattern: 'already registered ?', kind: 'paywall-prompt', at: 'start', source: `${paywall}: "Already registered? Log in", MT of "Déjà inscrit ?"`},
  {pattern: 'already a member ?', kind: 'paywall-prompt', at: 'start', source: `${paywall}: "Already a member? Log in"`},
  {pattern: 'déjà inscrit|inscrite|membre ?', kind: 'paywall-prompt', at: 'start', source: paywall},
  {pattern: 'my account|space|profile|subscriptions', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Mon compte", "Mon espace"`},
  {pattern: 'mon compte|espace|profil|abonnement', kind: 'site-navigation', at: 'line', source: `${siteNav}, French`},
  {pattern: 'offer|gift|give this|the article', kind: 'site-navigation', at: 'line', source: `${siteNav}: the gift-article button of paywalled sites (MT of "Offrir l'article")`},
  {pattern: 'offrir cet|l\'article', kind: 'site-navigation', at: 'line', source: `${siteNav}: the gift-article button, French`},
  {pattern: 'read later', kind: 'site-navigation', at: 'line', source: `${siteNav}: the read-later button`},
  {pattern: 'lire plus tard', kind: 'site-navigation', at: 'line', source: `${siteNav}: the read-later button, French`},
  {pattern: 'reuse this content', kind: 'site-navigation', at: 'line', source: `${siteNav}: the licensing link at the foot of articles`},
  {pattern: 'réutiliser ce contenu', kind: 'site-navigation', at: 'line', source: `${siteNav}: the licensing link at the foot of articles, French`},
  {pattern: 'about the author', kind: 'byline', at: 'line', source: 'The author box under articles of WordPress news themes'},
  {pattern: 'à propos de l\'auteur|l\'autrice', kind: 'byline', at: 'line', source: 'The author box under articles of WordPress news themes, French'},
  {pattern: 'see|view all? articles|posts|stories by|from|of', kind: 'byline', at: 'start', source: 'The author box under articles ("View all posts by …", MT of "Voir tous les articles de …")'},
  {pattern: 'all articles|posts|stories by|from', kind: 'byline', at: 'start', source: 'The author box under articles ("All posts by …")'},
  {pattern: 'more articles|stories|posts by|from this author', kind: 'byline', at: 'line', source: 'The author box under articles'},
  {pattern: 'voir|lire tous les articles de', kind: 'byline', at: 'start', source: 'The author box under articles, French'},
  {pattern: 'tous les articles de', kind: 'byline', at: 'start', source: 'The author box under articles, French'},
  {pattern: 'by|par', kind: 'byline', at: 'line', source: 'The "By" of a byline whose names the scraper put on the next line'},
  // Not "The Canadian Press" or "Agence France-Presse" alone: English wire copy carries them as its own byline.
  {pattern: 'la presse canadienne', kind: 'byline', at: 'line', source: 'A wire agency named alone on a line, in French: the byline of the French service of The Canadian Press'},
  {pattern: 'agence qmi', kind: 'byline', at: 'line', source: 'A wire agency named alone on a line: Quebecor\'s agency, the byline of TVA Nouvelles and Journal de Montréal copy'},
  {pattern: 'qmi agency', kind: 'byline', at: 'line', source: 'MT of "Agence QMI", the byline of TVA Nouvelles and Journal de Montréal copy'},

  // Share and follow prompts of messaging channels and news apps.
  {pattern: 'join us on whatsapp|telegram|facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads|bluesky|snapchat|google', kind: 'site-navigation', at: 'start', source: `${siteNav}: "Join us on WhatsApp", MT of "Rejoignez-nous sur …"`},
  {pattern: 'join our whatsapp|telegram channel|group|community', kind: 'site-navigation', at: 'start', source: siteNav},
  {pattern: 'rejoignez-nous sur whatsapp|telegram|facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads|bluesky|snapchat|google', kind: 'site-navigation', at: 'start', source: `${siteNav}, French`},
  {pattern: 'rejoignez notre chaîne|groupe|communauté', kind: 'site-navigation', at: 'start', source: `${siteNav}, French`},
  {pattern: 'follow all the news|latest|actuality', kind: 'site-navigation', at: 'start', source: `${siteNav}: MT of "Suivez toute l'actualité de … sur Google Actualités"`},
  {pattern: 'suivez toute l\'actualité|l\'actu', kind: 'site-navigation', at: 'start', source: `${siteNav}, French`},
  {pattern: 'share via|by email|e-mail|mail|sms|whatsapp', kind: 'share-prompt', at: 'line', source: share},
  {pattern: 'share :? the|this article on social networks|media', kind: 'share-prompt', at: 'start', source: `${share}: MT of franceinfo's "Partager : l'article sur les réseaux sociaux"`},
  {pattern: 'partager :? l\'article sur les réseaux sociaux', kind: 'share-prompt', at: 'start', source: `${share}: franceinfo's "Partager : l'article sur les réseaux sociaux"`},

  // Live blogs: the end of the blog, and the "breaking news" banner.
  {pattern: 'this|the|our live|live-blog|liveblog|direct is now? over|finished|closed|ended|terminated|complete', kind: 'live-marker', at: 'line', source: `${liveBlog}: MT of "Ce direct est terminé"`},
  {pattern: 'ce direct|live est désormais? terminé|clos', kind: 'live-marker', at: 'line', source: liveBlog},
  {pattern: 'thank|thanks you? for following this|our live|direct|live-blog', kind: 'live-marker', at: 'start', source: `${liveBlog}: MT of "Merci d'avoir suivi ce direct"`},
  {pattern: 'merci d\'avoir suivi ce|notre direct|live', kind: 'live-marker', at: 'start', source: liveBlog},
  {pattern: 'the|our live', kind: 'live-marker', at: 'line', source: `${liveBlog}: MT of "Le live", "Notre direct"`},
  {pattern: 'breaking news', kind: 'live-marker', at: 'line', source: `${liveBlog}: the breaking-news banner`},
  {pattern: 'last minute', kind: 'live-marker', at: 'line', source: `${liveBlog}: MT of the breaking-news banner "Dernière minute"`},
  {pattern: 'dernière minute|heure', kind: 'live-marker', at: 'line', source: `${liveBlog}: the breaking-news banner`},
  {pattern: 'alerte info', kind: 'live-marker', at: 'line', source: `${liveBlog}: the breaking-news banner`},
  {pattern: 'updated|actualisé', kind: 'dateline', at: 'line', source: 'The "Updated" label of news templates, its date on another line'},
  {pattern: 'mis à jour', kind: 'dateline', at: 'line', source: 'The "Updated" label of news templates, its date on another line'},
  {pattern: 'published|posted|publié|publiée on|le?', kind: 'dateline', at: 'line', source: 'The "Published on" label of news templates, its date on another line'},

  // Ad labels in other wordings.
  {pattern: 'sponsored contents', kind: 'advertisement', at: 'line', source: `${adLabel}; native-ad labels (Outbrain, Taboola)`},
  {pattern: 'contenus sponsorisés', kind: 'advertisement', at: 'line', source: `${adLabel}; native-ad labels (Outbrain, Taboola), French`},
  {pattern: 'continue reading the main story', kind: 'advertisement', at: 'line', source: `${adLabel}: the line around an ad slot in The New York Times' template`},
  {pattern: 'article original', kind: 'site-navigation', at: 'line', source: 'Auto-blogging plugins for WordPress, French locale'},

  // Correspondent credits that open a dispatch (RFI's "Avec notre correspondant à Moscou, …")
  // and a reporter's role alone on the line under the byline.
  {pattern: 'with|from our correspondent|correspondents|reporter|reporters in|at|to', kind: 'byline', at: 'start', source: `${correspondent}: MT of "Avec notre correspondant à …"`},
  {pattern: 'with|from our special envoy|envoys|correspondent|correspondents in|at|to', kind: 'byline', at: 'start', source: `${correspondent}: MT of "De notre envoyé spécial à …"`},
  {pattern: 'avec|de notre|nos correspondant|correspondante|correspondants|envoyé|envoyée|envoyés à|en|au|aux', kind: 'byline', at: 'start', source: correspondent},
  {pattern: 'avec|de notre|nos envoyé|envoyée|envoyés spécial|spéciale|spéciaux', kind: 'byline', at: 'start', source: correspondent},
  {pattern: 'journalist|journaliste|correspondent|correspondant|correspondante', kind: 'byline', at: 'line', source: `${correspondent}: the reporter's role under the byline`},
  {pattern: 'special correspondent|envoy', kind: 'byline', at: 'line', source: `${correspondent}: MT of "Envoyé spécial"`},
  {pattern: 'envoyé|envoyée spécial|spéciale', kind: 'byline', at: 'line', source: correspondent},
  {pattern: 'the? editorial staff|team|newsroom', kind: 'byline', at: 'line', source: 'Bylines of news sites that credit the desk (MT of "La rédaction")'},
  // A French outlet's name alone on a line: the site's byline or logo text, kept by the scraper.
  {pattern: 'le monde|figaro|parisien|point|devoir|soir|temps|progrès|télégramme|dauphiné', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'franceinfo|libération|ouest-france|mediapart|bfmtv|rfi|l\'express|l\'obs|l\'humanité', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'les échos', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'la croix|presse|libre', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'france 24|info', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'sud ouest', kind: 'byline', at: 'line', source: `${outletName}`},
  {pattern: 'tva nouvelles', kind: 'byline', at: 'line', source: `${outletName}`},

  // Newsletter and sign-up boxes in other wordings.
  {pattern: 'sign|subscribe|register up? for|to our|the free|daily|weekly|morning|evening newsletter|newsletters', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  {pattern: 'free|daily|weekly newsletter', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the box's heading`},
  {pattern: 'enter|type your email|e-mail address?', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the e-mail field's label`},
  {pattern: 'your email|e-mail address', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the e-mail field's label`},
  {pattern: 'saisissez|entrez|indiquez votre adresse? e-mail|email|mail|courriel', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the e-mail field's label, French`},
  {pattern: 'votre adresse e-mail|email|mail', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the e-mail field's label, French`},
  {pattern: 'by subscribing|registering|signing up? , you accept|agree', kind: 'newsletter-prompt', at: 'anywhere', source: `${newsletter}: the consent line under the field (MT of "En vous inscrivant, vous acceptez …")`},
  {pattern: 'en vous inscrivant|abonnant , vous acceptez', kind: 'newsletter-prompt', at: 'anywhere', source: `${newsletter}: the consent line under the field, French`},
  {pattern: 'thank you for subscribing|registering|signing', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: the confirmation`},
  {pattern: 'thanks for subscribing|registering|signing', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: the confirmation`},
  {pattern: 'merci pour votre inscription|abonnement', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: the confirmation, French`},
  {pattern: 'i subscribe', kind: 'paywall-prompt', at: 'line', source: `${paywall}: MT of the "Je m'abonne" button`},
  {pattern: 'je m\'abonne', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the "Je m'abonne" button`},
  {pattern: 'i already have an account', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "J'ai déjà un compte"`},
  {pattern: 'j\'ai déjà un compte', kind: 'site-navigation', at: 'line', source: siteNav},

  // Related-article boxes: "Pour aller plus loin", "À ne pas manquer" and their MT.
  {pattern: 'to go further|deeper', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Pour aller plus loin"`},
  {pattern: 'to go further|deeper :', kind: 'related-links', at: 'start', source: `${relatedBox}: MT of "Pour aller plus loin :"`},
  {pattern: 'pour aller plus loin', kind: 'related-links', at: 'line', source: relatedBox},
  {pattern: 'pour aller plus loin :', kind: 'related-links', at: 'start', source: relatedBox},
  {pattern: 'not to be missed', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À ne pas manquer"`},
  {pattern: 'don\'t miss', kind: 'related-links', at: 'line', source: `${relatedBox}: "Don't miss"`},
  {pattern: 'à ne pas manquer|rater', kind: 'related-links', at: 'line', source: relatedBox},
  {pattern: 'our latest articles|news|stories|videos', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Nos derniers articles"`},
  {pattern: 'nos derniers articles|contenus', kind: 'related-links', at: 'line', source: relatedBox},
  {pattern: 'also listen|hear', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Écoutez aussi"`},
  {pattern: 'listen|hear also', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "À écouter aussi"`},
  {pattern: 'read in # min|mins|minutes', kind: 'reading-time', at: 'line', source: `${readingTime}: "Read in 3 min"`},
  {pattern: 'watch on youtube|dailymotion|vimeo', kind: 'social-embed', at: 'line', source: 'The fallback link of YouTube, Dailymotion and Vimeo embeds ("Watch on YouTube")'},
  {pattern: 'regarder sur youtube|dailymotion|vimeo', kind: 'social-embed', at: 'line', source: 'The fallback link of YouTube, Dailymotion and Vimeo embeds, French'},
  {pattern: 'afp|reuters|ap file|archive|archives photo|picture|image', kind: 'photo-credit', at: 'line', source: `${captionLabel}: "AFP file photo"`},

  // Bylines and notices of franceinfo, Radio-Canada, Le Monde and Le Figaro templates.
  {pattern: 'article written|rédigé by|par franceinfo|france', kind: 'byline', at: 'start', source: `${outletName}: franceinfo's "Article rédigé par franceinfo - Radio France" and its MT`},
  {pattern: 'franceinfo - radio france', kind: 'byline', at: 'line', source: `${outletName}: "franceinfo - Radio France"`},
  {pattern: 'radio-canada', kind: 'byline', at: 'line', source: outletName},
  {pattern: 'france télévisions|televisions|inter|culture', kind: 'byline', at: 'line', source: outletName},
  {pattern: 'radio france', kind: 'byline', at: 'line', source: outletName},
  {pattern: 'access|go to? the author\'s|author’s page', kind: 'byline', at: 'anywhere', source: 'The link beside a byline on Radio-Canada ("Accéder à la page de l\'auteur") and its MT'},
  {pattern: 'accéder à la page de l\'auteur|l\'autrice', kind: 'byline', at: 'anywhere', source: 'The link beside a byline on Radio-Canada ("Accéder à la page de l\'auteur")'},
  {pattern: 'this content|article is not|no longer? open to comments', kind: 'comment-form', at: 'start', source: 'The closed comment box of franceinfo ("Ce contenu n\'est pas ouvert aux commentaires") and its MT'},
  {pattern: 'ce|cet contenu|article n\'est pas|plus ouvert aux commentaires', kind: 'comment-form', at: 'start', source: 'The closed comment box of franceinfo'},
  {pattern: 'comments are closed', kind: 'comment-form', at: 'line', source: `${wpComments}: "Comments are closed."`},
  {pattern: 'les commentaires sont fermés', kind: 'comment-form', at: 'line', source: `${wpComments}, French locale`},
  {pattern: 'skip|pass the? ad|advertisement|advertising|publicity', kind: 'advertisement', at: 'line', source: `${adLabel}: the skip button of pre-roll video ads (MT of "Passer la publicité")`},
  {pattern: 'passer la publicité', kind: 'advertisement', at: 'line', source: adLabel},
  {pattern: 'on only one device at a time', kind: 'paywall-prompt', at: 'anywhere', source: `${paywall}: Le Monde's one-device notice ("Vous pouvez lire Le Monde sur un seul appareil à la fois") and its MT`},
  {pattern: 'sur un seul appareil à la fois', kind: 'paywall-prompt', at: 'anywhere', source: `${paywall}: Le Monde's one-device notice`},
  // A share bar's buttons, one to a line when the scraper kept each link's text apart.
  {pattern: 'facebook|twitter|linkedin|whatsapp|pinterest|telegram|messenger|flipboard|bluesky|e-mail|courriel', kind: 'share-prompt', at: 'line', source: `${share}: one button to a line`},
  // French outlets' names as MT translates them, alone on a line ("Le Monde" → "The World").
  {pattern: 'the world|parisian|figaro|duty|cross|echoes|obs|telegram', kind: 'byline', at: 'line', source: `${outletName}: MT of "Le Monde", "Le Parisien", "Le Devoir", "La Croix", "Les Échos"`},
  {pattern: 'west-france', kind: 'byline', at: 'line', source: `${outletName}: MT of "Ouest-France"`},
  {pattern: 'west france', kind: 'byline', at: 'line', source: `${outletName}: MT of "Ouest-France"`},
  {pattern: 'south west', kind: 'byline', at: 'line', source: `${outletName}: MT of "Sud Ouest"`},
  {pattern: 'le journal de montréal|québec', kind: 'byline', at: 'line', source: outletName},
  {pattern: 'rtbf', kind: 'byline', at: 'line', source: `${outletName}: Belgian and Swiss outlets`},
  {pattern: 'tribune de genève', kind: 'byline', at: 'line', source: `${outletName}: Belgian and Swiss outlets`},
  // Consent buttons, top links and media labels in other wordings.
  {pattern: 'accept and close|continue', kind: 'consent-notice', at: 'line', source: `${gdpr}: the buttons ("Accepter et fermer") and their MT`},
  {pattern: 'accepter et fermer|continuer', kind: 'consent-notice', at: 'line', source: `${gdpr}: the buttons, French`},
  {pattern: 'find out more', kind: 'related-links', at: 'line', source: `${relatedBox}: the link under a teaser`},
  {pattern: 'return|go|back to the? top of? the? page?', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Retour en haut de page"`},
  {pattern: 'photo gallery|galleries', kind: 'video-notice', at: 'line', source: 'The label over a photo gallery, left where the gallery was'},
  {pattern: 'galerie photos|photo', kind: 'video-notice', at: 'line', source: 'The label over a photo gallery, French'},
  {pattern: 'diaporama', kind: 'video-notice', at: 'line', source: 'The label over a photo gallery, French'},
  {pattern: 'infographic|infographie', kind: 'video-notice', at: 'line', source: 'The label over an infographic or a map, left where the graphic was'},
  {pattern: 'interactive map', kind: 'video-notice', at: 'line', source: 'The label over an infographic or a map, left where the graphic was'},
  {pattern: 'carte interactive', kind: 'video-notice', at: 'line', source: 'The label over an infographic or a map, left where the graphic was'},
  // "À (re)lire", "À (re)voir": the related-articles marker with its bracketed prefix, and its MT.
  {pattern: 'to|à ( re ) read|lire|see|voir|watch|discover|découvrir|listen|écouter', kind: 'related-links', at: 'start', source: `${relatedBox}: "À (re)lire" and its MT "To (re)read"`},
  {pattern: 'our file|dossier|special|report', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Notre dossier"`},
  {pattern: 'notre dossier', kind: 'related-links', at: 'line', source: relatedBox},
  // Paywall labels and offers.
  {pattern: 'article|content reserved for|to our subscribers', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of "Article réservé à nos abonnés"`},
  {pattern: 'paid|free|subscriber|subscribers|premium article|content', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the label over a paid or free article (MT of "Article abonné", "Article gratuit")`},
  {pattern: 'article abonné|abonnés|gratuit|payant', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the label over a paid or free article`},
  {pattern: 'discover|see our offers|offer|subscription|subscriptions', kind: 'paywall-prompt', at: 'line', source: `${paywall}: MT of "Découvrir nos offres"`},
  {pattern: 'découvrir|découvrez nos offres', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'subscribe from|for €|$|£ #', kind: 'paywall-prompt', at: 'start', source: `${paywall}: the offer ("Subscribe for €1 the first month")`},
  {pattern: 'subscribe from|for # €|$|£|euro|euros', kind: 'paywall-prompt', at: 'start', source: `${paywall}: the offer, the sign after the amount as French writes it`},
  {pattern: 'abonnez-vous pour|dès # €|euro|euros', kind: 'paywall-prompt', at: 'start', source: paywall},
  {pattern: 'our special report|file|dossier', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Notre dossier spécial"`},
  {pattern: 'try it? for free', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the trial offer`},
  {pattern: 'essayez gratuitement', kind: 'paywall-prompt', at: 'line', source: paywall},
  // Section labels of opinion and feature pages, alone over the headline.
  {pattern: 'tribune|testimony|testimonies|témoignage|témoignages|décryptage|éditorial|édito|entretien|editorial|interview|opinion', kind: 'site-navigation', at: 'line', source: `${siteNav}: the section label over an opinion or feature piece ("Tribune", "Témoignage") and its MT`},
  {pattern: 'the interview|editorial', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of the "L'entretien", "L'édito" labels`},
  // Gift-article and free-access labels of paywalled sites ("Cet article vous est offert").
  {pattern: 'this article is offered|free to? you?', kind: 'paywall-prompt', at: 'line', source: `${paywall}: MT of "Cet article vous est offert"`},
  {pattern: 'cet article vous est offert', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'article offered|offert|gratuit', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the gift-article label and its MT`},
  {pattern: 'free access', kind: 'paywall-prompt', at: 'line', source: `${paywall}: MT of "Accès libre"`},
  {pattern: 'accès libre|gratuit', kind: 'paywall-prompt', at: 'line', source: paywall},
  {pattern: 'offre spéciale', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the subscription offer's label`},
  {pattern: 'special offer', kind: 'paywall-prompt', at: 'line', source: `${paywall}: the subscription offer's label`},
  {pattern: 'receive|get|recevoir our|the|les|nos alerts|notifications|alertes', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the push-notification prompt (MT of "Recevoir les alertes")`},
  {pattern: 'receive|get alerts|notifications', kind: 'newsletter-prompt', at: 'line', source: `${newsletter}: the push-notification prompt`},
  {pattern: 'recevez chaque matin|soir', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: "Recevez chaque matin l'essentiel de l'actualité"`},
  {pattern: 'receive every morning|evening', kind: 'newsletter-prompt', at: 'start', source: `${newsletter}: MT of "Recevez chaque matin …"`},
  {pattern: 'toute l\'actualité|l\'actu', kind: 'related-links', at: 'line', source: `${relatedBox}: the box's heading, French`},
  {pattern: 'all the latest? news', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Toute l'actualité"`},
  {pattern: 'watch|see our video|videos', kind: 'video-notice', at: 'line', source: 'The link to a story\'s video (MT of "Voir notre vidéo")'},
  {pattern: 'our video', kind: 'video-notice', at: 'line', source: 'The label over an embedded video (MT of "Notre vidéo")'},
  // Teaser links and footers of French news sites, and their MT.
  {pattern: 'read the rest|continuation|sequel|following|remainder of? the? article?', kind: 'related-links', at: 'line', source: `${relatedBox}: MT of "Lire la suite"`},
  {pattern: 'terms and conditions', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'general conditions of use|sale', kind: 'site-navigation', at: 'line', source: `${siteNav}: MT of "Conditions générales d'utilisation"`},
  {pattern: 'conditions générales d\'utilisation|de vente', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'cookie|cookies management', kind: 'consent-notice', at: 'line', source: `${gdpr}: MT of "Gestion des cookies"`},
  {pattern: 'gestion des cookies', kind: 'consent-notice', at: 'line', source: gdpr},
  {pattern: 'manage my|your consent|choices', kind: 'consent-notice', at: 'line', source: `${gdpr}: MT of "Gérer mon consentement"`},
  {pattern: 'gérer mon|mes consentement|choix', kind: 'consent-notice', at: 'line', source: gdpr},
  {pattern: 'site map|sitemap', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links`},
  {pattern: 'plan du site', kind: 'site-navigation', at: 'line', source: `${siteNav}: footer links, French`},
  {pattern: 'accessibility : partially|fully|not compliant|compliant', kind: 'site-navigation', at: 'line', source: `${siteNav}: the accessibility statement French public sites and many news sites print in their footer (MT of "Accessibilité : partiellement conforme")`},
  {pattern: 'accessibilité : partiellement|totalement|non conforme', kind: 'site-navigation', at: 'line', source: `${siteNav}: the accessibility statement of French sites (RGAA)`},
  {pattern: 'j\'aime|répondre', kind: 'comment-form', at: 'line', source: 'The like and reply buttons of comment threads, French'},
  {pattern: 'i like', kind: 'comment-form', at: 'line', source: 'The like button of comment threads (MT of "J\'aime")'},
  // Le Monde's paywall cut, the "Vous êtes ici" breadcrumb label, Didomi's consent banner and account links, and their MT.
  {pattern: 'il vous reste # % de cet article à lire', kind: 'paywall-prompt', at: 'start', source: `${paywall}: Le Monde's cut ("Il vous reste 72 % de cet article à lire")`},
  {pattern: 'you have # % of this article left to read', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of Le Monde's "Il vous reste 72 % de cet article à lire"`},
  {pattern: 'there is|remains # % of this article left? to read', kind: 'paywall-prompt', at: 'start', source: `${paywall}: MT of Le Monde's "Il vous reste 72 % de cet article à lire"`},
  {pattern: 'vous êtes ici :', kind: 'breadcrumb', at: 'start', source: 'The label before the breadcrumb trail of French CMS templates ("Vous êtes ici : Accueil > …")'},
  {pattern: 'you are here :', kind: 'breadcrumb', at: 'start', source: 'The label before the breadcrumb trail of CMS templates ("You are here: Home > …"), and MT of "Vous êtes ici :"'},
  {pattern: 'nous et nos partenaires utilisons|stockons|traitons|collectons|accédons', kind: 'consent-notice', at: 'start', source: `${gdpr}: Didomi's banner text ("Nous et nos partenaires utilisons des cookies…")`},
  {pattern: 'we and our partners use|store|process|collect|access', kind: 'consent-notice', at: 'start', source: `${gdpr}: the banner text ("We and our partners use cookies…") and MT of "Nous et nos partenaires"`},
  {pattern: 'en poursuivant votre navigation', kind: 'consent-notice', at: 'start', source: `${gdpr}: the implied-consent banner ("En poursuivant votre navigation sur ce site, vous acceptez…")`},
  {pattern: 'by continuing your navigation|browsing', kind: 'consent-notice', at: 'start', source: `${gdpr}: MT of "En poursuivant votre navigation"`},
  {pattern: 'mot de passe oublié', kind: 'site-navigation', at: 'start', source: `${accountModal}, French locale ("Mot de passe oublié ?")`},
  {pattern: 'se déconnecter', kind: 'site-navigation', at: 'line', source: `${siteNav}: the log-out link, French`},
  {pattern: 'déconnexion', kind: 'site-navigation', at: 'line', source: `${siteNav}: the log-out link, French`},
  {pattern: 'taille du texte', kind: 'site-navigation', at: 'line', source: `${siteNav}: the text-size buttons of article toolbars, French`},
  {pattern: 'taille des caractères', kind: 'site-navigation', at: 'line', source: `${siteNav}: the text-size buttons of article toolbars, French`}
]

/**
 * Photo agencies whose credits ("NAME NAME / AFP") run into a caption when a page's markup is
 * stripped. Source: the credit line convention of the wire and photo agencies (AFP, Reuters,
 * AP, EPA, Getty Images, The Canadian Press) and of French photo agencies (Sipa, Abaca,
 * MaxPPP, Hans Lucas).
 */
export const photoAgencies: readonly string[] = [
  'AFP', 'REUTERS', 'AP', 'EPA', 'EPA-EFE', 'GETTY IMAGES', 'GETTY', 'SIPA', 'ABACA', 'MAXPPP',
  'HANS LUCAS', 'ANADOLU', 'XINHUA', 'BELGA', 'KEYSTONE', 'DPA', 'ANSA', 'TASS', 'SPUTNIK',
  'AFP PHOTO', 'HANDOUT', 'SHUTTERSTOCK', 'ALAMY', 'LEEMAGE', 'BESTIMAGE', 'ICON SPORT', 'PANORAMIC',
  // The Canadian Press credits as "THE CANADIAN PRESS/Photographer".
  'THE CANADIAN PRESS', 'CANADIAN PRESS', 'AP PHOTO',
  // Photo agencies of French regional dailies and news sites (PhotoPQR, Abaca, Divergence),
  // wire agencies' partners (NurPhoto, SOPA Images, Imago, ZUMA, PA), and the stock and
  // free-image libraries regional sites credit ("Illustration Pixabay", "© Adobe Stock").
  'PHOTOPQR', 'ABACAPRESS', 'DIVERGENCE', 'NURPHOTO', 'SOPA IMAGES', 'IMAGO', 'ZUMA PRESS', 'PA IMAGES',
  'ADOBE STOCK', 'ISTOCK', 'iStock', 'PIXABAY', 'UNSPLASH', 'PEXELS', 'FREEPIK', 'WIKIMEDIA COMMONS'
]

/**
 * French outlets whose name a name pattern does not read (lowercase, or with a figure), in a
 * byline with the agency it rewrote: "franceinfo avec AFP", "France 24 with AFP". Outlets
 * written as capitalised words ("Le Monde with AFP") are read as names already.
 */
export const bylineOutlets: readonly string[] = ['franceinfo', 'France 24', 'France 2', 'France 3', 'TF1', 'M6', 'TV5Monde', '20minutes']

/**
 * The first item of a breadcrumb trail ("Home » World » Europe"): the default label of the
 * WordPress breadcrumb plugins (Yoast SEO, Breadcrumb NavXT) and of French templates
 * ("Accueil", "Actualités"), and "Welcome" and "Reception", which MT makes of "Accueil".
 */
export const breadcrumbRoots: readonly string[] = ['Home', 'Homepage', 'Accueil', 'Welcome', 'Reception', 'Actualités']

/** Separators of breadcrumb trails in those plugins' defaults and common themes. */
export const breadcrumbSeparators = '»›>|/'

/**
 * One-word section kickers of French news sites, written in capitals before a dash ("VIDEO –",
 * "DIRECT –"); kickers of two words or more ("WAR IN UKRAINE –") are recognised by their shape.
 */
export const oneWordKickers: readonly string[] = [
  'VIDEO', 'VIDÉO', 'PHOTOS', 'LIVE', 'DIRECT', 'EXCLUSIVE', 'EXCLUSIF', 'INTERVIEW', 'ANALYSIS',
  'ANALYSE', 'OPINION', 'TRIBUNE', 'EDITORIAL', 'ÉDITO', 'INFOGRAPHIC', 'INFOGRAPHIE', 'REPORTAGE',
  'DECRYPTION', 'DÉCRYPTAGE', 'TESTIMONY', 'TÉMOIGNAGE', 'INFO', 'ALERT', 'ALERTE',
  // Feature and format labels of French news sites ("ENQUÊTE.", "RÉCIT –", "CARTE.") and their MT.
  'ENQUÊTE', 'INVESTIGATION', 'SURVEY', 'PORTRAIT', 'RÉCIT', 'STORY', 'ENTRETIEN', 'CHRONIQUE', 'CHRONICLE',
  'COLUMN', 'PODCAST', 'CARTE', 'MAP', 'REPLAY', 'URGENT', 'BREAKING', 'RÉVÉLATIONS', 'REVELATIONS', 'BILAN',
  'ÉCLAIRAGE', 'LIGHTING', 'CONTEXTE', 'EXPLAINER', 'QUIZ', 'FACT-CHECK'
]

/**
 * Agencies a byline credits alongside the reporter ("By Jane Doe with AFP", "Par Jean Dupont
 * avec AFP"): the wire services French and English news sites rewrite, as their bylines name
 * them, and the plural a desk uses for several ("with agencies", "avec agences").
 */
export const bylineAgencies: readonly string[] = [
  'AFP', 'Reuters', 'AP', 'the AP', 'Associated Press', 'the Associated Press', 'Agence France-Presse',
  'Bloomberg', 'Belga', 'ATS', 'dpa', 'DPA', 'EFE', 'ANSA', 'The Canadian Press', 'Canadian Press',
  'La Presse canadienne', 'La Presse Canadienne', "l'AFP", 'l’AFP', 'agencies', 'agences', 'wires'
]

/**
 * Words that open a byline line ("By …", French "Par …") in news templates, and the lowercase
 * particles of names ("Jean de La Fontaine", "Ursula von der Leyen") a byline may hold.
 */
export const bylineOpeners: readonly string[] = [
  'By', 'Par', 'Written by', 'Écrit par', 'Reporting by', 'Text by', 'Texte de',
  // franceinfo's "Article rédigé par …" and its MT; WordPress's "Posted by", "Publié par".
  'Article written by', 'Article rédigé par', 'Rédigé par', 'Posted by', 'Publié par', 'Published by',
  // Radio-Canada's "Un texte de …" and "Un reportage de …", and their MT; Libération's lowercase "par".
  'A text by', 'Un texte de', 'A report by', 'Un reportage de', 'by', 'par'
]
export const nameParticles: readonly string[] = ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'dos', 'ben', 'bin', 'al', 'el', "d'", 'd’']

/**
 * The words of a publication date line of news templates ("Published on March 3, 2024 at
 * 10:32, updated at 11:05", French "Publié le 3 mars 2024 à 10h32, mis à jour le …"): a line
 * that opens with one of `datelineOpeners` and holds only these words, numbers and times is
 * the template's date line. Months and weekdays are in English and French.
 */
export const datelineOpeners: readonly string[] = [
  'published', 'posted', 'updated', 'last', 'first', 'modified', 'publié', 'publiée', 'mis', 'mise', 'modifié',
  'modifiée', 'actualisé', 'actualisée', 'créé', 'créée',
  // "Publication : 3 mars 2024", "Mis en ligne le …" and its MT "Put online on …", "Il y a 2 heures".
  'publication', 'put', 'il',
  // MT of "Mise à jour le …" and "Dernière mise à jour : …".
  'update', 'latest'
]
export const datelineWords: readonly string[] = [
  ...datelineOpeners,
  'on', 'at', 'by', 'the', 'update', 'le', 'à', 'a', 'jour', 'hier', 'yesterday', 'today', 'aujourd’hui', "aujourd'hui",
  'ago', 'il', 'y', 'day', 'days', 'jours', 'hour', 'hours', 'minute', 'minutes', 'min', 'heure', 'heures', 'h', 'am', 'pm', 'a.m', 'p.m',
  'gmt', 'utc', 'cet', 'cest', 'bst', 'et', 'edt', 'est', 'paris', 'time', 'de', 'and', 'en', 'ligne', 'online',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  // A reading time on the date line ("Publié le 3/03/2024 à 10:32 Temps de lecture : 3 min").
  'reading', 'read', 'lecture', 'temps', 'durée'
]

/**
 * Buttons of the share bars of news templates, which a scraper flattens into one line
 * ("Facebook Twitter Email"): a line of these words alone, naming two networks or more.
 */
export const shareBarNetworks: readonly string[] = [
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'messenger', 'telegram', 'pinterest', 'reddit', 'flipboard',
  'bluesky', 'threads', 'instagram', 'email', 'e-mail', 'mail', 'print', 'imprimer', 'sms'
]
export const shareBarWords: readonly string[] = [...shareBarNetworks, 'share', 'partager', 'copy', 'copier', 'link', 'lien', 'le']

/** Labels that open a photo credit or caption put in brackets ("(Photo: Jane Doe / AFP)"). */
export const bracketCreditLabels: readonly string[] = [
  'Photo', 'Photos', 'Picture', 'Image', 'Illustration', 'Credit', 'Credits', 'Crédit', 'Crédits', 'Video', 'Vidéo', 'Archives', 'Archive',
  // The same labels in capitals, as Quebec and French captions print them ("(PHOTO: …)", "(ARCHIVES)").
  'PHOTO', 'PHOTOS', 'IMAGE', 'ILLUSTRATION', 'CREDIT', 'CRÉDIT', 'VIDEO', 'VIDÉO', 'ARCHIVES'
]
