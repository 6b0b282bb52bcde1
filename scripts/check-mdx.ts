// Compiles lesson MDX files with the same remark/rehype plugins as the app
// and validates their frontmatter, so an author can check a lesson without
// running a full `next build`. Usage: node scripts/check-mdx.mjs [FILE...]
import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdxFrontmatter from 'remark-mdx-frontmatter'
import rehypeSlug from 'rehype-slug'
import { parse as parseYaml } from 'yaml'
import rehypeCode from '../mdx/rehype-code.mjs'
import rehypeSections from '../mdx/rehype-sections.mjs'
import { parseLessonFrontmatter } from '../lib/lessons/schema'

async function checkFile(file: string): Promise<boolean> {
  const source = fs.readFileSync(file, 'utf8')

  try {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)
    if (!frontmatter) throw new Error(`Missing frontmatter in ${file}`)
    parseLessonFrontmatter(file, parseYaml(frontmatter[1] ?? ''))

    await compile(
      { path: file, value: source },
      {
        remarkPlugins: [remarkGfm, remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }]],
        rehypePlugins: [rehypeSlug, rehypeCode, rehypeSections],
      },
    )
    console.log(`ok   ${file}`)
    return true
  } catch (error) {
    console.log(`FAIL ${file}\n${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}

const requested = process.argv.slice(2)
const files =
  requested.length > 0
    ? requested
    : fs.readdirSync('content/lessons').filter((name) => name.endsWith('.mdx')).map((name) => path.join('content/lessons', name))

const results = await Promise.all(files.map(checkFile))
process.exit(results.every(Boolean) ? 0 : 1)
