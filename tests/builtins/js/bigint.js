console.log(BigInt(12), BigInt("0x1f"), BigInt(" 77 "), BigInt(true), BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(0, 5n));
console.log((255n).toString(16), (-255n).toString(2), (10n ** 30n).toString(36), (123n).toLocaleString(), (1234567n).toLocaleString(), typeof Object(1n), Object(2n) + 1n, String(3n), `${4n}`);
console.log(Object.getOwnPropertyNames(BigInt), Object.getOwnPropertyNames(BigInt.prototype), Object.prototype.toString.call(1n), [Object(5n)]);
for (const f of [() => BigInt(1.5), () => BigInt("x"), () => new BigInt(1), () => BigInt.asIntN(-1, 1n), () => BigInt.prototype.toString.call(1), () => (1n).toString(1), () => BigInt(undefined), () => BigInt(Symbol())]) {
  try { f() } catch (e) { console.log(e.name, e.message) }
}
