import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DataTaskStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * The widget's data load as host state: runs when the host updates with new
 * arguments, aborts the run it replaces, keeps only the newest run's result,
 * and asks the host to render on every change of status.
 *
 * Written for the four things the widgets need (status, value, error, run)
 * in place of `@lit/task`, whose general controller (render helper,
 * callbacks, completion promise, run modes) was 1.8 KB minified in every
 * bundle, about 0.45 KB brotli more than this.
 */
export class DataTask<T> implements ReactiveController {
  status: DataTaskStatus = 'initial';
  value?: T;
  error?: unknown;
  private args?: readonly unknown[];
  private abort?: AbortController;
  private runs = 0;

  constructor(
    private host: ReactiveControllerHost,
    private task: (args: readonly unknown[], signal: AbortSignal) => Promise<T>,
    private argsOf: () => readonly unknown[],
  ) {
    host.addController(this);
  }

  /** Before each render: a run when an argument changed (Object.is, one by one: NaN equals NaN). */
  hostUpdate(): void {
    const args = this.argsOf();
    const prev = this.args;
    if (!prev || args.length !== prev.length || args.some((a, i) => !Object.is(a, prev[i]))) void this.run(args);
  }

  /** Runs the task now (also "Try again"). */
  async run(args = this.argsOf()): Promise<void> {
    this.args = args;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.runs;
    this.status = 'pending';
    this.host.requestUpdate();
    let value: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.task(args, abort.signal);
    } catch (e) {
      failed = true;
      error = e;
    }
    if (run !== this.runs) return; // a newer run owns the state
    this.status = failed ? 'error' : 'complete';
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }
}
