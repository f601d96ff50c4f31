import { describe, expect, it } from 'vitest';
import { jsonContent } from './answer-content.js';

describe('jsonContent', () => {
  it('reads a top-level content field', () => {
    expect(jsonContent('{"content": "Hello there."}')).toBe('Hello there.');
  });

  it('reads message.content', () => {
    expect(jsonContent('{"message": {"role": "assistant", "content": "Hi."}}')).toBe('Hi.');
  });

  it('reads JSON inside a ```json fence', () => {
    expect(jsonContent('```json\n{\n  "content": "Fenced."\n}\n```')).toBe('Fenced.');
  });

  it('reads a truncated envelope as far as it goes, decoding escapes', () => {
    expect(jsonContent('{"content": "Line one.\\nShe said \\"hi\\" and \\u00e9t')).toBe(
      'Line one.\nShe said "hi" and ét',
    );
  });

  it('is null for plain text, JSON without content, and non-string content', () => {
    expect(jsonContent('Just text {"content": "x"}')).toBeNull();
    expect(jsonContent('{"answer": "x"}')).toBeNull();
    expect(jsonContent('{"content": 42}')).toBeNull();
    expect(jsonContent('```python\nprint(1)\n```')).toBeNull();
  });
});
