// Talks to /api/v1/dashboard. The session is a cookie; writes echo the XSRF-TOKEN cookie in
// X-XSRF-TOKEN, as Spring Security expects. Errors are RFC 9457 problems: their `detail` is
// written for the reader and is what the page shows.

const BASE = '/api/v1/dashboard';

export class ApiError extends Error {
  constructor(status, detail, field) {
    super(detail);
    this.status = status;
    this.field = field;
  }
}

function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : null;
}

async function problem(response) {
  try {
    const body = await response.json();
    return new ApiError(response.status, body.detail || body.title || `HTTP ${response.status}`, body.field);
  } catch {
    return new ApiError(response.status, `The server answered ${response.status}.`);
  }
}

/**
 * One call. `etag`: the last ETag seen; the answer is then {notModified: true} on a 304.
 * Returns {data, etag}.
 */
export async function call(method, path, { json, form, etag, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json' };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  if (etag) headers['If-None-Match'] = etag;
  let response;
  try {
    response = await fetch(BASE + path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'Barback cannot be reached: check the connection.');
  }
  if (response.status === 304) return { notModified: true, etag };
  if (!response.ok) throw await problem(response);
  const text = await response.text();
  return { data: text ? JSON.parse(text) : null, etag: response.headers.get('ETag') };
}

export const api = {
  me: () => call('GET', '/me'),
  signIn: (username, password) => call('POST', '/session', { form: { username, password } }),
  signOut: () => call('DELETE', '/session'),
  overview: (etag) => call('GET', '/overview', { etag }),
  history: (sku, days = 30) => call('GET', `/products/${encodeURIComponent(sku)}/history?days=${days}`),
  approve: (invoiceId, corrections) => call('POST', `/invoices/${encodeURIComponent(invoiceId)}/approve`,
    { json: corrections }),
  documentUrl: (invoiceId) => `${BASE}/invoices/${encodeURIComponent(invoiceId)}/document`,
  /** A stock count; the same key sent again (after a lost answer or signal) counts once. */
  count: (body, idempotencyKey) => call('POST', '/stock-counts', { json: body, idempotencyKey }),
  /** Stock that left unsold; the same key sent again is stored once. */
  waste: (body, idempotencyKey) => call('POST', '/wastage', { json: body, idempotencyKey }),
  variance: () => call('GET', '/variance'),
  grossProfit: () => call('GET', '/gross-profit'),
  priceChanges: () => call('GET', '/price-changes'),
  settings: () => call('GET', '/settings'),
  saveSettings: (settings) => call('PUT', '/settings', { json: settings }),
};
