// The problem model lives below check/ and report/ (src/problems/), which both render it.
export * from '../problems/problem.js'
