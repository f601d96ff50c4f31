/** Values shared by the fake upstream and the checks the bench makes on every answer. */

/** The first word of every answer; a response without it (an error page, an empty body) is not a success. */
export const REPLY_MARKER = 'rung-bench-ok';

/** The model id the fake upstream serves and the gateways are configured to call. */
export const UPSTREAM_MODEL = 'gpt-bench';
