// What a module's messages.ts exports. Typing `en` by the keys of `tr` makes a missing or extra
// English key a compile error in the module itself; test/server/messages.test.ts checks it at run time.
export type Locale = 'tr' | 'en';

export type ModuleMessages<T extends Record<string, string>> = { tr: T; en: Record<keyof T, string> };

export function defineMessages<const T extends Record<string, string>>(messages: { tr: T; en: NoInfer<Record<keyof T, string>> }): ModuleMessages<T> {
  return messages;
}
