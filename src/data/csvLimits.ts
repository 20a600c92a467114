/** The largest CSV read: checked before a file is read at all, so it lives apart from the parser. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
