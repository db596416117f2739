console.log([1, [2, [3, [4]]]].toString(), String([null, undefined]), [[]].length, [] + [], [] + {});

// expect: 1,2,3,4 , 1  [object Object]
