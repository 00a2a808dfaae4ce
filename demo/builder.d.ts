// Types for test/builder/builder.test.ts (builder.js is plain JS, served as is).
export declare const LOCAL_DIST: string;
export declare const WIDGETS: Record<string, string>;
export declare const LANGUAGES: Record<string, string>;
export declare const KINDS: Record<'script' | 'iframe' | 'amp', { label: string; help: string }>;
export declare const ENUMS: Record<string, Record<string, string[]>>;
export declare function sriHash(url: string): Promise<string>;

export interface BuilderState {
  widget: string;
  lang: string;
  theme: string;
  base: string;
  attrs: Record<string, string | true | undefined>;
}

export declare class PcwBuilder extends HTMLElement {
  state: BuilderState;
  ready: Promise<void>;
  /** The update started by the last change of a control. */
  updating?: Promise<void>;
  snippet: string;
  /** Each kind's snippet ('' where there is none). */
  snippets: Record<'script' | 'iframe' | 'amp', string>;
  /** Each download's file for the current options (the PNG arrives a moment after the others). */
  downloads: Partial<Record<'svg' | 'png' | 'html', { name: string; blob: Blob }>>;
  integrity: string | null;
  version: string | null;
  data: { summary: unknown; principles: unknown; register: unknown; index: unknown };
  set(partial: Partial<BuilderState>): Promise<void>;
  setData(data: Record<string, unknown>): Promise<void>;
  previewWidget(device?: 'phone' | 'desktop', timeout?: number): Promise<HTMLElement>;
}
