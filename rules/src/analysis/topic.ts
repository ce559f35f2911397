// What a claim is about: money, time, risk or scale. A rewrite that fits the claim
// asks for the number a buyer would check ("cuts ‹cost› by ‹N›%" for a price claim,
// "‹task› in ‹N› minutes" for a speed claim), not one template for every word.
// Words are data, each row with why it signals its topic.

import {tokensOf} from '../model/features'

export type Topic = 'money' | 'time' | 'risk' | 'scale' | 'general'

interface TopicWords {
  topic: Exclude<Topic, 'general'>
  words: readonly string[]
  why: string
}

export const TOPIC_WORDS: readonly TopicWords[] = [
  {topic: 'money', words: ['cost', 'costs', 'cheaper', 'cheapest', 'price', 'prices', 'pricing', 'priced', 'affordable', 'budget', 'spend', 'spending', 'save', 'saves', 'savings', 'roi', 'revenue', 'bill', 'bills', 'billing', 'money', 'expensive', 'tco', 'margin', 'margins', 'profit', 'free', '$', '€', '£'], why: 'what the buyer pays or earns'},
  {topic: 'time', words: ['fast', 'faster', 'fastest', 'quick', 'quicker', 'quickest', 'quickly', 'speed', 'speeds', 'instant', 'instantly', 'minutes', 'hours', 'days', 'weeks', 'seconds', 'time', 'productivity', 'productive', 'efficient', 'efficiency', 'streamline', 'streamlined', 'accelerate', 'latency', 'real-time', 'effortless', 'effortlessly', 'easy', 'easier', 'easiest', 'simple', 'simpler', 'simplest', 'seamless', 'seamlessly', 'intuitive'], why: 'how long the work takes, or how much of it there is'},
  {topic: 'risk', words: ['secure', 'security', 'safe', 'safer', 'safest', 'reliable', 'reliability', 'robust', 'resilient', 'uptime', 'downtime', 'compliance', 'compliant', 'trusted', 'trust', 'risk', 'risks', 'outage', 'outages', 'incidents', 'incident', 'stable', 'stability', 'enterprise-grade', 'battle-tested', 'proven', 'audit', 'audits', 'privacy', 'private'], why: 'what could go wrong, and how often it does'},
  {topic: 'scale', words: ['scale', 'scales', 'scalable', 'scalability', 'scaling', 'grow', 'grows', 'growth', 'growing', 'enterprise', 'millions', 'thousands', 'billions', 'volume', 'global', 'largest', 'biggest', 'massive', 'unlimited', 'performance', 'performant', 'powerful', 'throughput'], why: 'how much it handles, and at what size it still works'},
]

const TOPIC_OF = new Map<string, Exclude<Topic, 'general'>>()
for (const row of TOPIC_WORDS) for (const word of row.words) if (!TOPIC_OF.has(word)) TOPIC_OF.set(word, row.topic)

/** The topic of a claim: the words of the claim itself first, then the rest of its sentence. */
export function topicOf(claim: string, sentence = ''): Topic {
  return claimTopics(sentence)(claim)
}

/**
 * The topic of each claim of one sentence, as `topicOf` gives it, with the sentence's own
 * topic found at most once: a sentence can hold thousands of claims, and reading the whole
 * sentence again for each would make the lint quadratic in its length.
 */
export function claimTopics(sentence: string): (claim: string) => Topic {
  let sentenceTopic: Topic | undefined
  return (claim) => {
    const own = topicOfWords(claim)
    return own !== 'general' ? own : (sentenceTopic ??= topicOfWords(sentence))
  }
}

/** The topic most of the words name, or 'general' when none does. */
function topicOfWords(text: string): Topic {
  const counts = new Map<Topic, number>()
  for (const token of tokensOf(text)) {
    const topic = TOPIC_OF.get(token)
    if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'general'
}

/** The checkable specific that would prove a claim on this topic. */
export const PROOF_BY_TOPIC: Readonly<Record<Topic, string>> = {
  money: 'cuts ‹cost› by ‹N›% for ‹customer›',
  time: '‹task› in ‹N› minutes instead of ‹M› hours',
  risk: '‹N›% uptime over ‹period›, or ‹audit› passed',
  scale: 'handles ‹N› ‹units› per ‹period›',
  general: '‹what the buyer gets›, measured as ‹N›',
}

/** An outcome clause to add after a feature, by the feature's topic. */
export const OUTCOME_BY_TOPIC: Readonly<Record<Topic, string>> = {
  money: ', so you spend ‹less on what›',
  time: ', so ‹task› takes ‹minutes, not hours›',
  risk: ', so ‹what could go wrong› never ‹happens›',
  scale: ', so you grow to ‹N› ‹units› without ‹extra work›',
  general: ', so you can ‹outcome›',
}
