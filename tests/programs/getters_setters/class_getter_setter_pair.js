class Rect {
  #w = 0; #h = 0;
  constructor(w, h) { this.#w = w; this.#h = h; }
  get area() { return this.#w * this.#h; }
  set width(v) { if (v < 0) throw new RangeError("negative"); this.#w = v; }
  get width() { return this.#w; }
}
const r = new Rect(2, 3);
r.width = 5;
console.log(r.area, r.width);
try { r.width = -1; } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(r).length, "area" in r, Object.hasOwn(r, "area"));

// expect: 15 5
// expect: RangeError negative
// expect: 0 true false
