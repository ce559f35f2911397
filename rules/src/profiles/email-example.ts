// The email the email rules' examples are written on (subject-line, email-length, one-cta,
// reading-grade), in a module of its own: rules import it while the rule list loads, so it
// imports nothing.

/** A body that passes every email rule: a pain, then one ask. */
const GOOD_BODY = 'Your team spends three days matching receipts. Worth a call on Thursday?'

/** An email checked against the email profile: front matter, subject line, greeting, then the body. */
export function emailExample({subject = 'your month-end close', body = GOOD_BODY}: {subject?: string; body?: string} = {}): string {
  return `---\npitchlint: {profile: email}\n---\n\n**Subject:** ${subject}\n\nHi Ana,\n\n${body}`
}
