"use strict";
const types = [];
[1].forEach(function () { types.push(typeof this); });
[1].forEach(function () { types.push(typeof this); }, "ctx");
[1].forEach(() => { types.push(typeof this); });
console.log(types.join());

// expect: undefined,string,object
