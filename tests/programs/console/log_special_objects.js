console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }));
console.log(new Number(5), new String("str"), new Boolean(true));
console.log(/re+gex/gi, new Date(0), [new Date(86400000)]);
console.log((function () { return arguments; })(1, 2));

// expect: [Object: null prototype] {} [Object: null prototype] { x: 1 }
// expect: [Number: 5] [String: 'str'] [Boolean: true]
// expect: /re+gex/gi 1970-01-01T00:00:00.000Z [ 1970-01-02T00:00:00.000Z ]
// expect: [Arguments] { '0': 1, '1': 2 }
