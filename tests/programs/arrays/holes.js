const a = [1, , 3];
console.log(a.length, 1 in a, a.indexOf(undefined), a.includes(undefined), a.map(x => x * 2).length);
let visits = 0;
a.forEach(() => visits++);
console.log(visits, Object.keys(a).join(), a.join("-"), JSON.stringify(a));

// expect: 3 false -1 true 3
// expect: 2 0,2 1--3 [1,null,3]
