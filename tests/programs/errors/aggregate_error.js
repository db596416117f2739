const ag = new AggregateError([new Error("a"), new TypeError("b")], "many");
console.log(ag.name, ag.message, ag.errors.length, ag.errors[1].name);
Promise.any([Promise.reject(new Error("x"))]).catch(e => console.log(e.constructor.name, e.errors.length));

// expect: AggregateError many 2 TypeError
// expect: AggregateError 1
