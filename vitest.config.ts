import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on CI: forks keep memory per worker bounded and predictable.
    pool: 'forks',
    testTimeout: 30_000
  }
})
