// Element conversion: wrap-around, clamping (round half to even), Float32 rounding.
const c = new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, -10, 1000, NaN, 254.5, 254.6]);
console.log(c.join(" "));
const i8 = new Int8Array([127, 128, 255, 256, -129, 3.9, -3.9]);
console.log(i8.join(" "));
const u32 = new Uint32Array([-1, 2 ** 32, 2 ** 32 + 1, 1e20]);
console.log(u32.join(" "));
const f32 = new Float32Array([0.1, 1e40, -1e-50, 16777217]);
console.log(Array.from(f32).join(" "));
const big = new BigInt64Array(2);
big[0] = 2n ** 63n; big[1] = -(2n ** 64n) - 5n;
console.log(big[0], big[1]);
try { big[0] = 1; } catch (e) { console.log(e.name, e.message); }
try { new Uint8Array(1)[0] = 1n; } catch (e) { console.log(e.name, e.message); }
const ta = new Int16Array(1);
ta[0] = "12"; console.log(ta[0]);
ta[0] = { valueOf() { return 7; } }; console.log(ta[0]);

// expect: 0 2 2 4 0 255 0 254 255
// expect: 127 -128 -1 0 127 3 -3
// expect: 4294967295 0 1 1661992960
// expect: 0.10000000149011612 Infinity 0 16777216
// expect: -9223372036854775808n -5n
// expect: TypeError Cannot convert 1 to a BigInt
// expect: TypeError Cannot convert a BigInt value to a number
// expect: 12
// expect: 7
