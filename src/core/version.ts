declare const __PCW_VERSION__: string;

/** The package's version, written in by the build (rollup.config.js, web-test-runner.config.js). */
export const VERSION: string = __PCW_VERSION__;
