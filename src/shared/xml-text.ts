/**
 * Text as XML 1.0 may hold it. A .docx is XML: one character outside XML's Char production
 * (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF)
 * makes the whole file unreadable to Word and LibreOffice. Every .docx writer passes its text
 * through xmlText (src/shared/outline/gongwen-docx.ts writes all of them: the outline page, the
 * outline CLI, the sample reports' Word versions).
 */

/** A character XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets); with /u a lone surrogate is one such character. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 does not allow; everything else is kept as it is. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '');

/** `text` with each such character as U+FFFD instead: one UTF-16 unit for one, so offsets into it stay. */
export const xmlTextKeepingOffsets = (text: string): string => text.replace(NOT_XML, '\uFFFD');
