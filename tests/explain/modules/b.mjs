let n = 0;
export function inc() { n++; }
export function get() { return n; }
