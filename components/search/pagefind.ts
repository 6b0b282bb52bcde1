// Loads the Pagefind index that `npm run build` writes to out/pagefind/ and
// turns its results into plain data for the search dialog.

/** One link in the results: a lesson, or a section of it. */
export interface SearchHit {
  url: string
  title: string
  /** Excerpt split into text runs; `marked` runs matched the query. */
  excerpt: ExcerptRun[]
}

export interface SearchResult extends SearchHit {
  sections: SearchHit[]
}

export interface ExcerptRun {
  text: string
  marked: boolean
}

interface PagefindSubResult {
  url: string
  title: string
  excerpt: string
}

interface PagefindData extends PagefindSubResult {
  meta: { title?: string }
  sub_results: PagefindSubResult[]
}

interface PagefindModule {
  init(): Promise<void>
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>
}

const PAGEFIND_URL = '/pagefind/pagefind.js'
const MAX_RESULTS = 8
const MAX_SECTIONS = 3

let loading: Promise<PagefindModule> | null = null

/** Imports the Pagefind runtime once; the promise rejects when the index was not built (`next dev`). */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= importPagefind().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

async function importPagefind(): Promise<PagefindModule> {
  // The URL is a variable and the comments stop the bundler from resolving
  // it: the file exists only in the exported site, not in the sources.
  const url = PAGEFIND_URL
  const module = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindModule
  await module.init()
  return module
}

/** Searches the lessons and returns up to MAX_RESULTS pages with their best sections. */
export async function searchLessons(query: string): Promise<SearchResult[]> {
  const pagefind = await loadPagefind()
  const search = await pagefind.search(query)
  const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()))

  return pages.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: parseExcerpt(page.excerpt),
    sections: page.sub_results
      .filter((section) => section.url !== page.url)
      .slice(0, MAX_SECTIONS)
      .map((section) => ({ url: section.url, title: section.title, excerpt: parseExcerpt(section.excerpt) })),
  }))
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }

/**
 * Splits a Pagefind excerpt, escaped text with `<mark>` around the matches,
 * into text runs. The dialog renders the runs as text, never as HTML.
 */
export function parseExcerpt(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = []
  const parts = excerpt.split(/(<mark>|<\/mark>)/)
  let marked = false

  for (const part of parts) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>'
      continue
    }
    if (part !== '') runs.push({ text: decodeEntities(part), marked })
  }

  return runs
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
}
