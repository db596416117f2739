export function add(a, b) { return a + b; }
export const PI = 3.14;
export default function square(x) { return x * x; }
