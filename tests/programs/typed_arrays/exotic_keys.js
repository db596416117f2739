// Integer-indexed exotic object: canonical numeric keys never reach ordinary properties.
const t = new Uint8Array(3);
t[5] = 1; t[-1] = 2; t["1.5"] = 3; t["-0"] = 4; t.foo = 5; t["01"] = 6;
console.log(Object.keys(t), t[5], t[-1], t["1.5"], t.foo, t["01"]);
console.log(0 in t, 3 in t, "-0" in t, delete t[0], delete t[9], delete t.foo);
console.log(Object.getOwnPropertyDescriptor(t, 1));
console.log(Reflect.defineProperty(t, 0, { value: 9 }), t[0]);
console.log(Reflect.defineProperty(t, 1, { value: 9, writable: false }), t[1]);
console.log(Reflect.defineProperty(t, 7, { value: 9 }));
const proto = Object.create(t);
proto[1] = 8; proto[10] = 1;
console.log(t[1], Object.keys(proto), proto[1]);
for (const k in new Int8Array(2)) console.log("key", k);
console.log(JSON.stringify(new Int8Array([1, 2])), JSON.stringify({ a: new Uint8Array([3]) }));

// expect: [ '0', '1', '2', 'foo', '01' ] undefined undefined undefined 5 6
// expect: true false false false true true
// expect: { value: 0, writable: true, enumerable: true, configurable: true }
// expect: true 9
// expect: false 0
// expect: false
// expect: 0 [ '1' ] 8
// expect: key 0
// expect: key 1
// expect: {"0":1,"1":2} {"a":{"0":3}}
