// Is a sentence selling an offering, or is it process, instruction or plain talk?
// Words like "simple", "fast" or "leverage" are value claims only when they describe
// what is being sold ("a simple setup", "it is fast"); in "keep the agenda simple" or
// "leverage your network" they are ordinary English.

import type {SentenceView} from './view'

const OFFERING_NOUNS = String.raw`(?:platform|solution|solutions|tool|tools|tooling|product|products|app|apps|application|software|service|services|integration|integrations|experience|interface|ui|ux|api|apis|dashboard|dashboards|workflow|workflows|feature|features|analytics|insights|search|setup|set-up|onboarding|support|performance|security|deployment|deployments|automation|reporting|pipeline|pipelines|architecture|infrastructure|engine|editor|ide|monitoring|pricing|suite|stack|system|technology|capabilities|capability|functionality|offering|alternative|collaboration|visibility|migration|implementation|connectivity|scalability|reliability|compliance|governance|observability|ecosystem|sdk|sdks|cli|library|runtime|database|storage|hosting|ai|agent|agents|assistant|user experience|developer experience)`

/** `term` describes an offering noun right after it: "powerful search", "easy setup". */
const modifiesOffering = new RegExp(String.raw`^(?:\s*,)?[\s-]*(?:[\w'’-]+[\s-]+){0,2}?${OFFERING_NOUNS}\b`, 'i')
/** A claim that names its offering noun: "the only revenue platform", "the most popular CRM". */
const claimNamesOffering = new RegExp(String.raw`^(?:[\w'’-]+[\s,-]+){0,5}?${OFFERING_NOUNS}\b`, 'i')
// A product name: CamelCase (PostHog), or a capitalized word that does not open the
// sentence. A sentence-initial capital says nothing ("Relevant content is easy…").
// Capitalized only because they open the sentence: never a product name.
const SENTENCE_OPENERS = String.raw`(?:Below|Above|There|Here|These|Those|They|Them|What|Which|Where|When|How|Why|Who|Many|Most|Some|All|Each|Every|Both|Other|Others|Such|Several|Few|No|None|Everyone|Everything|Nothing|Something|Anyone|Anything|One|First|Second|Next|Then|Now|Today|Also|In|On|At|For|With|By|From|Of|To|As|If|Once|That|He|She|You|I|Customers|Users|Teams|People|Buyers)`
// At the start of a sentence, capitalized words directly before the verb are a name
// ("Acme is", "OpenPanel Cloud offers"); a common noun brings lowercase words along.
const PRODUCT_NAME = String.raw`(?:[A-Z][a-z]+[A-Z]\w*|(?<=[\w,;:] )[A-Z][\w.]*[a-z][\w.]*|^[^A-Za-z]*(?!${SENTENCE_OPENERS}\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?=\s+(?:is|are|was|makes|offers|provides|delivers|gives|lets|helps|enables|includes|ships|runs|works|scales|integrates|connects|supports|cuts|saves|reduces|turns)\b))`
/** The offering (or the writer's company) is the subject: "It is fast", "Acme makes it simple". */
const offeringSubject = new RegExp(String.raw`(?:\b(?:[Ww]e|[Oo]ur|[Ii]t|[Ii]ts|[Ii]t['’]s|[Tt]his)(?:[\s,]+[\w'’-]+){0,4}?|\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his|[Ii]ts)(?:[\s,]+[\w'’-]+){0,3}?\s+${OFFERING_NOUNS}|${PRODUCT_NAME})\s+(?:[a-z]+\s+)?(?:is|are|was|can|makes?|offers?|provides?|delivers?|gives?|brings?|lets|helps?|enables?|keeps?|feels?|stays?|remains?|becomes?|comes? with|includes?|features?|ships?|runs?|works?|scales?|integrates?|connects?|supports?|uses?|combines?)\b`)
// A bullet or cell that opens with a present-tense verb has the offering as its
// implied subject: "Provides flexibility to scale", "Runs on minimal resources".
const OFFERING_VERBS = String.raw`(?:provides|enables|delivers|offers|helps|lets|gives|makes|brings|improves|reduces|increases|boosts|eliminates|simplifies|streamlines|accelerates|automates|supports|includes|integrates|connects|runs|scales|ensures|allows|combines|empowers|unifies|speeds|saves|cuts|removes|turns|keeps|works|comes|ships|features|uniquely)`
const verbFirst = new RegExp(String.raw`^[^\p{L}]*(?:[\p{L} ]{1,30}:\s*)?(?:(?:easily|quickly|instantly|effortlessly|seamlessly|automatically)\s+[a-z]+|${OFFERING_VERBS}\b)`, 'iu')
// Verbs that make whatever does them an offering: "Code search enables…", "X delivers…".
// Third-person forms only: a sentence-initial "Provide…" is an instruction.
const sellingVerb = /(?<=\S\s+)\b(?:enables|provides|delivers|offers|empowers|(?:lets|helps|gives|allows)\s+(?:you|your|teams?|customers?|users?|developers?))\b/i
// A benefit label or purpose: "**Result:** …", "… for easy containerization".
const benefitFrame = /^\W*(?:results?|benefits?|outcomes?|value|why it matters|pros?)\s*:|\bfor (?:easy|easier|fast|faster|quick|quicker|simple|simpler|seamless|effortless)\b/i
/** Copy that promises the buyer something: "lets you", "giving you", "your team gets". */
const promisesBuyer = /\b(?:lets?|letting|helps?|helping|gives?|giving|enables?|enabling|allows?|allowing|empowers?|saves?|saving)\s+(?:you|your)\b|\byou(?:['’]ll|\s+will|\s+can)?(?:\s+now)?\s+(?:get|gain|enjoy|see|save|keep|stay|love|spend less|be able to)\b|\byour (?:team|teams|business|customers|company|organization)\s+(?:can|gets?|will)\b/i
/** Planning and instructions: what someone will or should do, not what the offering is. */
const planningText = /\b(?:we|they|i|team|[a-z]+ team)\b[^.;:]{0,80}?\b(?:will|should|must|need to|needs to|plan to|aim to|want to|are going to|would like to)\b|\bwill (?:help us|focus on|continue to|work on|work with|prioriti[sz]e)\b|\b(?:to )?helps? us\b|\b(?:our|the|my|their) (?:goal|aim|mission|objective|intent|job) (?:is|was|here is)\b|\bwith (?:a|the) goal of\b|\byou(?:['’]ll| will)?\s+(?:need|have) to\b|\byou (?:should|must)\b|\bi (?:want|need|wish|would like|hope)\b|\bwe need\b|\bis responsible for\b|\bshould be\b|\b(?:this|next|over the next) (?:quarter|year|month|week)\b|\blong term\b/i
/** Advice about what good looks like in general: "A good status page loads instantly". */
const genericCriteria = /^\W*(?:a|an|any)\s+(?:good|great|strong|solid|well-designed|modern)\s+[\w-]+/i
/** The word describes a limit, usually a competitor's: "limited to simple A/B tests". */
const limitation = /\b(?:limited to|only|just|merely|restricted to|capped at)\s+(?:\w+\s+)?$/i
/** Internal process and instructions to staff. */
const processText = /^(?:\W*)(?:please |always |never )?(?:look for|provide|build|develop|define|identify|establish|maintain|expand|invest|focus|ensure|make sure|be sure|review|schedule|assign|update|document|submit|follow|reach out|ask|send|add|create|check|avoid|remember|note|tag|file|open|link|use the|fill|complete|log|record|prepare|confirm|coordinate|consider|work with|collaborate|share|post|notify|escalate|set up a|book|attend|join|read|watch|listen)\b/i
const staffWords = /\b(?:the customer|a customer|prospects?|the buyer|colleagues?|internal|enablement|reach out|please|the handbook|merge request|slack channel|issue tracker|your manager|the dri|okrs?|quota)\b/i
// A sales role giving or taking instructions: "The AE should…", "SA: For the largest…".
// (Copy for a product sold to sales teams mentions reps too: "keeps every rep in step".)
const STAFF_ROLES = String.raw`(?:sdrs?|bdrs?|aes?|account executives?|reps?|csms?|pmms?|sas?|ces?|the sales team|the account team)`
const staffInstruction = new RegExp(String.raw`^\W*(?:the\s+)?${STAFF_ROLES}\s*:|\b${STAFF_ROLES}\s+(?:should|must|will|needs? to|is responsible|are responsible|owns?|can then)\b`, 'i')

export function isProcessText(view: SentenceView): boolean {
  return processText.test(view.text) || staffWords.test(view.text) || staffInstruction.test(view.text)
}

/** The word in quotation marks is talked about, not used: terms such as “best-of-breed”. */
export function isMention(view: SentenceView, start: number, end: number): boolean {
  return /[“"‘'`]$/u.test(view.text.slice(0, start)) && /^[”"’'`]/u.test(view.text.slice(end))
}

/**
 * Inside a short quotation within a longer sentence: an example being discussed
 * ('turns vague talk into concrete "cut detection from 12 to 2 minutes" items'), not
 * the writer's claim. A fully quoted sentence (a testimonial) is still a claim.
 */
export function inShortQuote(view: SentenceView, start: number, end: number): boolean {
  const text = view.text
  const open = Math.max(text.lastIndexOf('“', start), straightQuoteBefore(text, start))
  if (open === -1) return false
  const closeCurly = text.indexOf('”', end)
  const closeStraight = text.indexOf('"', end)
  const close = text[open] === '“' ? closeCurly : closeStraight
  if (close === -1 || text.slice(open + 1, start).includes(text[open] === '“' ? '”' : '"')) return false
  const outside = (text.slice(0, open) + ' ' + text.slice(close + 1)).match(/[\p{L}\p{N}]+/gu) ?? []
  return outside.length >= 3
}

function straightQuoteBefore(text: string, start: number): number {
  let count = 0
  let last = -1
  for (let i = text.indexOf('"'); i !== -1 && i < start; i = text.indexOf('"', i + 1)) {
    count++
    last = i
  }
  return count % 2 === 1 ? last : -1
}

/** A question asks; it does not claim. */
export function isQuestion(view: SentenceView): boolean {
  return /\?\s*["'”’)*_]*\s*$/.test(view.text)
}

/** Internal planning or instructions to staff. */
export function isPlanningText(view: SentenceView): boolean {
  return planningText.test(view.text)
}

/** Why the words at [start, end) are not a value claim: the sentence plans, instructs or limits. */
export function notAClaimReason(view: SentenceView, start: number, end = start): string | undefined {
  if (isMention(view, start, end)) return 'mentions the word rather than using it'
  if (isProcessText(view)) return 'process or instruction text'
  if (isPlanningText(view)) return 'planning text'
  if (limitation.test(view.text.slice(0, start))) return 'describes a limitation'
  if (genericCriteria.test(view.text)) return 'describes what good looks like in general'
  return undefined
}

/**
 * Why the lexicon term at [start, end) sells an offering, or undefined when nothing
 * says so: it modifies an offering noun, the offering is the subject, or the sentence
 * promises the buyer something.
 */
export function sellingReason(view: SentenceView, start: number, end: number, {claim = false} = {}): string | undefined {
  if (modifiesOffering.test(view.text.slice(end))) return 'describes an offering noun'
  if (claim && claimNamesOffering.test(view.text.slice(start))) return 'describes an offering noun'
  if (offeringSubject.test(view.text) || verbFirst.test(view.text) || sellingVerb.test(view.text)) return 'the offering is the subject'
  if (benefitFrame.test(view.text)) return 'a benefit statement'
  if (promisesBuyer.test(view.text.slice(0, start))) return 'promises the buyer something'
  return undefined
}

/** Does the lexicon term at [start, end) make a value claim about an offering? */
export function isSellingContext(view: SentenceView, start: number, end: number): boolean {
  return notAClaimReason(view, start) === undefined && sellingReason(view, start, end) !== undefined
}
