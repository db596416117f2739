import { fromA } from "./a.mjs";
export const b = "b";
export function fromB() { return "B calls " + fromA(); }
console.log("b evaluated first");
