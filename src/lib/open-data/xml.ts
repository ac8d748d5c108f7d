/** Returns true for a code point XML 1.0 allows: tab, LF, CR and everything from space up, less lone surrogates, U+FFFE and U+FFFF. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Returns text safe inside an XML element or a quoted attribute: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  const allowed = Array.from(text)
    .filter((character) => isXmlCharacter(character.codePointAt(0) ?? 0))
    .join("");
  return allowed.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Returns an element with escaped text content, such as <title>A &amp; B</title>. */
export function textElement(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${xmlAttributes(attributes)}>${escapeXml(text)}</${name}>`;
}

/** Returns attributes written as ` name="value"`, values escaped, in the order given. */
export function xmlAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

/** The declaration every XML file here starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
