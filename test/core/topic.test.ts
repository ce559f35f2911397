// What a claim is about picks the rewrite: money, time, risk or scale.

import assert from 'node:assert/strict'
import {topicOf} from '../../rules/src/analysis/topic'

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
