import { compile } from '@mdx-js/mdx'
import { describe, expect, it } from 'vitest'
import rehypeCode from './rehype-code.mjs'

async function compileLesson(markdown: string): Promise<string> {
  const output = await compile({ path: 'content/lessons/prova.mdx', value: markdown }, { rehypePlugins: [rehypeCode] })
  return String(output)
}

describe('rehypeCode', () => {
  it('highlights a supported language', async () => {
    const output = await compileLesson('```dockerfile\nFROM nginx:1.27\n```\n')
    expect(output).toContain('shiki')
    expect(output).toContain('"data-lang": "dockerfile"')
  })

  it('marks runnable fences', async () => {
    const output = await compileLesson('```bash runnable\ndocker ps\n```\n')
    expect(output).toContain('"data-runnable": "true"')
  })

  it('rejects an unknown language naming the file', async () => {
    await expect(compileLesson('```toml\na = 1\n```\n')).rejects.toThrow(
      'content/lessons/prova.mdx: unknown code language "toml"',
    )
  })

  it('rejects a fence without a language', async () => {
    await expect(compileLesson('```\nplain\n```\n')).rejects.toThrow('a code block has no language')
  })
})
