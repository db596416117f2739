console.log([1, "1", true].indexOf("1"), [NaN].indexOf(NaN), [NaN].includes(NaN), [0].includes(-0), [[1]].indexOf([1]));

// expect: 1 -1 true true -1
