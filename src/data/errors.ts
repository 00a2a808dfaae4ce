/** Why data could not be used; each code has a localised message (`error.<code>`). */
export type DataErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'version';

export class ParisCallDataError extends Error {
  override name = 'ParisCallDataError';
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`[paris-call-widgets] ${code}: ${message} (${url})`);
  }
}
