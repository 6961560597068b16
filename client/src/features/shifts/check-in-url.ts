/**
 * The check-in code in what a camera read: the shift's check-in URL (of any host: the code is what
 * counts, and it is signed) or the bare code. Null when it is neither.
 */
export function checkInCodeOf(text: string): string | null {
  const trimmed = text.trim();
  const CODE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{10,64}$/;
  if (CODE.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    const match = /^\/shifts\/check-in\/([^/]+)\/?$/.exec(url.pathname);
    const code = match ? decodeURIComponent(match[1]!) : null;
    return code && CODE.test(code) ? code : null;
  } catch {
    return null;
  }
}
