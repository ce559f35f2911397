// Who a sentence is about. `feature-without-outcome` only judges sentences whose
// subject is the offering (a product, a plan, "it", "we"); text about people,
// instructions to the reader and steps of a process are not features.
// This is word lists, not a tagger: the npm taggers we measured (wink-nlp, compromise,
// pos) read capitalized imperatives ("Review the doc", "Import from GitHub") and
// headline-case bullets as proper nouns, which are exactly the cases that matter here.

/**
 * Capitalized words that open sentences without being product names. The second-to-last
 * line holds an email opener's verbs whose "I" is left out ("Saw that Northwind is
 * hiring…", "Loved your talk…"): the sentence is about what the writer noticed of the
 * reader, and "Saw" is no product. The last holds sentence adverbs ("Frequently asked
 * questions", "Recently shipped…"); product names that end in -ly (Calendly, Grammarly)
 * are why they are listed, not matched by their ending.
 */
const NOT_NAMES = new Set(
  `The This That These Those Our We It Its You Your They Their Them Each Every All Most Many Some Any No Not If When While With Without For In On At By From To Of And But Or So Then Once After Before Here There Where What Why How Who Which Whether Please Note Also Just Only Today Now Yes Both Either Neither Even Still Because Since Unlike Like As An A I He She My His Her Let Lets Make Use Using Being Being Built Once None Over Under About Into Onto Upon Per Via Plus Instead Rather Other Others Another More Less Few Several Such Same New Next Last First Second Third Finally However Therefore Overall Generally Typically Usually Often Sometimes Always Never Meanwhile Additionally Moreover Currently Previously Initially Later Soon Simply
  Saw Noticed Read Loved Enjoyed Caught Heard Congrats Congratulations Thanks Hope Wanted Following
  Frequently Recently Increasingly Fortunately Unfortunately Ultimately Essentially Basically Clearly Importantly Notably Specifically Naturally Instantly Automatically Easily Quickly Rarely Occasionally Traditionally Historically Honestly`.split(/\s+/),
)

/** People and roles: a sentence about them is not a feature of the offering. */
export const PEOPLE_NOUNS = String.raw`(?:people|person|persons|team|teams|teammates?|users?|customers?|clients?|buyers?|prospects?|developers?|devs?|engineers?|admins?|administrators?|managers?|leaders?|executives?|champions?|reps?|sellers?|marketers?|founders?|members?|employees?|staff|stakeholders?|responders?|analysts?|auditors?|reviewers?|partners?|vendors?|companies|organi[sz]ations?|businesses|enterprises|individuals?|everyone|anyone|someone|nobody|folks|colleagues?|practitioners?|personas?|owners?|students?|candidates?|attendees?|speakers?|readers?|visitors?|subscribers?)`

const PEOPLE_START = new RegExp(String.raw`^\W*(?:(?:the|our|your|their|many|most|some|all|each|every|new|existing|other|these|those|enterprise|small|large|security|engineering|product|sales|marketing|support|devops|platform|it|ops|finance|data|\d[\d,]*\+?)\s+){0,2}${PEOPLE_NOUNS}\b`, 'i')
const PRONOUN_PEOPLE = /^\W*(?:i|i['’]m|i['’]ve|he|she|my|his|her|you|you['’]re|you['’]ll|they|they['’]re)\b/i

/** Does the sentence open with people as its subject ("Teams waste…", "I need…", "Responders get…")? */
export function opensWithPeople(text: string): boolean {
  return PEOPLE_START.test(text) || PRONOUN_PEOPLE.test(text)
}

/** A capitalized token that reads as a product or company name ("Acme", "GA4", "PostHog", "SAML"). */
export function isNameToken(word: string): boolean {
  // Two-letter capitals are mostly roles ("AE", "SA", "CE"); longer acronyms name products.
  return /^[A-Z][\w.+-]*$/.test(word) && (/[a-z0-9]/.test(word.slice(1)) || /^[A-Z]{3,}$/.test(word)) && !NOT_NAMES.has(word)
}
