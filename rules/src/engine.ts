// The lint core: `lint(text, {filePath, config})` → findings. Pure (no I/O), shared
// by the CLI and the language server.
//
// Flow: split the text into independently parseable chunks; for each chunk build the
// model (blocks, sentences), analyze every sentence and run the sentence-level rules,
// all with chunk-relative offsets so the result can be cached by the chunk's text;
// then assemble sections for the section-level rules, map severities, and apply the
// inline directives.

import {analyzeSentence} from './analysis/analyze'
import {SentenceView, type UnitView} from './analysis/view'
import type {VoiceContext} from './analysis/voice'
import {resolveConfig, withDocumentVoice, type ResolvedConfig} from './config/resolve'
import {applyDirectives, parseDirectives, unusedDirectives, type Directive} from './directives'
import {LineIndex} from './lines'
import {splitChunks, type Chunk} from './markdown/chunks'
import {frontMatterCopy} from './markdown/front-matter-copy'
import {buildChunkModels, definitionsFor, findDefinitions, type BlockModel, type ChunkModel, type SentenceModel} from './markdown/model'
import {syntaxOf, type Syntax} from './markdown/parse'
import {checkReport, formatMessage, ruleUrl, type Report, type Rule, type SentenceInput, type Visitors} from './rule'
import {rules as builtInRules} from './rules/index'
import {dropRestated, keepMostSpecific} from './rules/precedence'
import {addCiteSuggestions} from './rules/unproven-claim'
import {profileChecklist, type ProfileChecklist} from './profiles/checklist'
import {documentContext, type DocumentContext} from './profiles/context'
import {resolveProfile} from './profiles/detect'
import {applyFix} from './fix'
import {frontMatterStrings, readFrontMatter} from './profiles/front-matter'
import {commentCitations, linkCitations} from './proof-points/citations'
import {figureMentions} from './proof-points/figures'
import type {Citation, FigureMention, ProofContext} from './proof-points/types'
import {allSections, buildSections, type SectionBlock, type SectionView} from './sections'
import type {Finding, Fix, SuppressedFinding} from './types'

export const INVALID_DIRECTIVE_RULE = 'invalid-disable-comment'
/** Keys the front matter's lint in the chunk cache apart from a Markdown chunk of the same text. */
const FRONT_MATTER_KEY = '\0front matter\0'
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-comment'

export interface LintOptions {
  filePath?: string
  config?: ResolvedConfig
  /** Reuses chunk results across calls (the language server keeps one per document). */
  cache?: ChunkCache
  /**
   * For a long lint: called now and then with the sentence-level findings of the
   * chunks linted so far (severities and inline directives applied), so an editor can
   * show something before a huge document is done. The complete result follows.
   */
  onPartial?: (partial: {findings: Finding[]}) => void
  /** How long to lint before the first partial result, and between them (default 1500 ms). */
  partialEveryMs?: number
  /** The proof-point registry that applies to the document, and the day it is (for expiry). */
  proofPoints?: ProofContext
}

export interface Notice {
  message: string
  range: [number, number]
}

export interface LintResult {
  findings: Finding[]
  suppressed: SuppressedFinding[]
  directives: Directive[]
  /** Parts that could not be linted, each with a reason. */
  notices: Notice[]
  /** Per sentence analysis, for `inspect` and the coverage lens. */
  sentences: AnalyzedSentence[]
  sections: SectionView
  /** The competitors and our name the document was linted with: the config's, plus its title's. */
  voice: VoiceContext
  /** Its proof references (`<!-- proof: id -->`, links to an entry's source). */
  citations: Citation[]
  /** The figures its claims quote, for comparing across documents (see `figureConflicts`). */
  figures: FigureMention[]
  /** The document profile it was checked as (battlecard, email, …) and why; absent for plain Markdown. */
  profile?: {name: string; reason: string}
  /** Each element of that profile and whether the document has it (the editor's checklist lens). */
  profileChecklist?: ProfileChecklist
}

export interface AnalyzedSentence extends SentenceInput {
  range: [number, number]
}

interface ChunkResult {
  model: ChunkModel
  sentences: SentenceInput[]
  /** Findings of sentence-level rules, chunk-relative, severity not yet applied. */
  findings: Finding[]
  /**
   * The chunk's placements in the last lint that used it, by where each occurrence starts
   * (a call to action repeated down a page is one chunk): while an occurrence stays where
   * it was (an edit further down), its shifted findings and sentences are reused as they are.
   */
  placed?: Map<number, Placement>
}

/** A chunk's findings, sentences and blocks at one place in a document (`ChunkResult.placed` keys it by where). */
interface Placement {
  findings: Finding[]
  blocks: SectionBlock[]
  sentences: AnalyzedSentence[]
}

const rulesById = new Map(builtInRules.map((rule) => [rule.meta.id, rule as Rule<unknown>]))
const knownRuleIds = new Set(rulesById.keys())
let defaultConfig: ResolvedConfig | undefined

export function lint(text: string, options: LintOptions = {}): LintResult {
  const steps = lintSteps(text, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

export interface AsyncLintOptions {
  /** Checked between chunks: true abandons the run (a newer version superseded it). */
  cancelled?: () => boolean
  /** How long to work before letting the event loop run (default 8 ms). */
  sliceMs?: number
  /** Lets the event loop run (the server passes setImmediate; default setTimeout 0). */
  yieldToEventLoop?: () => Promise<void>
}

/**
 * `lint`, in slices: it yields to the event loop every few milliseconds, so a server
 * stays responsive while a 5 MB document lints, and it stops early, returning
 * undefined, once `cancelled()` says the result is no longer wanted.
 */
export async function lintAsync(text: string, options: LintOptions = {}, control: AsyncLintOptions = {}): Promise<LintResult | undefined> {
  const {cancelled = () => false, sliceMs = 8, yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0))} = control
  const steps = lintSteps(text, options)
  let sliceStart = performance.now()
  for (;;) {
    if (cancelled()) return undefined
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop()
      sliceStart = performance.now()
    }
  }
}

/** The work of one lint, yielding after each chunk (see `lint` and `lintAsync`). */
function* lintSteps(text: string, options: LintOptions): Generator<void, LintResult, void> {
  // The title's "Acme vs Globex" adds to the config's competitors, for this document only.
  const config = withDocumentVoice(options.config ?? (defaultConfig ??= resolveConfig()), text)
  const syntax = syntaxOf(options.filePath)
  // Read first: a wrong `pitchlint:` key in front matter is a config error (exit 2), before any work.
  const frontMatter = readFrontMatter(text, options.filePath, config.profiles.map((profile) => profile.name))
  const enabled = [...rulesById.values()].filter((rule) => config.rules.get(rule.meta.id)?.severity !== 'off')
  const lines = new LineIndex(text)

  const findings: Finding[] = []
  const notices: Notice[] = []
  const comments: Array<{value: string; range: [number, number]}> = []
  const sectionBlocks: SectionBlock[] = []
  const sentences: AnalyzedSentence[] = []

  const definitions = findDefinitions(text)
  const planned: Array<{chunk: Chunk; text: string; uses: string; key: string; result?: ChunkResult}> = []
  for (const chunk of splitChunks(text, {split: syntax !== 'mdx'})) {
    const chunkText = text.slice(chunk.start, chunk.end)
    if (chunk.kind === 'frontmatter') {
      // Its copy (a meta description, a subtitle) is linted sentence by sentence; the rest is data.
      // A keystroke below it finds the result cached, and its values are not aligned and split again.
      const key = `${FRONT_MATTER_KEY}${chunkText}`
      let result = options.cache?.get(key, syntax, config.fingerprint)
      if (!result) {
        const copy = frontMatterCopy(frontMatter, text, config.frontMatterCopy)
        if (!copy) continue
        result = withYamlSafeEdits(lintChunk(chunkText, copy, config, enabled), chunkText)
        options.cache?.set(key, syntax, config.fingerprint, result)
      }
      planned.push({chunk, text: chunkText, uses: '', key, result})
      continue
    }
    const uses = definitionsFor(chunkText, definitions)
    const key = uses ? `${chunkText}\0${uses}` : chunkText
    planned.push({chunk, text: chunkText, uses, key, result: options.cache?.get(key, syntax, config.fingerprint)})
  }
  // Chunks not in the cache are parsed in runs of neighbours: one parse per run.
  const partialEvery = options.partialEveryMs ?? 1500
  let lastPartial = performance.now()
  for (const run of missingRuns(planned)) {
    const runStart = run[0].chunk.start
    const uses = run.map((item) => item.uses)
    const models = buildChunkModels(text.slice(runStart, run[run.length - 1].chunk.end), run.map((item) => item.chunk.start - runStart), syntax, uses)
    run.forEach((item, index) => {
      // A chunk repeated in the document is linted once: its later occurrences share the result (and its placements).
      const earlier = options.cache?.get(item.key, syntax, config.fingerprint)
      if (earlier) return void (item.result = earlier)
      item.result = lintChunk(item.text, models[index], config, enabled)
      options.cache?.set(item.key, syntax, config.fingerprint, item.result)
    })
    if (options.onPartial && performance.now() - lastPartial >= partialEvery) {
      options.onPartial({findings: partialFindings(planned, lines)})
      lastPartial = performance.now()
    }
    yield
  }
  let sinceYield = 0
  const placements = new Map<ChunkResult, Map<number, Placement>>()
  for (const {chunk, result} of planned) {
    const base = chunk.start
    if (result!.model.problem) notices.push({message: result!.model.problem, range: [base, chunk.end]})
    for (const comment of result!.model.comments) comments.push({value: comment.value, range: shift(comment.range, base)})
    const placed = place(result!, base)
    const occurrences = placements.get(result!)
    if (occurrences) occurrences.set(base, placed)
    else placements.set(result!, new Map([[base, placed]]))
    for (const finding of placed.findings) findings.push(finding)
    for (const sentence of placed.sentences) sentences.push(sentence)
    // Front matter copy gets the sentence rules only: the page's parts and sections are its body's.
    if (chunk.kind !== 'frontmatter') for (const block of placed.blocks) sectionBlocks.push(block)
    if ((sinceYield += placed.sentences.length) > 2000) {
      sinceYield = 0
      yield
    }
  }
  // The next lint reuses what this one placed, and nothing older.
  for (const [result, placed] of placements) result.placed = placed
  // Only a complete run knows which chunks the document still has.
  options.cache?.sweep()

  const sections = buildSections(sectionBlocks, [0, text.length])
  const profile = resolveProfile({text, filePath: options.filePath, configProfile: config.profile, frontMatter, sections, profiles: config.profiles})
  const document = documentContext(text, sections, frontMatter, profile)
  const sectionVisitors = enabled.flatMap((rule) => {
    const visitors = create(rule, config, findings, document)
    return visitors.section ? [visitors.section] : []
  })
  const sectionFrom = findings.length
  if (sectionVisitors.length > 0) for (const section of allSections(sections)) for (const visit of sectionVisitors) visit(section)
  dropRestated(findings, sectionFrom)

  // Proof points: what the document cites and quotes, checked against the registry.
  const registry = options.proofPoints?.registry
  const proofComments = comments.filter((comment) => !comment.value.includes('pitchlint-'))
  const byStart = proofComments.length > 0 ? [...sentences].sort((a, b) => a.range[0] - b.range[0]) : []
  const citations = [...commentCitations(proofComments, byStart, text), ...linkCitations(registry ? sentences.map((s) => s.view) : [], registry)]
  const figures = figureMentions(sentences, citations, registry)
  const proofInput = {sentences, citations, figures, registry, today: options.proofPoints?.today}
  for (const rule of enabled) create(rule, config, findings).proof?.(proofInput)
  addCiteSuggestions(findings, figures, registry, syntax === 'mdx')

  const {directives, problems} = parseDirectives(comments, knownRuleIds)
  const {kept, suppressed} = applyDirectives(findings, directives, lines)
  if (config.rules.get(INVALID_DIRECTIVE_RULE)?.severity !== 'off') {
    for (const problem of problems) {
      kept.push({
        ruleId: INVALID_DIRECTIVE_RULE,
        messageId: 'invalid',
        severity: severityOf(config, INVALID_DIRECTIVE_RULE),
        message: problem.message,
        note: problem.note,
        range: problem.range,
        url: ruleUrl(INVALID_DIRECTIVE_RULE),
      })
    }
  }
  // Reported after the directives are applied, so no comment can silence it.
  if (config.rules.get(UNUSED_DIRECTIVE_RULE)?.severity !== 'off') {
    for (const {directive, rules} of unusedDirectives(directives, suppressed)) {
      const data = {kind: directive.kind, rules: rules.map((id) => `“${id}”`).join(', ')}
      const messageId = rules.length > 0 ? 'unusedRules' : 'unused'
      kept.push({
        ruleId: UNUSED_DIRECTIVE_RULE,
        messageId,
        severity: severityOf(config, UNUSED_DIRECTIVE_RULE),
        message: formatMessage(rulesById.get(UNUSED_DIRECTIVE_RULE)!.meta, messageId, data),
        range: directive.range,
        url: ruleUrl(UNUSED_DIRECTIVE_RULE),
        ...(directive.reason && {note: `Reason given: ${directive.reason}`}),
      })
    }
  }
  kept.sort(byRange)
  markReportedFigures(figures, config, directives, lines)
  const voice: VoiceContext = config.ours === undefined ? {competitors: config.competitors} : {competitors: config.competitors, ours: config.ours}
  const checklist = profileChecklist(document)
  return {
    findings: kept, suppressed, directives, notices, sentences, sections, voice, citations, figures,
    ...(profile && {profile: {name: profile.name, reason: profile.reason}}),
    ...(checklist && {profileChecklist: checklist}),
  }
}

const FIGURE_RULE = 'inconsistent-figure'

/**
 * Says how `inconsistent-figure` is reported at each figure, for the findings made
 * across documents after this lint: at the rule's severity, unless the rule is off or
 * an inline comment silences it there.
 */
function markReportedFigures(figures: FigureMention[], config: ResolvedConfig, directives: readonly Directive[], lines: LineIndex): void {
  if (figures.length === 0 || config.rules.get(FIGURE_RULE)?.severity === 'off') return
  const severity = severityOf(config, FIGURE_RULE)
  const probes: Finding[] = figures.map((figure) => ({ruleId: FIGURE_RULE, messageId: 'elsewhere', severity, message: '', range: figure.range, url: ''}))
  // Probes go to copies of the directives: counting their use would make a comment look used by a finding no one reported.
  const {kept} = applyDirectives(probes, directives.map((directive) => ({...directive})), lines)
  const reported = new Set(kept)
  figures.forEach((figure, index) => {
    if (reported.has(probes[index])) figure.severity = severity
  })
}

/** The chunk's findings, sentences and blocks at `base` in the document (the last lint's, when it had one there). */
function place(result: ChunkResult, base: number): Placement {
  const reused = result.placed?.get(base)
  if (reused) return reused
  const findings = result.findings.map((finding) => shiftFinding(finding, base))
  const sentences: AnalyzedSentence[] = []
  const blocks: SectionBlock[] = []
  // Sentences come block by block, in order: walk both lists together.
  let next = 0
  for (const block of result.model.blocks) {
    const own: AnalyzedSentence[] = []
    for (; next < result.sentences.length && result.sentences[next].view.block === block; next++) {
      const {view, analysis, proofIds} = result.sentences[next]
      const placedView = view.rebased(base)
      own.push(proofIds ? {view: placedView, analysis, range: placedView.range(), proofIds} : {view: placedView, analysis, range: placedView.range()})
    }
    for (const sentence of own) sentences.push(sentence)
    blocks.push({kind: block.kind, depth: block.depth, range: shift(block.range, base), text: block.text, sentences: own})
  }
  return {findings, blocks, sentences}
}

/** Sentence-level findings of the chunks linted so far, as the final result would show them. */
function partialFindings(planned: ReadonlyArray<{chunk: Chunk; result?: ChunkResult}>, lines: LineIndex): Finding[] {
  const findings: Finding[] = []
  const comments: Array<{value: string; range: [number, number]}> = []
  for (const {chunk, result} of planned) {
    if (!result) continue
    for (const comment of result.model.comments) comments.push({value: comment.value, range: shift(comment.range, chunk.start)})
    for (const finding of result.findings) findings.push(shiftFinding(finding, chunk.start))
  }
  const {directives} = parseDirectives(comments, knownRuleIds)
  return applyDirectives(findings, directives, lines).kept.sort(byRange)
}

/**
 * The front matter chunk's findings with only the fixes and suggestions after which the
 * front matter is still YAML and the edit's words are still in a value.
 */
function withYamlSafeEdits(result: ChunkResult, chunkText: string): ChunkResult {
  const keepsValue = (fix: Fix) => {
    const values = frontMatterStrings(applyFix(chunkText, fix))
    return values !== undefined && (fix.text === '' || values.some((value) => value.includes(fix.text)))
  }
  const findings = result.findings.map((finding) => {
    const fix = finding.fix && !keepsValue(finding.fix) ? undefined : finding.fix
    const suggestions = finding.suggestions?.filter((suggestion) => keepsValue(suggestion.fix))
    if (fix === finding.fix && suggestions?.length === finding.suggestions?.length) return finding
    const {fix: _fix, suggestions: _suggestions, ...rest} = finding
    return {...rest, ...(fix && {fix}), ...(suggestions?.length && {suggestions})}
  })
  return {...result, findings}
}

/** Runs of consecutive chunks missing from the cache, each at most RUN_BYTES long. */
function missingRuns<T extends {chunk: Chunk; result?: ChunkResult}>(planned: readonly T[]): T[][] {
  const runs: T[][] = []
  let run: T[] = []
  let size = 0
  for (const item of planned) {
    const length = item.chunk.end - item.chunk.start
    if (item.result || size + length > RUN_BYTES) {
      if (run.length) runs.push(run)
      run = []
      size = 0
    }
    if (item.result) continue
    run.push(item)
    size += length
  }
  if (run.length) runs.push(run)
  return runs
}

/** The most text parsed in one go: bigger runs save set-up, smaller ones let a server answer sooner. */
const RUN_BYTES = 32 * 1024

function lintChunk(chunkText: string, model: ChunkModel, config: ResolvedConfig, enabled: readonly Rule<unknown>[]): ChunkResult {
  // Everything cached for the chunk points into this copy, not into the whole document.
  const text = ownCopy(chunkText)
  const findings: Finding[] = []
  const visitors = enabled.flatMap((rule) => {
    const visitor = create(rule, config, findings).sentence
    return visitor ? [visitor] : []
  })
  const sentences: SentenceInput[] = []
  const units = unitsOf(model)
  const proofIds = proofIdsBySentence(model, text, units)
  for (const block of model.blocks) {
    const unit = units.get(block)!
    block.sentences.forEach((sentence, index) => {
      const view = new SentenceView(block, sentence, text, unit, index)
      const ids = proofIds?.get(sentence)
      const input: SentenceInput = ids ? {view, analysis: analyzeSentence(view, config), proofIds: ids} : {view, analysis: analyzeSentence(view, config)}
      sentences.push(input)
      const sentenceStart = findings.length
      for (const visit of visitors) visit(input)
      keepMostSpecific(findings, sentenceStart)
    })
  }
  return {model, sentences, findings}
}

/** The registry ids that `<!-- proof: id -->` comments cite, by the sentence they stand in or after. */
function proofIdsBySentence(model: ChunkModel, text: string, units: Map<BlockModel, UnitView>): Map<SentenceModel, string[]> | undefined {
  const proofComments = model.comments.filter((comment) => !comment.value.includes('pitchlint-'))
  if (proofComments.length === 0) return undefined
  const placed: Array<{range: [number, number]; sentence: SentenceModel}> = []
  for (const block of model.blocks) {
    block.sentences.forEach((sentence, index) => placed.push({range: new SentenceView(block, sentence, text, units.get(block)!, index).range(), sentence}))
  }
  placed.sort((a, b) => a.range[0] - b.range[0])
  const byStart = new Map(placed.map((item) => [item.range[0], item.sentence]))
  const ids = new Map<SentenceModel, string[]>()
  for (const citation of commentCitations(proofComments, placed, text)) {
    const sentence = citation.sentence && byStart.get(citation.sentence[0])
    if (!sentence) continue
    const list = ids.get(sentence) ?? []
    list.push(citation.id)
    ids.set(sentence, list)
  }
  return ids
}

function create(rule: Rule<unknown>, config: ResolvedConfig, sink: Finding[], document?: DocumentContext): Visitors {
  const {meta} = rule
  const options = config.rules.get(meta.id)?.options ?? meta.defaultOptions
  return rule.create({
    options,
    lexicon: config.lexicon,
    ...(document && {document}),
    report(report: Report) {
      checkReport(meta, report)
      sink.push({
        ruleId: meta.id,
        messageId: report.messageId,
        // Severity is part of the config the chunk cache is keyed by, so it is set here,
        // once: a finding that did not move keeps its identity from lint to lint.
        severity: report.severity ?? severityOf(config, meta.id),
        message: formatMessage(meta, report.messageId, report.data),
        range: report.range,
        url: ruleUrl(meta.id),
        ...(report.actual !== undefined && {actual: report.actual}),
        ...(report.note !== undefined && {note: report.note}),
        ...(report.fix && {fix: report.fix}),
        ...(report.suggestions?.length && {suggestions: report.suggestions}),
        ...(report.related?.length && {related: report.related}),
      })
    },
  })
}

/** The message unit around each block: its innermost list item (sub-bullets included), or itself. */
function unitsOf(model: ChunkModel): Map<BlockModel, UnitView> {
  const itemBlocks = new Map<number, BlockModel[]>()
  for (const block of model.blocks) {
    for (const id of block.listItems) {
      const list = itemBlocks.get(id) ?? []
      list.push(block)
      itemBlocks.set(id, list)
    }
  }
  const rows = new Map<number, BlockModel[]>()
  const headers = new Map<string, string>()
  for (const block of model.blocks) {
    if (!block.table) continue
    const row = rows.get(block.table.rowId) ?? []
    row.push(block)
    rows.set(block.table.rowId, row)
    if (block.table.header) headers.set(`${block.table.rowId - block.table.row}:${block.table.column}`, block.text)
  }
  const headerOf = (cell: BlockModel) => headers.get(`${cell.table!.rowId - cell.table!.row}:${cell.table!.column}`)
  const rowHeaders = new Map<number, Array<string | undefined>>()
  const units = new Map<BlockModel, UnitView>()
  // One text per list item, joined once: an item of thousands of paragraphs would cost their square.
  const itemTexts = new Map<number, string>()
  for (const block of model.blocks) {
    const innermost = block.listItems[block.listItems.length - 1]
    const blocks = innermost === undefined ? [block] : itemBlocks.get(innermost)!
    let text = innermost === undefined ? block.text : itemTexts.get(innermost)
    if (text === undefined) itemTexts.set(innermost!, (text = blocks.map((b) => b.text).join('\n')))
    const unit: UnitView = {kind: block.kind, text, blocks}
    if (block.table) {
      const row = rows.get(block.table.rowId)!
      let cellHeaders = rowHeaders.get(block.table.rowId)
      if (!cellHeaders) rowHeaders.set(block.table.rowId, (cellHeaders = row.map(headerOf)))
      unit.row = row
      unit.rowHeaders = cellHeaders
      unit.columnHeader = headerOf(block)
    }
    units.set(block, unit)
  }
  return units
}

function severityOf(config: ResolvedConfig, ruleId: string): Finding['severity'] {
  return config.rules.get(ruleId)?.severity === 'error' ? 'error' : 'warning'
}

function shift(range: [number, number], base: number): [number, number] {
  return [range[0] + base, range[1] + base]
}

function shiftFinding(finding: Finding, base: number): Finding {
  if (base === 0) return finding
  return {
    ...finding,
    range: shift(finding.range, base),
    ...(finding.fix && {fix: {...finding.fix, range: shift(finding.fix.range, base)}}),
    ...(finding.suggestions && {suggestions: finding.suggestions.map((s) => ({...s, fix: {...s.fix, range: shift(s.fix.range, base)}}))}),
  }
}

function byRange(a: Finding, b: Finding): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId)
}

/**
 * Chunk results of one document (or any set of texts), by chunk text, per config and
 * syntax. Lookups use V8's own string hashing of the chunk text; a stored key is a
 * private copy of that text, so the cache never keeps an old version of the document
 * alive. After each complete lint, chunks the document no longer has are dropped
 * (`sweep`), so the cache holds what the current text needs and no more.
 */
export class ChunkCache {
  /** By config fingerprint and syntax, then by chunk text (the same fingerprint string comes back on every lint, so its hash is computed once). */
  private readonly byConfig = new Map<string, Map<Syntax, Map<string, ChunkResult>>>()
  private readonly used = new Set<ChunkResult>()
  private count = 0

  constructor(private readonly capacity = 20000) {}

  private table(syntax: Syntax, fingerprint: string): Map<string, ChunkResult> {
    let bySyntax = this.byConfig.get(fingerprint)
    if (!bySyntax) {
      bySyntax = new Map()
      this.byConfig.set(fingerprint, bySyntax)
    }
    let table = bySyntax.get(syntax)
    if (!table) {
      table = new Map()
      bySyntax.set(syntax, table)
    }
    return table
  }

  get(text: string, syntax: Syntax, fingerprint: string): ChunkResult | undefined {
    const hit = this.table(syntax, fingerprint).get(text)
    if (hit) this.used.add(hit)
    return hit
  }

  set(text: string, syntax: Syntax, fingerprint: string, result: ChunkResult): void {
    if (this.count >= this.capacity) this.clear()
    const table = this.table(syntax, fingerprint)
    if (!table.has(text)) this.count++
    table.set(ownCopy(text), result)
    this.used.add(result)
  }

  /** Drops every entry the last complete lint did not use. */
  sweep(): void {
    for (const [fingerprint, bySyntax] of this.byConfig) {
      for (const [syntax, table] of bySyntax) {
        for (const [text, result] of table) {
          if (this.used.has(result)) continue
          table.delete(text)
          this.count--
        }
        if (table.size === 0) bySyntax.delete(syntax)
      }
      if (bySyntax.size === 0) this.byConfig.delete(fingerprint)
    }
    this.used.clear()
  }

  get size(): number {
    return this.count
  }

  clear(): void {
    this.byConfig.clear()
    this.used.clear()
    this.count = 0
  }
}

/**
 * A copy of a string that shares no memory with the string it came from. A chunk's
 * text is a slice of the whole document, and a slice keeps its parent alive; V8 copies
 * when it flattens a concatenation, and the slice of that copy points into the copy.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1)
}
