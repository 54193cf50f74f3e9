// Talking to the dateline API (same origin).  Errors carry the API's own message (its 422 `detail`).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  if (response.ok) return response.status === 204 ? null : response.json();
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (typeof body.detail === "string") message = body.detail;
    else if (Array.isArray(body.detail)) message = body.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  } catch { /* not JSON */ }
  throw new ApiError(response.status, message);
}

export async function get(path, params, signal) {
  const query = params && params.toString() ? `?${params}` : "";
  return parse(await fetch(`${path}${query}`, { signal, headers: { Accept: "application/json" } }));
}

export async function post(path, body, token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return parse(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}

/** Runs one request at a time per key: a newer call aborts the older (stale map or table responses never win). */
export function latest() {
  let controller = null;
  return async (fn) => {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    try {
      return await fn(mine.signal);
    } catch (err) {
      if (err.name === "AbortError") return undefined;
      throw err;
    } finally {
      if (controller === mine) controller = null;
    }
  };
}
