#!/usr/bin/env bash
# `npm test`: everything, in order of cost. Stops at the first failing stage and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh

# Each stage says how long the one before it took, so the suite's cost stays visible as it grows.
last=$SECONDS
stage() { echo; echo "== $1   (previous stage: $((SECONDS - last)) s, total $SECONDS s)"; last=$SECONDS; }
stage "typecheck";            npm run -s typecheck
stage "lint (biome, eslint: Lit templates and custom elements)"; npm run -s lint
stage "build";                npm run -s build
stage "size budgets";         npm run -s size
stage "unit + component tests (Web Test Runner, Chromium)"; npm run -s test:unit
stage "dev server tests";     npm run -s test:server
stage "end-to-end (demo in Chromium against the dev server)"; npm run -s test:e2e
stage "storybook build";      npm run -s build-storybook
stage "stories as tests (render, play functions, axe; Vitest in Chromium)"; npm run -s test:stories
stage "visual baselines (every story, main states in every theme and rtl)"; node scripts/visual.mjs --no-build
echo
echo "npm test: all stages passed (last stage $((SECONDS - last)) s, total $SECONDS s)"
