// Property access: reads and writes of named and keyed properties on plain objects.
var point = { x: 1, y: 2, z: 3 };
var grid = {};
for (var i = 0; i < 50; i++) grid["k" + i] = i;
var acc = 0;
for (var n = 0; n < 30000; n++) {
  point.x = point.y + 1;
  point.y = point.z + point.x;
  point.z = (point.x + point.y) % 1000;
  acc += point.z + grid["k" + (n % 50)];
}
console.log(acc + " " + point.x + " " + point.y + " " + point.z);
