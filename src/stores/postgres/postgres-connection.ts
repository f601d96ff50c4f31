/**
 * What every PostgreSQL store shares: where the database is (said without its password), quoting the schema
 * name into SQL, and turning driver errors into ones a person can act on. An unreachable server becomes a
 * `StoreUnavailableError` naming host:port; a row the table refuses is told apart from an outage, so a batch
 * writer can drop that row instead of retrying it for ever.
 */
import type { Pool, QueryResultRow } from 'pg';
import { StoreUnavailableError } from '../../spec/limits.js';

/** The server a store talks to, for messages: never holds the password. */
export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** `postgres://user@host:port/database`. */
  display: string;
  /** The password as written in the URL, kept only to scrub it from messages (empty when there is none). */
  readonly secret: string;
}

/**
 * @example
 * describePostgresUrl('postgres://rung:s3cret@db:5432/rung').display // 'postgres://rung@db:5432/rung'
 */
export function describePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Node's URL error carries the input, password and all: say what is wrong without echoing it.
    throw new Error('the PostgreSQL URL is not valid; expected postgres://user:password@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`the PostgreSQL URL must start with postgres:// or postgresql://, not ${parsed.protocol}//`);
  }
  const host = decodeURIComponent(parsed.hostname) || parsed.searchParams.get('host') || 'localhost';
  const port = Number(parsed.port || parsed.searchParams.get('port') || 5432);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username);
  const user = decodeURIComponent(parsed.username) || 'postgres';
  const secret = decodeURIComponent(parsed.password);
  return {
    host,
    port,
    database,
    user,
    display: `postgres://${user}@${host.includes(':') ? `[${host}]` : host}:${port}/${database}`,
    secret,
  };
}

/** The schema name as an SQL identifier. Only plain names are accepted, so quoting cannot be escaped. */
export function quoteSchema(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(
      `PostgreSQL schema "${schema}": use letters, digits and underscores, starting with a letter (at most 63)`,
    );
  }
  return `"${schema}"`;
}

const UNREACHABLE_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  // SQLSTATE: the server is there but will not serve.
  '57P01': 'the server is shutting down',
  '57P02': 'the server crashed',
  '57P03': 'the server is starting up or recovering',
  '53300': 'too many connections',
};

/** Errors that come from the server or the network, not from what was sent: worth retrying later. */
function unreachableReason(error: unknown): string | undefined {
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const reason = unreachableReason(inner);
      if (reason !== undefined) return reason;
    }
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const known = UNREACHABLE_CODES[code];
    if (known !== undefined) return `${known} (${code})`;
    if (code.startsWith('08')) return `connection failure (${code})`;
  }
  const message = error instanceof Error ? error.message : '';
  if (/timeout expired|connection timeout/i.test(message)) return 'connection timed out';
  if (/Connection terminated/i.test(message)) return 'connection closed by the server or the network';
  return undefined;
}

/**
 * A driver error as a message naming the server and what to do. An outage becomes `StoreUnavailableError`.
 */
export function explainPostgresError(error: unknown, target: PostgresTarget, doing: string): Error {
  if (error instanceof StoreUnavailableError) return error;
  const where = `PostgreSQL at ${target.host}:${target.port}`;
  const reason = unreachableReason(error);
  if (reason !== undefined) {
    return new StoreUnavailableError(
      'postgres',
      `${where} is unreachable while ${doing}: ${reason}. Check that the server is running and that the URL ${target.display} is right.`,
      { cause: error },
    );
  }
  const code = (error as { code?: unknown } | null)?.code;
  const detail = scrub(error instanceof Error ? error.message : String(error), target);
  if (code === '28P01' || code === '28000') {
    return new Error(`${where} refused user "${target.user}" while ${doing}: ${detail}`, { cause: error });
  }
  if (code === '3D000') {
    return new Error(`${where} has no database "${target.database}": create it or fix the URL`, { cause: error });
  }
  return new Error(`${where}, ${doing}: ${detail}${typeof code === 'string' ? ` (${code})` : ''}`, {
    cause: error,
  });
}

function scrub(message: string, target: PostgresTarget): string {
  return target.secret.length > 0 ? message.split(target.secret).join('***') : message;
}

/**
 * Errors caused by the values of a row (a NOT NULL, a number out of range, a value that would not serialise):
 * sending the same row again fails the same way, so a batch writer isolates and drops it.
 */
export function isBadRow(error: unknown): boolean {
  if (error instanceof TypeError || error instanceof RangeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  // 22: data exception, 23: integrity constraint, 54: program limit (a value too large).
  return typeof code === 'string' && /^(22|23|54)[0-9A-Z]{3}$/.test(code);
}

/** The pool's query, answering with explained errors. */
export type Query = <Row extends QueryResultRow>(text: string, values?: unknown[]) => Promise<Row[]>;

/**
 * @example
 * const query = createQuery(pool, target);
 * const rows = await query<{ n: string }>('SELECT count(*) AS n FROM t');
 */
export function createQuery(pool: Pool, target: PostgresTarget): Query {
  return async <Row extends QueryResultRow>(text: string, values?: unknown[]) => {
    try {
      return (await pool.query<Row>(text, values)).rows;
    } catch (error) {
      throw isBadRow(error) ? error : explainPostgresError(error, target, 'querying');
    }
  };
}
