// The view's state lives in the URL, so a view can be shared by link: the filter parameters are exactly the API's.

export const LIST_FILTERS = ["country", "admin1", "event_type", "sub_event_type"];
export const TEXT_FILTERS = ["actor", "date_from", "date_to", "q", "reviewed", "status", "min_fatalities", "bbox"];
const VIEW_KEYS = ["sort", "event", "by", "map", "page"];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const key of LIST_FILTERS) filters[key] = params.getAll(key).filter(Boolean);
  for (const key of TEXT_FILTERS) filters[key] = params.get(key) || "";
  const view = {};
  for (const key of VIEW_KEYS) view[key] = params.get(key) || "";
  return { filters, view };
}

export function filterParams(filters, { without = [] } = {}) {
  const params = new URLSearchParams();
  for (const key of LIST_FILTERS) if (!without.includes(key)) for (const v of filters[key] || []) params.append(key, v);
  for (const key of TEXT_FILTERS) if (!without.includes(key) && filters[key]) params.set(key, filters[key]);
  return params;
}

export function writeState(state, { push = false } = {}) {
  const params = filterParams(state.filters);
  for (const key of VIEW_KEYS) if (state.view[key]) params.set(key, state.view[key]);
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    window.history[push ? "pushState" : "replaceState"](null, "", url);
  }
}
