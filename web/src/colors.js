// One colour per ACLED event type (map, timeline, table, legend) and per evidence field group.
export const TYPE_COLORS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2e86c1",
  "Riots": "#d4ac0d",
  "Strategic developments": "#27ae60",
};
export const UNKNOWN_COLOR = "#7f8c8d";

export function typeColor(type) {
  return TYPE_COLORS[type] || UNKNOWN_COLOR;
}

// Evidence fields -> the label an analyst reads and the highlight group (CSS class f-<group>).
export function fieldLabel(field) {
  if (field === "event_type" || field === "sub_event_type") return { group: "type", label: field === "event_type" ? "type" : "sub-type" };
  if (field === "location" || field.startsWith("admin") || field === "country") return { group: "place", label: "place" };
  if (field === "event_date") return { group: "date", label: "date" };
  if (field.startsWith("actor") || field.startsWith("assoc_actor")) return { group: "actors", label: field.replace("assoc_actor_", "assoc. actor ").replace("actor", "actor ").replace("  ", " ").trim() };
  if (field === "fatalities") return { group: "fatalities", label: "fatalities" };
  if (field.startsWith("counts.")) return { group: "counts", label: field.slice(7) };
  if (field === "modality") return { group: "modality", label: "modality" };
  return { group: "other", label: field };
}
