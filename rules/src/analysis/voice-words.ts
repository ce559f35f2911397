// The words that tell whose voice a sentence is in (see voice.ts), as data: each group
// of phrases carries the reason a PMM would give for reading the sentence that way.
// Phrases are literal and case-insensitive; a space matches any run of spaces (see
// `alternation`). `voice.ts` compiles each list into one pattern when it loads.

import {escapeRegExp} from '../matches'

export interface VoicePhrases {
  phrases: readonly string[]
  reason: string
}

/** Every phrase of some groups. */
export function phrasesOf(groups: readonly VoicePhrases[]): string[] {
  return groups.flatMap((group) => group.phrases)
}

/** Lowercase, one apostrophe, single spaces: how a phrase and a match are compared. */
export function normalizePhrase(value: string): string {
  return value.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim()
}

/** One regular-expression alternation of phrases, longest first; a space matches any run of spaces, either apostrophe matches. */
export function alternation(phrases: readonly string[]): string {
  const sources = [...new Set(phrases.map((phrase) => escapeRegExp(normalizePhrase(phrase)).replace(/ /g, '\\s+').replace(/'/g, "['’]")))]
  return `(?:${sources.sort((a, b) => b.length - a.length).join('|')})`
}

/** Column headers (and "Label:" prefixes) that stand for a rival in a comparison. */
export const RIVAL_HEADERS: readonly VoicePhrases[] = [
  {phrases: ['competitor', 'competitors', 'competition', 'the competition', 'rival', 'rivals', 'them', 'they'], reason: 'a column for the rival'},
  {phrases: ['others', 'other tools', 'other vendors', 'other platforms', 'other solutions', 'other products', 'everyone else', 'the rest'], reason: 'a column for the other vendors'},
  {phrases: ['alternatives', 'alternative', 'typical alternative', 'typical tools', 'typical vendor', 'other options'], reason: 'a column for the alternatives'},
  {phrases: ['legacy', 'legacy tools', 'legacy vendors', 'legacy platforms', 'legacy systems', 'legacy solutions', 'incumbent', 'incumbents', 'point solutions', 'status quo', 'the old way', 'old way'], reason: 'a column for the tools buyers replace'},
]

/** Header words that begin a rival column: "Traditional CRMs", "Legacy BI". */
export const RIVAL_HEADER_PREFIXES: readonly VoicePhrases[] = [
  {phrases: ['traditional', 'legacy', 'other', 'typical', 'older', 'incumbent'], reason: 'a column for the tools buyers replace'},
]

/** Column headers for the buyer's situation before the product: a customer's past. */
export const CUSTOMER_HEADERS: readonly VoicePhrases[] = [
  {phrases: ['before', 'without', 'pain', 'pains', 'problem', 'problems', 'challenge', 'challenges', 'the challenge', 'situation'], reason: 'a column for the customer’s situation before'},
]

/** Column headers that stand for the writer's own offering. */
export const OURS_HEADERS: readonly VoicePhrases[] = [
  {phrases: ['us', 'ours', 'we', 'our product', 'our platform', 'our solution', 'with us', 'after', 'solution', 'our approach', 'how we solve it', 'how we help'], reason: 'a column for our offering'},
]

/** Subjects that stand for rivals in general: what they do is a claim about competitors. */
export const RIVAL_SUBJECTS: readonly VoicePhrases[] = [
  {phrases: ['competitors', 'our competitors', 'the competition', 'rivals', 'competing tools', 'competing products', 'competing vendors', 'competing platforms', 'competing solutions'], reason: 'rivals are the subject'},
  {phrases: ['other tools', 'other vendors', 'other platforms', 'other solutions', 'other products', 'other providers', 'every other tool', 'every other vendor', 'every other platform', 'most tools', 'most vendors', 'most platforms', 'most solutions', 'most other tools', 'most other vendors', 'many tools', 'many vendors', 'many other tools', 'many other vendors', 'some vendors', 'some tools', 'every vendor', 'vendors', 'the alternatives', 'alternatives', 'the other guys'], reason: 'other vendors are the subject'},
  {phrases: ['legacy tools', 'legacy vendors', 'legacy platforms', 'legacy systems', 'legacy solutions', 'legacy software', 'incumbents', 'incumbent tools', 'incumbent vendors', 'older tools', 'point solutions', 'traditional tools', 'traditional vendors', 'traditional platforms', 'traditional solutions', 'traditional software', 'traditional systems'], reason: 'the tools buyers replace are the subject'},
]

/** Words that make the plural noun after them rivals in general: "Traditional CRMs", "Legacy BI tools". */
export const RIVAL_SUBJECT_PREFIXES: readonly VoicePhrases[] = [
  {phrases: ['traditional', 'legacy', 'incumbent', 'old-school', 'first-generation', 'clunky', 'bloated'], reason: 'the tools buyers replace are the subject'},
]

/** Verbs that put words in a rival's mouth: "they claim", "Globex calls itself". */
export const RIVAL_CLAIM_VERBS: readonly VoicePhrases[] = [
  {phrases: ['claim', 'claims', 'claimed', 'claiming', 'purport', 'purports', 'promise', 'promises', 'tout', 'touts', 'boast', 'boasts', 'advertise', 'advertises', 'pitch', 'pitches'], reason: 'a claim attributed to a rival'},
  {phrases: ['call itself', 'calls itself', 'call themselves', 'bill itself', 'bills itself', 'bill themselves', 'market itself', 'markets itself', 'market themselves', 'brand itself', 'brands itself', 'position itself', 'positions itself', 'position themselves', 'describe itself', 'describes itself', 'describe themselves'], reason: 'how a rival describes itself'},
]

/**
 * A customer's stated need or past situation, right after the subject: the narrative of
 * a case study ("We needed…", "Initech was looking for…", "they ran into…").
 */
export const CUSTOMER_NEEDS: readonly VoicePhrases[] = [
  {phrases: ['needed', 'wanted', 'was looking for', 'were looking for', 'looked for', 'was searching for', 'were searching for', 'searched for', 'was hoping for', 'were hoping for', 'hoped for', 'required', 'was after', 'were after'], reason: 'a need the customer had'},
  {phrases: ['struggled', 'was struggling', 'were struggling', 'ran into', 'kept running into', 'was running into', 'were running into', 'faced', 'was facing', 'were facing', 'was stuck', 'were stuck', 'was frustrated', 'were frustrated', 'was drowning', 'were drowning', 'was losing', 'were losing', 'lost', 'lacked', 'had no', 'had no way', 'didn’t have', 'didn\'t have', 'did not have', 'couldn’t', 'couldn\'t', 'could not', 'had to', 'was forced to', 'were forced to', 'was spending', 'were spending', 'spent', 'used to', 'relied on', 'was relying on', 'were relying on', 'was using', 'were using', 'was managing', 'were managing', 'was juggling', 'were juggling', 'juggled', 'outgrew', 'had outgrown'], reason: 'the customer’s situation before'},
]

/** What a customer did, for subjects other than "we" ("We chose Postgres" is as likely ours). */
export const CUSTOMER_ACTIONS: readonly VoicePhrases[] = [
  {phrases: ['evaluated', 'tried', 'chose', 'picked', 'selected', 'switched', 'migrated', 'moved', 'turned to', 'came to', 'reached out', 'decided', 'signed up', 'rolled out', 'adopted', 'deployed', 'was', 'were', 'had'], reason: 'a past-tense account of the customer'},
]

/** Past-tense verbs that narrate what a customer had or did (for people, "they" and named customers). */
export const PAST_VERBS: readonly VoicePhrases[] = [
  {phrases: ['was', 'were', 'had', 'did', 'wasn’t', 'wasn\'t', 'weren’t', 'weren\'t', 'hadn’t', 'hadn\'t', 'didn’t', 'didn\'t', 'used', 'ran', 'took', 'made', 'got', 'found', 'knew', 'saw', 'felt', 'began', 'kept', 'went', 'paid', 'sent', 'built', 'grew', 'cut', 'set up', 'meant', 'took', 'needed', 'required', 'spent', 'lost'], reason: 'a past-tense account of a customer'},
]

/** Present forms of "be" and "get": an "-ed" word after one is a passive participle ("SSO is included"), not a customer's past. */
export const PRESENT_PASSIVE_AUXILIARIES: readonly VoicePhrases[] = [
  {phrases: ['is', 'are', 'am', 'get', 'gets', 'be', 'is not', 'are not', 'isn’t', 'isn\'t', 'aren’t', 'aren\'t', 'has been', 'have been', 'is now', 'are now', 'is also', 'are also', 'comes', 'come'], reason: 'a present passive: what the offering includes or does, not a past account'},
]

/** Past tenses that report news about a company rather than tell a customer's story. */
export const NEWS_VERBS: readonly VoicePhrases[] = [
  {phrases: ['named', 'ranked', 'rated', 'recognized', 'recognised', 'listed', 'reported', 'published', 'announced', 'released', 'launched', 'raised', 'acquired', 'founded', 'introduced', 'unveiled', 'added', 'shipped', 'updated', 'based', 'called', 'opened', 'partnered', 'hired', 'appointed', 'awarded', 'won', 'closed'], reason: 'news about a company, not a customer’s story'},
]

/**
 * Words that open a scene-setting phrase ended by a comma ("Unlike Acme, …", "With Globex,
 * …", "Today, …"): the subject comes after the comma.
 */
export const SCENE_OPENERS: readonly VoicePhrases[] = [
  {phrases: ['unlike', 'like', 'with', 'without', 'in', 'on', 'at', 'by', 'for', 'after', 'before', 'since', 'when', 'whenever', 'while', 'if', 'although', 'though', 'compared', 'versus', 'vs', 'today', 'now', 'however', 'instead', 'then', 'previously', 'historically', 'until', 'prior', 'back then', 'years ago', 'once', 'because', 'as', 'during', 'over', 'using', 'thanks', 'according', 'per', 'originally', 'initially', 'at first', 'this year', 'last year', 'this quarter', 'last quarter', 'meanwhile', 'unfortunately', 'fortunately', 'sadly', 'honestly', 'frankly', 'of course', 'in fact', 'finally', 'first', 'second', 'third', 'also', 'plus', 'worse', 'better yet', 'still', 'yet', 'so', 'but', 'and', 'even', 'traditionally', 'typically', 'usually', 'often', 'ultimately', 'overall', 'together', 'besides', 'moreover', 'additionally', 'similarly', 'likewise', 'surprisingly', 'within', 'across', 'from', 'under', 'throughout', 'whether', 'within weeks', 'in short', 'in contrast', 'by contrast', 'in the past', 'until recently', 'at the time'], reason: 'sets the scene; the subject follows the comma'},
]

/** Openers that set a scene in the customer's past: "Before Acme, …", "Previously, …". */
export const PAST_OPENERS: readonly VoicePhrases[] = [
  {phrases: ['before', 'previously', 'until', 'until recently', 'prior to', 'back then', 'historically', 'originally', 'at the time', 'in the past', 'years ago', 'last year', 'at first', 'initially'], reason: 'the customer’s situation before'},
]

/** Openers that place a sentence after a customer's switch: "Since switching to Acme, …". */
export const SWITCH_OPENERS: readonly VoicePhrases[] = [
  {phrases: ['since switching', 'after switching', 'since moving', 'after moving', 'since migrating', 'after migrating', 'since adopting', 'after adopting', 'since rolling out', 'after rolling out', 'since deploying', 'after deploying', 'since implementing', 'after implementing', 'since choosing', 'after choosing', 'since signing', 'after signing', 'since bringing', 'after bringing', 'since starting with', 'within weeks of switching', 'within a month of switching'], reason: 'the customer’s result after switching'},
]

/** Verbs next to a quotation that attribute it to a speaker: a testimonial. */
export const TESTIMONIAL_VERBS: readonly VoicePhrases[] = [
  {phrases: ['says', 'said', 'explains', 'explained', 'notes', 'noted', 'adds', 'added', 'recalls', 'recalled', 'shares', 'shared', 'told us', 'tells us', 'remembers', 'put it', 'puts it', 'writes', 'wrote', 'reports', 'reported', 'admits', 'admitted', 'laughs', 'laughed'], reason: 'a quotation with its speaker'},
]

/** Prepositions that make a rival's name part of the setting: "With Globex, …", "On Globex's free plan, …". */
export const RIVAL_SETTING_OPENERS: readonly VoicePhrases[] = [
  {phrases: ['with', 'on', 'in', 'using', 'under', 'inside', 'within', 'according to', 'per'], reason: 'describes what a rival does'},
]

/**
 * Nouns for what is being sold: with "the", "our", "this" or "its" in front they are the
 * offering as subject ("The platform…", "Our API…").
 */
export const OFFERING_NOUNS: readonly VoicePhrases[] = [
  {phrases: ['platform', 'product', 'products', 'app', 'application', 'tool', 'toolkit', 'solution', 'service', 'software', 'suite', 'system', 'engine', 'editor', 'dashboard', 'dashboards', 'api', 'apis', 'sdk', 'sdks', 'cli', 'integration', 'integrations', 'plugin', 'extension', 'agent', 'assistant', 'workspace', 'console', 'portal', 'library', 'runtime', 'database', 'plan', 'plans', 'tier', 'free tier', 'pricing', 'feature', 'features', 'release', 'version', 'setup', 'onboarding', 'support team', 'connector', 'connectors', 'model', 'pipeline', 'scanner', 'sync', 'search', 'analytics', 'reporting', 'automation', 'ui', 'interface', 'inbox', 'catalog', 'marketplace', 'cloud', 'hosting', 'add-on'], reason: 'the offering is the subject'},
]

/** Third-person verbs that open a bullet or cell whose subject is implied: "Exports to S3". */
export const OFFERING_VERBS: readonly VoicePhrases[] = [
  {phrases: ['provides', 'enables', 'delivers', 'offers', 'helps', 'lets', 'gives', 'makes', 'brings', 'improves', 'reduces', 'increases', 'boosts', 'eliminates', 'simplifies', 'streamlines', 'accelerates', 'automates', 'supports', 'includes', 'integrates', 'connects', 'runs', 'scales', 'ensures', 'allows', 'combines', 'empowers', 'unifies', 'speeds', 'saves', 'cuts', 'removes', 'turns', 'keeps', 'works', 'comes', 'ships', 'features', 'exports', 'imports', 'syncs', 'sends', 'tracks', 'detects', 'flags', 'routes', 'stores', 'encrypts', 'deploys', 'builds', 'monitors', 'captures', 'generates', 'creates', 'handles', 'manages', 'shows', 'displays', 'surfaces', 'finds', 'catches', 'blocks', 'prevents', 'protects', 'replaces', 'backs up', 'plugs into', 'hooks into', 'requires', 'needs', 'charges', 'lacks', 'limits', 'caps', 'locks', 'gates', 'forces', 'has'], reason: 'a bullet or cell whose subject is implied'},
]

/** Present-tense verbs after a capitalized name that make the name an offering ("Acme includes…"). */
export const NAME_VERBS: readonly VoicePhrases[] = [
  {phrases: ['is', 'are', 'has', 'makes', 'offers', 'provides', 'delivers', 'gives', 'lets', 'helps', 'enables', 'includes', 'ships', 'runs', 'works', 'scales', 'integrates', 'connects', 'supports', 'cuts', 'saves', 'reduces', 'turns', 'exports', 'imports', 'syncs', 'sends', 'tracks', 'detects', 'stores', 'encrypts', 'deploys', 'builds', 'monitors', 'handles', 'manages', 'shows', 'surfaces', 'catches', 'blocks', 'automates', 'keeps', 'comes with', 'can', 'will', 'now', 'also', 'automatically', 'never', 'always'], reason: 'a product is the subject'},
]

/** Blockquotes that are callouts, not quotations. */
export const CALLOUTS: readonly VoicePhrases[] = [
  {phrases: ['note', 'tip', 'warning', 'important', 'caution', 'info', 'heads up', 'tl;dr', 'tldr', 'summary', 'key takeaway', 'takeaway', 'pro tip', '[!note]', '[!tip]', '[!warning]', '[!important]', '[!caution]'], reason: 'a callout, not a quotation'},
]

/** Sides of an "X vs Y" title that are ways of working, not products. */
export const GENERIC_TITLE_SIDES: readonly VoicePhrases[] = [
  {phrases: ['build', 'buy', 'building', 'buying', 'in-house', 'homegrown', 'home-grown', 'diy', 'open source', 'open-source', 'free', 'paid', 'cloud', 'on-prem', 'on-premise', 'on-premises', 'self-hosted', 'hosted', 'saas', 'manual', 'automated', 'automation', 'the rest', 'others', 'everyone else', 'competitors', 'the competition', 'alternatives', 'which', 'what', 'why', 'how', 'when', 'who', 'pros', 'cons', 'pros and cons', 'agency', 'in house', 'outsourcing'], reason: 'a way of working, not a product'},
  {phrases: ['beta', 'alpha', 'preview', 'early access', 'general availability'], reason: 'a release stage ("Acme Build leaves beta"), not a product'},
]

/** Words in front of "alternative(s)" in a title that are not the rival's name. */
export const TITLE_QUALIFIERS: readonly VoicePhrases[] = [
  {phrases: ['the', 'best', 'top', 'free', 'cheap', 'cheaper', 'affordable', 'open-source', 'open', 'source', 'leading', 'modern', 'better', 'great', 'simple', 'simpler', 'lightweight', 'good', 'popular', 'real', 'true', 'a', 'an', 'our', 'your', 'for', 'to', 'and', 'of', 'in', 'on'], reason: 'a qualifier, not a name'},
  {phrases: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty'], reason: 'a count of the alternatives listed ("Top Five Globex Alternatives"), not a name'},
  {phrases: ['hosted', 'self-hosted', 'managed'], reason: 'how the alternative is run ("A hosted Globex alternative"), not part of the rival\'s name'},
]

/**
 * Words right before a name that cast it as the rival: on a comparison page the rival is
 * the one buyers leave, replace or measure against ("Globex vs Acme … the Globex
 * alternative … switch from Globex").
 */
export const RIVAL_NAME_BEFORE: readonly VoicePhrases[] = [
  {phrases: ['alternative to', 'alternatives to', 'replacement for', 'replacement to'], reason: 'the product replaced is the rival'},
  {phrases: ['switch from', 'switching from', 'switched from', 'migrate from', 'migrating from', 'migrated from', 'migration from', 'move from', 'moving from', 'moved from', 'leave', 'leaving', 'replace', 'replacing'], reason: 'buyers leave the rival'},
  {phrases: ['unlike', 'compared to', 'compared with', 'instead of'], reason: 'the rival is what the offering is measured against'},
]

/** Words right after a name that cast it as the rival: "the Globex alternative". */
export const RIVAL_NAME_AFTER: readonly VoicePhrases[] = [
  {phrases: ['alternative', 'alternatives'], reason: 'the product an alternative replaces is the rival'},
]

/** Words right before a name that cast it as the writer's own offering: what the page asks the buyer to do. */
export const OURS_NAME_BEFORE: readonly VoicePhrases[] = [
  {phrases: ['try', 'get started with', 'getting started with', 'sign up for', 'switch to', 'switching to', 'migrate to', 'migrating to', 'move to', 'moving to', 'upgrade to', 'self-host', 'why we built'], reason: 'the page asks the buyer to take up the offering'},
]

/** Openers that address the buyer with "you" left out: "Tired of…", "Still using…?". */
export const READER_OPENERS: readonly VoicePhrases[] = [
  {phrases: ['tired of', 'sick of', 'fed up with', 'frustrated with', 'frustrated by', 'struggling with', 'struggling to', 'still using', 'still stuck', 'still paying', 'still waiting', 'need', 'want', 'looking for', 'ready to', 'wondering', 'wish', 'worried about', 'done with', 'spending too', 'losing', 'drowning in', 'stuck with', 'stuck on', 'outgrowing', 'outgrown'], reason: 'addressed to the buyer, with "you" left out'},
]

/** Column headers that label rows or give details: not a product's column. */
export const GENERIC_HEADERS: readonly VoicePhrases[] = [
  {phrases: ['capability', 'capabilities', 'feature', 'features', 'criteria', 'criterion', 'category', 'categories', 'area', 'description', 'details', 'detail', 'notes', 'note', 'example', 'examples', 'why', 'what', 'how', 'why it matters', 'what it means', 'status', 'result', 'results', 'metric', 'metrics', 'value', 'impact', 'outcome', 'outcomes', 'use case', 'use cases', 'requirement', 'requirements', 'question', 'questions', 'answer', 'answers', 'plan', 'price', 'pricing', 'cost', 'tier', 'role', 'persona', 'team', 'stage', 'step', 'task', 'name', 'type', 'kind', 'support', 'integration', 'integrations', 'option', 'options', 'topic', 'item', 'dimension', 'aspect', 'factor', 'comparison', 'verdict', 'winner', 'score', 'rating', 'benefit', 'benefits', 'objection', 'objections', 'response', 'responses', 'talk track', 'proof', 'evidence', 'source', 'link', 'owner', 'date', 'timeline', 'region', 'segment', 'industry', 'company', 'customer', 'customers', 'vendor', 'vendors', 'tool', 'tools', 'product', 'products', 'term', 'definition', 'meaning', 'who', 'when', 'where', 'limit', 'limits', 'default', 'included', 'availability', 'available', 'yes', 'no', 'total', 'summary', 'claim', 'claims', 'message', 'messaging', 'pain point', 'pain points', 'discovery question', 'trap', 'landmine', 'landmines', 'differentiator', 'differentiators', 'strength', 'strengths', 'weakness', 'weaknesses'], reason: 'a label or detail column, not a product'},
]
