import { en } from './en';
import { vi } from './vi';

/**
 * The one i18n layer: every UI string goes through `t`. Vietnamese is the source language and
 * defines the keys; other languages may leave keys out and fall back to Vietnamese.
 */
export type MessageKey = keyof typeof vi;
export type Locale = 'vi' | 'en';
export type Params = Record<string, string | number>;

const dictionaries: Record<Locale, Partial<Record<MessageKey, string>>> = { vi, en };
let current: Locale = 'vi';

export function setLocale(locale: Locale): void {
	current = locale;
}

export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(vi, key);
}

function interpolate(template: string, params?: Params): string {
	return params ? template.replace(/\{(\w+)\}/g, (m, name) => String(params[name] ?? m)) : template;
}

export function t(key: MessageKey, params?: Params): string {
	return interpolate(dictionaries[current][key] ?? vi[key], params);
}

/** For keys that arrive as data (form errors, socket acknowledgements); unknown text passes through. */
export function translate(key: string, params?: Params): string {
	return isMessageKey(key) ? t(key, params) : key;
}
