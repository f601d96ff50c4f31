import { describe, expect, it } from 'vitest';
import { requestId } from './request-id.js';

describe('requestId', () => {
  it('is a version-7 UUID whose order follows time', () => {
    const earlier = requestId(1_790_000_000_000);
    const later = requestId(1_790_000_000_001);
    expect(earlier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(earlier < later).toBe(true);
    expect(requestId(1)).not.toBe(requestId(1));
  });
});
