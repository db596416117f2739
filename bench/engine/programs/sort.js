// Array sorting: numeric comparator sort, objects by key, and a hand-written quicksort.
var seed = 42;
function rand() { seed = (seed * 16807) % 2147483647; return seed; }
var nums = [];
for (var i = 0; i < 4000; i++) nums.push(rand() % 100000);
var sorted = nums.slice().sort(function (a, b) { return a - b; });
var people = [];
for (var j = 0; j < 1500; j++) people.push({ name: "p" + (rand() % 1000), age: rand() % 90 });
people.sort(function (a, b) { return a.age - b.age || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
function quicksort(arr, lo, hi) {
  if (lo >= hi) return;
  var pivot = arr[(lo + hi) >> 1], i = lo, j = hi;
  while (i <= j) {
    while (arr[i] < pivot) i++;
    while (arr[j] > pivot) j--;
    if (i <= j) { var t = arr[i]; arr[i] = arr[j]; arr[j] = t; i++; j--; }
  }
  quicksort(arr, lo, j); quicksort(arr, i, hi);
}
var copy = nums.slice();
quicksort(copy, 0, copy.length - 1);
var same = true;
for (var k = 0; k < copy.length; k++) if (copy[k] !== sorted[k]) same = false;
console.log(sorted[0] + " " + sorted[sorted.length - 1] + " " + people[0].age + " " + people[people.length - 1].name + " " + same);
