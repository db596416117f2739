console.log(eval(42), eval({ a: 1 }).a, eval(null));

// expect: 42 1 null
