/**
 * Builds the upstream body. The canonical request is already OpenAI-shaped, so unknown client fields pass
 * through untouched; only streaming flags, route extras and the output-cap field name are set here.
 */
import { RungError } from '../../spec/errors.js';
import type { ProviderCall } from '../../spec/provider.js';

export function toOpenAIBody(
  call: ProviderCall,
  stream: boolean,
  maxTokensField: 'max_tokens' | 'max_completion_tokens',
): string {
  const body: Record<string, unknown> = { ...call.request, ...call.extraBody };
  if (stream) {
    body.stream = true;
    // Always ask for usage: it prices the call. The core hides the usage chunk from clients that did not ask.
    body.stream_options = { ...(call.request.stream_options ?? {}), include_usage: true };
  } else {
    delete body.stream;
    delete body.stream_options;
  }
  // The core writes the cap as max_tokens; move it where this vendor wants it, unless the client chose.
  if (
    maxTokensField === 'max_completion_tokens' &&
    body.max_tokens !== undefined &&
    body.max_completion_tokens === undefined
  ) {
    body.max_completion_tokens = body.max_tokens;
    delete body.max_tokens;
  }
  try {
    return JSON.stringify(body);
  } catch (error) {
    // A value nested deeper than the stack allows; the client's request is at fault, not the upstream.
    throw new RungError('RUNG_INVALID_REQUEST', 'the request cannot be serialised (nested too deeply?)', {
      cause: error,
    });
  }
}
