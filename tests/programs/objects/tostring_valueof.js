const money = { amount: 5, valueOf() { return this.amount; }, toString() { return "$" + this.amount; } };
console.log(money + 1, `${money}`, money * 2, String(money), money > 4, [money] + "");
const prim = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(`${prim}`, prim + "", +prim);

// expect: 6 $5 10 $5 true $5
// expect: string default NaN
