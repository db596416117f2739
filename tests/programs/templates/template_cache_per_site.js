const seen = [];
function tag(s) { seen.push(s); }
for (let i = 0; i < 3; i++) tag`x${i}y`;
tag`x${0}y`;
console.log(seen[0] === seen[1], seen[1] === seen[2], seen[0] === seen[3]);

// expect: true true false
