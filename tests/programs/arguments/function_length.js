function a(x, y) {}
function b(x, y = 1, z) {}
function c(...r) {}
const d = (p, { q }, [r]) => 0;
console.log(a.length, b.length, c.length, d.length);

// expect: 2 1 0 3
