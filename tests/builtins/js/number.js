const xs = [0, -0, 1, -1.5, 2.5, 1.005, 1.25, 0.000001234, 123.456, 1e21, 1.7976931348623157e308, 5e-324, 0.1, 25, -1234.5678, 999.9999, 0.5, NaN, Infinity];
for (const x of xs) {
  console.log(x, x.toFixed(), x.toFixed(2), x.toFixed(10), x.toExponential(), x.toExponential(3), x.toPrecision(), x.toPrecision(1), x.toPrecision(4), x.toPrecision(21), x.toString(2).slice(0, 40), x.toString(36), x.toLocaleString());
}
console.log((123.456).toExponential(0), (0).toExponential(2), (1e-7).toPrecision(3), (123456).toPrecision(2), (0.00001).toPrecision(1), (1.45).toFixed(1), (8.345).toFixed(2));
console.log(Number("0x1F"), Number("  12  "), Number(""), Number("1e3"), Number(12n), Number(2n ** 1100n), Number(null), Number(undefined), Number([5]), Number("0b101"), Number("-0x10"));
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isNaN("NaN"), Number.isFinite("1"), Number.parseFloat === parseFloat, Number.EPSILON > 0, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER);
console.log(new Number(5) + 1, typeof new Number(5), Number.prototype.valueOf.call(new Number(3)), Object.getOwnPropertyNames(Number));
for (const bad of [() => (1).toFixed(101), () => (1).toExponential(-1), () => (1).toPrecision(0), () => (1).toString(37), () => Number.prototype.toString.call("1")]) {
  try { bad() } catch (e) { console.log(e.name, e.message) }
}
console.log((255).toString(16), (-255).toString(2), (0.5).toString(2), (3.14159).toString(8).slice(0, 12));
