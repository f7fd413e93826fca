/**
 * `declutter`: prints the article of a news page (file, URL or stdin) as text, markdown, JSON or
 * JSON lines. Contract: docs/ARCHITECTURE.md, "Contracts". The work is in run.ts; this is the process glue.
 */

import { run } from './run';

// `declutter page.html | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Set the status rather than calling process.exit, so output still queued for a pipe is flushed.
process.exitCode = await run(
  process.argv.slice(2),
  (s) => void process.stdout.write(s),
  (s) => void process.stderr.write(s),
);
