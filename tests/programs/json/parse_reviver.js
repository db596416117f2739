const v = JSON.parse('{"a":1,"b":{"c":2}}', function (k, val) {
  return typeof val === "number" ? val + 100 : val;
});
console.log(v.a, v.b.c);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, val) => { order.push(k === "" ? "(root)" : k); return val; });
console.log(order.join(" "));

// expect: 101 102
// expect: y x 0 z (root)
