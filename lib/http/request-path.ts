/**
 * The path and query a request asked for, set by proxy.ts on every request it
 * passes on (a client's own value is replaced): where sign-in sends people back.
 */
export const REQUEST_PATH_HEADER = "x-lindung-path";
