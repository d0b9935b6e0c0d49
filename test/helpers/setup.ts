import fc from 'fast-check'

// Every property runs from one fixed seed so CI is reproducible: the same
// commit always tries the same inputs. When a property fails, fast-check prints
// the seed and the counterexample's path; replay it locally with
// `FC_SEED=<seed> npx vitest run <file>` (and raise FC_RUNS to search harder).
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261124),
  numRuns: Number(process.env.FC_RUNS ?? 200),
})
