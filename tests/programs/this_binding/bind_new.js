function Point(x, y) { this.x = x; this.y = y; }
const P1 = Point.bind(null, 1);
const p = new P1(2);
console.log(p.x, p.y, p instanceof Point, p instanceof P1);

// expect: 1 2 true true
