const m = new Map([["a", 1], [{ k: 1 }, [1, 2]]]);
const s = new Set(["x", 2, { y: 3 }]);
console.log(m, s, new Map(), new Set());
console.log([m.size, s.size], { m });

// expect: Map(2) { 'a' => 1, { k: 1 } => [ 1, 2 ] } Set(3) { 'x', 2, { y: 3 } } Map(0) {} Set(0) {}
// expect: [ 2, 3 ] { m: Map(2) { 'a' => 1, { k: 1 } => [ 1, 2 ] } }
