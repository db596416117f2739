import { b, fromB } from "./b.mjs";
export function fromA() { return "A sees " + b; }
export const a = "a";
console.log("a evaluated;", fromB());
