export function early() { return "function declarations are initialised at link time"; }
export const late = "late";
