/**
 * Printed documents are bundled HTML templates (resources/templates, one per language) with `{{name}}` slots. Values
 * are HTML-escaped unless the slot's name ends with `List`, `Rows` or is `css` (those are built by our own code from
 * escaped parts). A slot without a value stays visible as `[name]`, so a missing field is seen on the preview, never
 * silently printed blank.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const RAW_SLOT = /(List|Rows)$|^css$/;

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) return `[${name}]`;
    return RAW_SLOT.test(name) ? value : escapeHtml(value);
  });
}

/** `<li>` items from plain texts, escaped. */
export function listItems(items: readonly string[]): string {
  return items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
}

/** Table rows from label/value pairs, escaped. */
export function tableRows(rows: readonly (readonly [string, string])[]): string {
  return rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('');
}
