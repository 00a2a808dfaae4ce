// Compiled with `strict` under moduleResolution "bundler" and "node16" (see
// tsconfig.*.json): element types reach users through HTMLElementTagNameMap.
// Each @ts-expect-error fails the compile if the types ever stop catching it.
import 'paris-call-widgets/counter.js';
import type { CounterCategory, ParisCallCounter } from 'paris-call-widgets/counter.js';
import { loadSummary, type Summary } from 'paris-call-widgets';
// The per-language single modules share the main entry's types.
import { loadSummary as loadSummaryHu } from 'paris-call-widgets/lang/hu.js';

const counter = document.createElement('paris-call-counter');
counter.category = 'state';
counter.layout = 'compact';
counter.noAnimation = true;
counter.src = '/data/summary.json';
const category: CounterCategory = counter.category;
const same: ParisCallCounter = counter;

// @ts-expect-error 'planet' is not a counter category
counter.category = 'planet';
// @ts-expect-error noAnimation is a boolean
counter.noAnimation = 'yes';

const found = document.querySelector('paris-call-counter');
const status: 'loading' | 'ready' | 'not-found' | 'error' | undefined = found?.status;

// The whole library types every tag and the data.
document.createElement('paris-call-map').mode = 'states';
document.createElement('paris-call-principle').number = 6;
// @ts-expect-error number is a number
document.createElement('paris-call-principle').number = '6';
const total: Promise<number> = loadSummary('/data/summary.json').then((s: Summary) => s.counts.total);

const totalHu: Promise<number> = loadSummaryHu('/data/summary.json').then((s: Summary) => s.counts.total);
// @ts-expect-error the per-language module is typed like the main entry: no such export
import { noSuchExport } from 'paris-call-widgets/lang/hu.js';

export { category, same, status, total, totalHu, noSuchExport };
