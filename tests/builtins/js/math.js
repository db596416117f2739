const vals = [0, -0, 0.5, -0.5, 1, -1, 2.5, -2.5, 0.49999999999999994, 1e300, -1e-300, NaN, Infinity, -Infinity, 3.7, -3.7, 2 ** 53 + 2];
const fns = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cbrt", "expm1", "clz32", "cos", "cosh", "floor", "fround", "log", "log1p", "log2", "log10", "round", "sign", "sinh", "sqrt", "tan", "tanh", "trunc"];
// exp and sin are left out: glibc and V8's fdlibm port differ by 1 ulp on a few inputs (known gap).
for (const f of fns) console.log(f, vals.map(v => Object.is(Math[f](v), -0) ? "-0" : Math[f](v)).join(" "));
console.log(Math.max(), Math.min(), Math.max(1, "3", 2), Math.min(0, -0), Object.is(Math.max(-0, 0), 0), Math.max(1, NaN), Math.min(undefined, 1));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-0), Math.imul(0xffffffff, 5), Math.imul(3, 4), Math.atan2(1, 1), Math.atan2(-0, -1));
console.log(Math.pow(2, 10), Math.pow(NaN, 0), Math.pow(1, Infinity), 2 ** -1074, Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.clz32(1), Math.clz32(-1));
console.log(Math.E, Math.PI, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2, String(Math), Object.getOwnPropertyNames(Math).filter(k => k !== 'f16round').length);  // f16round: ES2025, not in node 20
const r = Math.random(); console.log(r >= 0 && r < 1, typeof r);
