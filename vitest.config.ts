import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'lib/**/*.test.ts', 'exercises/**/*.test.ts', 'components/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts', 'mdx/**/*.test.ts'],
    environment: 'node',
  },
})
