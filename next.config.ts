import path from 'node:path'
import type { NextConfig } from 'next'
import createMDX from '@next/mdx'

// Turbopack requires MDX plugins as module names or absolute paths with
// JSON-serialisable options, never as imported functions.
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: ['remark-gfm', 'remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }]],
    rehypePlugins: [
      'rehype-slug',
      path.join(process.cwd(), 'mdx/rehype-code.mjs'),
      path.join(process.cwd(), 'mdx/rehype-sections.mjs'),
    ],
  },
})

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx'],
  // `npm test` type-checks the whole project (tests included) with
  // `tsc --noEmit` before it builds, so the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
}

export default withMDX(nextConfig)
