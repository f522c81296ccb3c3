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

export interface FurniturePhrase {
  pattern: string
  kind: FurnitureKind
  at: 'start' | 'anywhere'
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
  breadcrumb: 'breadcrumb trail'
}

const relatedBox = 'Related-article boxes of news CMS templates ("Read also", "Lire aussi" in French newspaper templates)'
const wpComments = 'WordPress comment_form() default strings (wp-includes/comment-template.php)'
const gdpr = 'GDPR/ePrivacy cookie banners (consent-management platforms such as Didomi, OneTrust, Quantcast Choice), English and French'
const videoEmbed = 'Notices that French news sites show in place of an embedded video when third-party cookies are refused or an ad blocker is on'
const paywall = 'Subscription walls of news sites ("Already a subscriber? Log in", "Déjà abonné ? Se connecter")'
const share = 'Social share bars of CMS templates (AddThis, ShareThis, WordPress Jetpack "Share this:")'
const newsletter = 'Newsletter sign-up boxes of news sites'

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
  {pattern: 'share on facebook|twitter|x|whatsapp|linkedin', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'click to share on', kind: 'share-prompt', at: 'start', source: `${share} (Jetpack "Click to share on Twitter")`},
  {pattern: 'partager cet article', kind: 'share-prompt', at: 'start', source: share},
  {pattern: 'partager sur facebook|twitter|x|whatsapp|linkedin', kind: 'share-prompt', at: 'start', source: share},
  // Newsletter prompts.
  {pattern: 'sign|subscribe up? for|to our newsletter', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  {pattern: 'inscrivez-vous à notre newsletter|lettre', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  {pattern: 'abonnez-vous à notre newsletter|lettre', kind: 'newsletter-prompt', at: 'anywhere', source: newsletter},
  // Photo credit lines left where the image was.
  {pattern: 'photo|image credit|credits :', kind: 'photo-credit', at: 'start', source: 'Credit lines under news photos ("Photo credit: …"), which stay when the image is stripped'},
  {pattern: 'crédit|crédits photo :', kind: 'photo-credit', at: 'start', source: 'Credit lines under photos on French news sites ("Crédit photo : …")'}
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
  'THE CANADIAN PRESS', 'CANADIAN PRESS', 'AP PHOTO'
]

/**
 * The first item of a breadcrumb trail ("Home » World » Europe"): the default label of the
 * WordPress breadcrumb plugins (Yoast SEO, Breadcrumb NavXT) and of French templates.
 */
export const breadcrumbRoots: readonly string[] = ['Home', 'Homepage', 'Accueil']

/** Separators of breadcrumb trails in those plugins' defaults and common themes. */
export const breadcrumbSeparators = '»›>|/'

/**
 * One-word section kickers of French news sites, written in capitals before a dash ("VIDEO –",
 * "DIRECT –"); kickers of two words or more ("WAR IN UKRAINE –") are recognised by their shape.
 */
export const oneWordKickers: readonly string[] = [
  'VIDEO', 'VIDÉO', 'PHOTOS', 'LIVE', 'DIRECT', 'EXCLUSIVE', 'EXCLUSIF', 'INTERVIEW', 'ANALYSIS',
  'ANALYSE', 'OPINION', 'TRIBUNE', 'EDITORIAL', 'ÉDITO', 'INFOGRAPHIC', 'INFOGRAPHIE', 'REPORTAGE',
  'DECRYPTION', 'DÉCRYPTAGE', 'TESTIMONY', 'TÉMOIGNAGE', 'INFO', 'ALERT', 'ALERTE'
]
