/** Placeholder filling, shared by the page's dictionaries and the on-demand views' words. */

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `template` with each `{name}` replaced by params.name. A placeholder without a param stays as
 * written, so a forgotten param shows up on screen instead of vanishing.
 */
export function fill(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The `{name}` placeholders of a message, for checking that translations keep them. */
export function placeholders(message: string): string[] {
  return Array.from(message.matchAll(PLACEHOLDER), (m) => m[1]).sort();
}
