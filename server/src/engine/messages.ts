import type { Locale, LocalizedText } from './types.js';

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a typo shows. */
export function formatMessage(text: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  const template = text[locale] ?? text.en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Picks a locale from a locale tag such as "vi", "vi-VN", "vi_VN.UTF-8"; English otherwise. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^vi\b|^vi[-_]/i.test(tag) ? 'vi' : 'en';
}
