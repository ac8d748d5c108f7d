import { escapeXml } from "../xml.ts";

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
