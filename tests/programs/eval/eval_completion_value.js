console.log(eval("1; 2; 3"), eval("if (true) { 'yes' } else { 'no' }"), eval(""), eval("var z = 1"));
console.log(eval("for (var i = 0; i < 3; i++) i * 10;"));

// expect: 3 yes undefined undefined
// expect: 20
