import { SaxesParser } from "saxes";

/** An element of a parsed XML part: its qualified name, attributes, children and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses a part with namespaces checked, so a malformed part or an unbound prefix fails the
 * test that reads it.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  const roots: XmlElement[] = [];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = attribute.value;
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "" };
    (stack.at(-1)?.children ?? roots).push(element);
    stack.push(element);
  });
  parser.on("text", (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  const [root] = roots;
  if (!root) throw new Error("the part has no root element");
  return root;
}

/** Every element named `name` at or under `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const own = element.name === name ? [element] : [];
  return [...own, ...element.children.flatMap((child) => findAll(child, name))];
}

/** The first element named `name` under `element`; fails when there is none. */
export function findOne(element: XmlElement, name: string): XmlElement {
  const found = findAll(element, name)[0];
  if (!found) throw new Error(`no ${name} under ${element.name}`);
  return found;
}

/** The concatenated text of every element under `element` (for rich text runs). */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join("");
}
