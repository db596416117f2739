class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
console.log(String(new Point(1, 2).add(new Point(3, 4))));
console.log(typeof Point, Object.getOwnPropertyNames(Point.prototype).join());

// expect: (4, 6)
// expect: function constructor,add,toString
