/**
 * An input the CLI cannot read (missing, binary, HTTP error…). Its message is the one-line reason
 * printed on stderr or put in a batch's `{"file", "error"}` record; anything else thrown is a bug.
 */
export class InputError extends Error {
  override name = 'InputError';
}
