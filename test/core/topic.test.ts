// What a claim is about picks the rewrite: money, time, risk or scale.

import assert from 'node:assert/strict'
import {claimTopics, topicOf} from '../../rules/src/analysis/topic'

describe('topicOf', () => {
  const cases: Array<[claim: string, sentence: string, topic: string]> = [
    ['the cheapest', 'Acme is the cheapest CRM for small teams.', 'money'],
    ['cuts costs by 40%', 'Cuts costs by 40% in the first quarter.', 'money'],
    ['3x faster', 'Ship releases 3x faster.', 'time'],
    ['seamless', 'Seamless setup for every CRM.', 'time'],
    ['the most secure', 'The most secure way to share files.', 'risk'],
    ['99.99% uptime', '99.99% uptime, guaranteed.', 'risk'],
    ['scales', 'Scales to millions of events.', 'scale'],
    // The claim's own words first; the sentence only when they say nothing.
    ['#1', 'Rated #1 for reliability by admins.', 'risk'],
    ['#1', 'Rated #1 by sales leaders.', 'general'],
  ]
  for (const [claim, sentence, topic] of cases) {
    it(`${JSON.stringify(claim)} in ${JSON.stringify(sentence)} is about ${topic}`, () => assert.equal(topicOf(claim, sentence), topic))
  }
})

describe('claimTopics', () => {
  it('gives each claim of a sentence the topic topicOf gives it', () => {
    const sentence = 'Rated #1 for reliability, the cheapest plan, and 3x faster setup.'
    const topicFor = claimTopics(sentence)
    for (const claim of ['#1', 'the cheapest', '3x faster', 'the best']) assert.equal(topicFor(claim), topicOf(claim, sentence), claim)
  })

  it('reads a long sentence once, however many claims it holds', () => {
    // A sentence of 2,000 claims that name no topic: each falls back to the sentence's
    // topic. Reading the sentence per claim would tokenize it 2,000 times.
    const sentence = `${'the best, '.repeat(2000)}for reliability.`
    let reads = 0
    const topicFor = claimTopics(sentence)
    // Every read of a text for its words lower-cases it first: count the sentence's.
    const original = String.prototype.toLowerCase
    String.prototype.toLowerCase = function (this: string) {
      if (this.length === sentence.length) reads++
      return original.call(this)
    }
    try {
      for (let i = 0; i < 2000; i++) assert.equal(topicFor('the best'), 'risk')
    } finally {
      String.prototype.toLowerCase = original
    }
    assert.equal(reads, 1)
  })
})
