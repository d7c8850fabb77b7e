// A Web Test Runner reporter that repeats every failure at the very end of the run.
// Why: the default reporter prints a file's errors when that file ends, hundreds of lines before the last
// line; a CI log that keeps only its head and tail then says "1 failed" without saying which.
import { relative } from 'node:path';

/** Walks a session's suites and yields [title path, test] for each test that failed. */
function* failedTests(suite, path = []) {
  for (const test of suite?.tests ?? []) {
    if (!test.passed && !test.skipped) yield [[...path, test.name], test];
  }
  for (const child of suite?.suites ?? []) yield* failedTests(child, [...path, child.name]);
}

export function failureSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const lines = [];
      for (const session of sessions) {
        for (const error of session.errors ?? []) {
          lines.push(`  ${relative(process.cwd(), session.testFile)}: ${error.message ?? error}`);
        }
        for (const [path, test] of failedTests(session.testResults)) {
          lines.push(`  ${relative(process.cwd(), session.testFile)} › ${path.join(' › ')}`);
          if (test.error) lines.push(`      ${String(test.error.message).split('\n').join('\n      ')}`);
          const stack = test.error?.stack?.split('\n').slice(0, 4).join('\n      ');
          if (stack) lines.push(`      ${stack}`);
        }
      }
      if (lines.length > 0) console.log(`\nFailures of this run, repeated:\n${lines.join('\n')}\n`);
    },
  };
}
