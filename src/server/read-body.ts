/**
 * Reads a JSON request body with a hard size limit. Past the limit the client gets 413 and the rest of its
 * upload is not read; a declared Content-Length past the limit is refused before any byte is read.
 */
import type { IncomingMessage } from 'node:http';
import { RungError } from '../spec/errors.js';

export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = request.headers['content-type'];
  if (type !== undefined && !/^application\/(.+\+)?json\b/i.test(type) && !/^text\/plain\b/i.test(type)) {
    throw new RungError('RUNG_UNSUPPORTED_MEDIA_TYPE', `send the body as application/json (got ${type.slice(0, 80)})`);
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await collect(request, maxBytes);
  if (text.trim() === '') throw new RungError('RUNG_INVALID_JSON', 'the request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RungError('RUNG_INVALID_JSON', `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(maxBytes: number): RungError {
  return new RungError(
    'RUNG_BODY_TOO_LARGE',
    `the request body is larger than ${maxBytes} bytes (server.max_body_bytes); send less, or raise the limit`,
  );
}

/** Collects the body; stops reading (without destroying the socket, so a 413 can still be sent) past the limit. */
function collect(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        request.pause();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(
        chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks, size).toString('utf8'),
      );
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new RungError('RUNG_CLIENT_CLOSED', 'the client closed the connection while sending', { cause: error }));
    };
    const onAborted = () => onError(new Error('aborted'));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onAborted);
  });
}
