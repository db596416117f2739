class A { #p = 1; get p() { return this.#p } }
console.log(new A().p);
try { null.x } catch (e) { let msg = e.message; console.log((() => msg)().length > 0) }
with ({ q: 1 }) { console.log(q) }
for (const v of [1, 2]) { setTimeout(() => console.log(v)) }
