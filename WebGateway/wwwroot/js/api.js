// The gateway's HTTP API: the login kept in sessionStorage, sent as a bearer token; errors as ApiError.
const key = 'onch.session';

export function session() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (saved && new Date(saved.expiresAt) > new Date()) return saved;
  } catch { /* a damaged entry is the same as none */ }
  return null;
}

export function saveSession(token) { sessionStorage.setItem(key, JSON.stringify(token)); }

export function clearSession() { sessionStorage.removeItem(key); }

/** A refused request: its status and the ProblemDetails body (title, detail, code, errors...). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `요청이 실패했어요 (${status})`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The detail, and each field's messages, as one line. */
  get text() {
    const fields = Object.values(this.problem.errors ?? {}).flat();
    return [this.message, ...fields.filter(f => f !== this.message)].join(' · ');
  }
}

let onUnauthorized = () => {};
export function whenUnauthorized(handler) { onUnauthorized = handler; }

/** Calls the API; answers the parsed JSON (null for 204) with the response headers, or throws ApiError. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = session()?.accessToken;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { detail: '서버에 연결할 수 없어요. 잠시 후 다시 시도해 주세요.' });
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (response.status === 401 && token) onUnauthorized();
  if (!response.ok) throw new ApiError(response.status, data);
  return { data, headers: response.headers };
}

export const get = async path => (await call('GET', path)).data;
export const post = async (path, body) => (await call('POST', path, body ?? null)).data;
export const put = async (path, body) => (await call('PUT', path, body)).data;
export const patch = async (path, body) => (await call('PATCH', path, body)).data;
export const del = async path => (await call('DELETE', path)).data;

/**
 * Every item of a list endpoint that pages with the X-Next-Cursor header (GET /api/seller/orders), following the
 * cursor page by page, up to max items.
 */
export async function getAll(path, values, max = 10000) {
  const items = [];
  let after;
  do {
    const { data, headers } = await call('GET', `${path}${query({ ...values, after })}`);
    items.push(...data);
    after = headers.get('X-Next-Cursor');
  } while (after && items.length < max);
  return items;
}

/** A query string of the defined values. */
export function query(values) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A request id for an idempotent command: [A-Za-z0-9_-], at most 64 characters. */
export function requestId(prefix) {
  const random = crypto.randomUUID ? crypto.randomUUID().replaceAll('-', '') : `${Date.now()}${Math.random()}`.replace('.', '');
  return `${prefix}-${random}`.slice(0, 64);
}
