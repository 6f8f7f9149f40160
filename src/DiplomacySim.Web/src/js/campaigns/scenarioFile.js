// What the browser does with a campaign's text before sending it: a scenario file read as the
// server reads one (seeds/README.md allows // and /* */ comments and trailing commas, which
// JSON.parse does not), and a slug suggested from the title. No DOM here, so node's runner tests it.

/**
 * Reads a scenario file's text: { scenario } (a JSON object), or { error } saying why it is not one.
 * Comments and trailing commas are taken out first (outside strings only), so a file copied from the
 * server's own seeds reads as it does there.
 */
export function readScenario(text) {
  let value;
  try {
    value = JSON.parse(withoutCommentsAndTrailingCommas(text));
  } catch (error) {
    return { error: `This file is not JSON (${error.message}). A scenario file is one JSON object, as seeds/README.md describes.` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'This file is JSON but not a scenario: a scenario file is one JSON object ({ "title": ..., "nations": [...] }).' };
  }
  return { scenario: value };
}

/** The text with // and /* *\/ comments and trailing commas removed, strings left as they are. */
export function withoutCommentsAndTrailingCommas(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // A string, to its closing quote (escapes skipped), kept whole.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '}' || c === ']') {
      out = out.replace(/,\s*$/, (comma) => comma.slice(1));
      out += c;
      i += 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * A slug from a title, as the server wants one (3 to 64 lowercase letters, digits and hyphens, a
 * letter or digit at each end): "Pacific Realignment, season 1" → "pacific-realignment-season-1".
 */
export function suggestSlug(title) {
  return String(title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
}
