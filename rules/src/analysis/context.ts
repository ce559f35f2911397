// Is a sentence selling an offering, or is it process, instruction or plain talk?
// Words like "simple", "fast" or "leverage" are value claims only when they describe
// what is being sold ("a simple setup", "it is fast"); in "keep the agenda simple" or
// "leverage your network" they are ordinary English.

import type {SentenceView} from './view'

const OFFERING_NOUNS = String.raw`(?:platform|solution|solutions|tool|tools|tooling|product|products|app|apps|application|software|service|services|integration|integrations|experience|interface|ui|ux|api|apis|dashboard|dashboards|workflow|workflows|feature|features|analytics|insights|search|setup|set-up|onboarding|support|performance|security|deployment|deployments|automation|reporting|pipeline|pipelines|architecture|infrastructure|engine|editor|ide|monitoring|plan|plans|pricing|suite|stack|system|technology|capabilities|capability|functionality|offering|way|approach|option|options|alternative|choice|collaboration|visibility|control|management|migration|implementation|connectivity|scalability|reliability|compliance|governance|observability|data|reports|ecosystem|environment|environments|sdk|sdks|cli|library|runtime|database|storage|hosting|cloud|network|model|models|ai|agent|agents|assistant|user experience|developer experience)`

/** `term` describes an offering noun right after it: "powerful search", "easy setup". */
const modifiesOffering = new RegExp(String.raw`^[\s-]*(?:[\w-]+[\s-]+){0,2}?${OFFERING_NOUNS}\b`, 'i')
/** The offering (or the writer's company) is the subject: "It is fast", "Acme makes it simple". */
const offeringSubject = /\b(?:we|our|it|its|it['’]s|this|these|they|the (?:platform|product|tool|solution|app|service|software|integration|plan)|[A-Z][\w.]*[a-z][\w.]*)\s+(?:\w+\s+)?(?:is|are|was|makes?|offers?|provides?|delivers?|gives?|brings?|lets|helps?|enables?|keeps?|feels?|stays?|remains?|becomes?|comes? with|includes?|features?|ships?|runs?|works?|scales?|integrates?|connects?|supports?)\b/
/** Copy addressed to the buyer. */
const addressesBuyer = /\b(?:you|your|you['’]re|you['’]ll|yours)\b/i
/** Internal process and instructions to staff. */
const processText = /^(?:\W*)(?:please |always |never )?(?:ensure|make sure|be sure|review|schedule|assign|update|document|submit|follow|reach out|ask|send|add|create|check|avoid|remember|note|tag|file|open|link|use the|fill|complete|log|record|prepare|confirm|coordinate|consider|work with|collaborate|share|post|notify|escalate|set up a|book|attend|join|read|watch|listen)\b/i
const staffWords = /\b(?:sdrs?|bdrs?|aes?|account executives?|reps?|csms?|pmms?|sales team|account team|the handbook|merge request|slack channel|issue tracker|your manager|the dri|okrs?|quota)\b/i

export function isProcessText(view: SentenceView): boolean {
  return processText.test(view.text) || staffWords.test(view.text)
}

/** Does the lexicon term at [start, end) make a value claim about an offering? */
export function isSellingContext(view: SentenceView, start: number, end: number): boolean {
  if (isProcessText(view)) return false
  if (modifiesOffering.test(view.text.slice(end))) return true
  const before = view.text.slice(0, start)
  if (offeringSubject.test(before)) return true
  return addressesBuyer.test(view.text)
}
