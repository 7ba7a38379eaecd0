/**
 * A FormData as a browser sends it: entries in order, a name repeated for each checked box
 * (`weeks[]`). A plain object gives one entry per field.
 */
export function formData(entries: [string, string][] | Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Array.isArray(entries) ? entries : Object.entries(entries)) data.append(key, value);
  return data;
}
