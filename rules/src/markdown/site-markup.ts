// Markup that static-site generators add to Markdown and a Markdown parser reads as
// text: template tags (Hugo shortcodes, Liquid) and the lines that open and close
// admonitions (Docusaurus, MkDocs, GitHub alerts). Masked with spaces of the same length,
// so the prose on either side keeps its exact place and none of it joins a sentence.

/**
 * Template tags that static-site generators expand before the page is built: markup, like
 * an HTML tag, whose parameters are not prose (an HTML tag's attributes are not linted
 * either). Each is an opening and a closing delimiter.
 */
export const TEMPLATE_TAGS: ReadonlyArray<{open: string; close: string; why: string}> = [
  {open: '{{<', close: '>}}', why: 'a Hugo shortcode ({{< callout type="info" >}}): its name and parameters are markup'},
  {open: '{{%', close: '%}}', why: 'a Hugo shortcode whose inner text is Markdown ({{% note %}}…{{% /note %}}): the tags are markup, the text between them is prose'},
  {open: '{%', close: '%}', why: 'a Liquid or Jinja tag ({% include cta.html %}, as Jekyll and GitHub Pages use): markup'},
]
/** Longer than this between the delimiters, it is taken for stray braces, not a tag, and the prose is kept. */
const MAX_TEMPLATE_TAG_CHARS = 1000

/**
 * Replaces each template tag in a text value with spaces (the same length, so the
 * char-by-char alignment still holds): the prose on either side stays, the tag is no part
 * of any sentence. Linear: each delimiter search resumes where the last one ended.
 */
export function maskTemplateTags(value: string): string {
  if (!value.includes('{%') && !value.includes('{{')) return value
  let masked: string[] | undefined
  for (const {open, close} of TEMPLATE_TAGS) {
    let from = 0
    let closeAt = -1
    for (;;) {
      const openAt = value.indexOf(open, from)
      if (openAt === -1) break
      // The first close after an opening is the first after any later opening before it.
      if (closeAt < openAt + open.length) closeAt = value.indexOf(close, openAt + open.length)
      if (closeAt === -1) break
      const end = closeAt + close.length
      if (closeAt - openAt > MAX_TEMPLATE_TAG_CHARS) {
        from = openAt + 1
        continue
      }
      masked ??= value.split('')
      // (A tag already masked by an earlier pair is spaces; masking it again changes nothing.)
      for (let i = openAt; i < end; i++) if (masked[i] !== '\n') masked[i] = ' '
      from = end
    }
  }
  return masked ? masked.join('') : value
}

/**
 * Template tags that wrap a code sample. What lies between the opening and the closing tag
 * is code (a shell session, a config file), not prose: read as Markdown, its lines would
 * make sentences, and worse, headings ("# install the operator"), list items ("- --force")
 * and HTML. Blanked before the text is parsed or split into chunks, tags and all.
 */
export const CODE_TEMPLATE_TAGS: ReadonlyArray<{syntax: 'hugo' | 'liquid'; name: string; why: string}> = [
  {syntax: 'hugo', name: 'highlight', why: 'Hugo’s built-in code block ({{< highlight go >}} … {{< /highlight >}})'},
  {syntax: 'hugo', name: 'code', why: 'the code-sample shortcode many Hugo themes define ({{< code bash >}} … {{< /code >}})'},
  {syntax: 'liquid', name: 'highlight', why: 'Jekyll’s code block ({% highlight ruby %} … {% endhighlight %})'},
  {syntax: 'liquid', name: 'codeblock', why: 'the code block of Octopress and Hexo ({% codeblock lang:js %} … {% endcodeblock %})'},
]
/** A tag's parameters: at most this many characters, so a stray opening never makes a scan of the rest of the text. */
const MAX_TAG_PARAMETERS = 300

/** The opening and closing tag of each code template, as patterns: Hugo's `{{< … >}}` and `{{% … %}}`, Liquid's `{% … %}` with its `-` trims. */
const CODE_TEMPLATES = CODE_TEMPLATE_TAGS.map(({syntax, name}) => {
  const parameters = `(?:\\s[^{}]{0,${MAX_TAG_PARAMETERS}}?)?`
  return syntax === 'hugo'
    ? {open: `\\{\\{[<%]\\s*${name}${parameters}[>%]\\}\\}`, close: new RegExp(`\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}`, 'g')}
    : {open: `\\{%-?\\s*${name}${parameters}-?%\\}`, close: new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g')}
})
const CODE_TEMPLATE_OPEN = new RegExp(CODE_TEMPLATES.map(({open}, index) => `(?<t${index}>${open})`).join('|'), 'g')

/**
 * The text with every code template (opening tag, code, closing tag) replaced by spaces,
 * line breaks kept: the same length and lines, so every offset still points at its
 * source, and the lines in between are blank. An opening tag that is never closed is
 * left as it is. Linear: the search for openings resumes after each closing tag, and a
 * kind of tag that has no closing tag left is not looked for again.
 */
export function maskCodeTemplates(text: string): string {
  if (!text.includes('{{') && !text.includes('{%')) return text
  const unclosed = new Set<number>()
  const parts: string[] = []
  let kept = 0
  CODE_TEMPLATE_OPEN.lastIndex = 0
  for (let match = CODE_TEMPLATE_OPEN.exec(text); match; match = CODE_TEMPLATE_OPEN.exec(text)) {
    const groups = match.groups!
    const kind = CODE_TEMPLATES.findIndex((_, index) => groups[`t${index}`] !== undefined)
    if (unclosed.has(kind)) continue
    const close = CODE_TEMPLATES[kind].close
    close.lastIndex = match.index + match[0].length
    const closing = close.exec(text)
    if (!closing) {
      unclosed.add(kind)
      continue
    }
    const end = closing.index + closing[0].length
    parts.push(text.slice(kept, match.index), text.slice(match.index, end).replace(/[^\r\n]/g, ' '))
    kept = end
    CODE_TEMPLATE_OPEN.lastIndex = end
  }
  if (parts.length === 0) return text
  parts.push(text.slice(kept))
  return parts.join('')
}

/**
 * Lines, or the start of a line, that mark an admonition box rather than say anything: the
 * text inside the box is prose, the marker is not (and its title is a label). Each is
 * matched at the start of a line of a block's text.
 */
export const CONTAINER_MARKERS: ReadonlyArray<{pattern: string; why: string}> = [
  {pattern: ':{3,}.*', why: 'a Docusaurus or remark-directive container fence (:::tip Title … :::): the whole line'},
  {pattern: '(?:!!!|\\?\\?\\?\\+?)(?:[ \\t]+[\\w-]+)+(?:[ \\t]+"[^"\\n]*")?[ \\t]*$', why: 'an MkDocs admonition or collapsible block (!!! note "Title", ??? info inline): the whole line, which holds only its type and title'},
  {pattern: '\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]', why: 'a GitHub alert’s marker (> [!NOTE]): the text after it is the alert'},
]
const CONTAINER_MARKER = new RegExp(`^[ \\t]*(?:${CONTAINER_MARKERS.map(({pattern}) => `(?:${pattern})`).join('|')})`, 'gim')

/** Replaces each container marker in a block's text with spaces of the same length. */
export function maskContainerMarkers(text: string): string {
  if (!text.includes(':::') && !text.includes('!!!') && !text.includes('???') && !text.includes('[!')) return text
  return text.replace(CONTAINER_MARKER, (marker) => ' '.repeat(marker.length))
}
