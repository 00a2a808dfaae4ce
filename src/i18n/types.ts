/** What one locale file holds: everything of the interface in that language. */
export interface LocaleData<K extends string = string> {
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  /** Lengths in characters of the shipped milestones' texts, drawn as masked prose by the timeline's skeleton. */
  timelineSkeleton: number[];
  /** Every interface string, keyed as in English. */
  strings: Record<K, string>;
}
