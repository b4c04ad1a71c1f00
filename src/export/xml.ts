/** The declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The five characters XML escapes, and their entities. */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** XML text with its entities and character references read back. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    const found = Object.entries(ENTITIES).find(([, name]) => name === `&${entity};`);
    return found ? found[0] : entity;
  });
}

/** `name="value"` pairs for the attributes that are set, in the order given. */
export function attributes(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

/** The attributes of one start tag, values unescaped. */
export function readAttributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
    found[match[1] ?? ""] = unescapeXml(match[2] ?? "");
  }
  return found;
}

/** The start tags of elements named `name` (with any prefix left out), in document order. */
export function startTags(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  return [...xml.matchAll(pattern)].map((match) => match[0]);
}

// exceljs and this module escape ">" inside attribute values, so a tag ends at the first ">".
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;

/** The elements directly under the root, with the offset where each starts. */
export function topLevelChildren(xml: string): { name: string; index: number }[] {
  const children: { name: string; index: number }[] = [];
  let depth = 0;
  for (const match of xml.matchAll(TAG)) {
    const [, closing, name = "", selfClosing] = match;
    if (closing) {
      depth -= 1;
      continue;
    }
    if (depth === 1) children.push({ name, index: match.index });
    if (!selfClosing) depth += 1;
  }
  return children;
}

/**
 * `element` inserted under the root where the schema's sequence puts it: before the first
 * child named in `followers` (the elements the schema orders after it), else at the end.
 */
export function insertChild(xml: string, element: string, followers: readonly string[]): string {
  const next = topLevelChildren(xml).find((child) => followers.includes(child.name));
  const index = next ? next.index : xml.lastIndexOf("</");
  return xml.slice(0, index) + element + xml.slice(index);
}
