const moves = [];
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
console.log(moves.length, moves.slice(0, 5).join(" "));

// expect: 15 AB AC BC AB CA
