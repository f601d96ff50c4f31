/**
 * Finds the answer inside a JSON envelope. Models asked for structured output answer `{"content": "..."}` (or
 * `{"message": {"content": "..."}}`), sometimes in a ```json fence, and a filtered stream cuts that JSON anywhere —
 * so a broken envelope is read as far as it goes rather than thrown away.
 */

const FENCE = /^\s*```(?:json|JSON)?[ \t]*\n([\s\S]*?)(?:\n?```\s*)?$/;

function contentField(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as { content?: unknown; message?: { content?: unknown } | null };
  if (typeof record.content === 'string') return record.content;
  const message = record.message;
  if (message !== null && typeof message === 'object' && typeof message.content === 'string') return message.content;
  return null;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** Decodes a JSON string literal from `from` (just past its opening quote) up to its end or the text's end. */
function readString(text: string, from: number): string {
  let value = '';
  for (let i = from; i < text.length; i++) {
    const character = text[i] as string;
    if (character === '"') return value;
    if (character !== '\\') {
      value += character;
      continue;
    }
    const escaped = text[i + 1];
    if (escaped === undefined) return value;
    if (escaped === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return value;
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
    } else {
      value += ESCAPES[escaped] ?? escaped;
      i += 1;
    }
  }
  return value;
}

/**
 * The `content` string of a JSON answer (top level or under `message`), or null when the text is not one.
 * A truncated envelope yields the content up to the cut.
 * @example jsonContent('```json\n{"content": "Hello."}\n```') // 'Hello.'
 */
export function jsonContent(text: string): string | null {
  const first = text.search(/\S/);
  if (first < 0 || (text[first] !== '{' && text[first] !== '`')) return null;
  const body = text[first] === '`' ? FENCE.exec(text)?.[1] : text;
  if (body === undefined || !body.trimStart().startsWith('{')) return null;
  try {
    return contentField(JSON.parse(body));
  } catch {
    // Not valid JSON: most likely cut off mid-answer. Read the content string as far as it goes.
    const key = /"content"\s*:\s*"/.exec(body);
    return key === null ? null : readString(body, key.index + key[0].length);
  }
}
