/**
 * Text from a file or an argument, made safe to print: a control character (an ESC from a .docx,
 * from --organ) would otherwise reach the terminal raw, where it can move the cursor, recolour or
 * retitle the window, or hide what was printed before it.
 */

/** C0 controls except tab and line feed, DEL, and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `s` with each control character other than \n and \t shown as a \x1b-style escape. */
export const forTerminal = (s: string): string => s.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** JSON.stringify's output with the C1 controls (and DEL) escaped too (it escapes C0 itself); JSON.parse reads the same value. */
export const jsonForTerminal = (json: string): string => json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
