/**
 * A problem with the inputs or the command line that the user must fix. The
 * CLI prints its message as one line and exits non-zero, without a stack
 * trace: the message, not our call stack, tells the publisher what to do.
 */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** Bad command-line usage (exit code 2, as most CLIs do). */
export class UsageError extends DataError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One line on stderr; the stack only when asked for (a bug, not bad data). */
export function fail(err: unknown, prefix = 'build:data'): number {
  if (err instanceof DataError) {
    process.stderr.write(`${prefix}: error: ${err.message}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
  const e = err as Error;
  process.stderr.write(`${prefix}: internal error: ${e?.message ?? String(err)} (set BUILD_DATA_DEBUG=1 for the stack)\n`);
  if (process.env.BUILD_DATA_DEBUG) process.stderr.write(`${e?.stack}\n`);
  return 1;
}
