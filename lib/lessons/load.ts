import fs from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import { parse as parseYaml } from 'yaml'
import type { MDXContent } from 'mdx/types'
import { LESSONS, type LessonEntry } from './catalog'
import { parseLessonFrontmatter, type LessonFrontmatter } from './schema'

// Server-only helpers that read lessons at build time.

export interface TocEntry {
  id: string
  title: string
}

export interface LoadedLesson {
  entry: LessonEntry
  frontmatter: LessonFrontmatter
  Content: MDXContent
  toc: TocEntry[]
}

const LESSON_DIR = path.join(process.cwd(), 'content', 'lessons')

export function lessonFile(slug: string): string {
  return path.join(LESSON_DIR, `${slug}.mdx`)
}

export function lessonExists(slug: string): boolean {
  return fs.existsSync(lessonFile(slug))
}

/** Strips inline Markdown so the slug matches the id rehype-slug derives from the rendered heading. */
function plainHeadingText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*([^*]*)\*/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
}

/** Builds the table of contents from the `##` headings outside code fences. */
export function extractToc(source: string): TocEntry[] {
  const slugger = new GithubSlugger()
  const toc: TocEntry[] = []
  let inFence = false

  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    if (inFence) continue

    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line)
    if (!heading) continue

    const text = plainHeadingText(heading[2] ?? '')
    const id = slugger.slug(text)
    if (heading[1] === '##') toc.push({ id, title: text })
  }
  return toc
}

export async function loadLesson(slug: string): Promise<LoadedLesson | null> {
  const entry = LESSONS.find((lesson) => lesson.slug === slug)
  if (!entry || !lessonExists(slug)) return null

  const mdxModule = (await import(`../../content/lessons/${slug}.mdx`)) as {
    default: MDXContent
    frontmatter?: unknown
  }
  const file = `content/lessons/${slug}.mdx`
  const frontmatter = parseLessonFrontmatter(file, mdxModule.frontmatter)
  const toc = extractToc(fs.readFileSync(lessonFile(slug), 'utf8'))

  return { entry, frontmatter, Content: mdxModule.default, toc }
}

/** Lesson titles and summaries for the home page, frontmatter first. */
export function readLessonCards(): Array<LessonEntry & { written: boolean; minutes?: number }> {
  return LESSONS.map((entry) => {
    if (!lessonExists(entry.slug)) return { ...entry, written: false }

    const frontmatter = readFrontmatter(entry.slug)
    return { ...entry, title: frontmatter.title, summary: frontmatter.summary, minutes: frontmatter.minutes, written: true }
  })
}

function readFrontmatter(slug: string): LessonFrontmatter {
  const source = fs.readFileSync(lessonFile(slug), 'utf8')
  const match = /^---\n([\s\S]*?)\n---/.exec(source)
  const file = `content/lessons/${slug}.mdx`
  if (!match) throw new Error(`Missing frontmatter in ${file}: start the file with a --- block (see docs/authoring.md).`)

  return parseLessonFrontmatter(file, parseYaml(match[1] ?? ''))
}
