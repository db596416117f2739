// Method calls through prototype chains (ES5 constructors; three levels deep).
function Shape(name) { this.name = name; }
Shape.prototype.area = function () { return 0; };
Shape.prototype.describe = function () { return this.name + ":" + this.area(); };
function Rect(w, h) { Shape.call(this, "rect"); this.w = w; this.h = h; }
Rect.prototype = Object.create(Shape.prototype);
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { Rect.call(this, s, s); this.name = "square"; }
Square.prototype = Object.create(Rect.prototype);
Square.prototype.constructor = Square;
Square.prototype.scale = function (k) { return new Square(this.w * k); };
var total = 0, len = 0;
for (var i = 0; i < 8000; i++) {
  var shape = i % 3 === 0 ? new Square(i % 10) : i % 3 === 1 ? new Rect(i % 7, 3) : new Shape("dot");
  total += shape.area();
  if (shape instanceof Square) total += shape.scale(2).area();
  len += shape.describe().length;
}
console.log(total + " " + len);
