class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } }
console.log(Object.prototype.toString.call(new Tagged()), Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1), Object.prototype.toString.call(function () {}));

// expect: [object MyTag] [object Array] [object Null] [object Number] [object Function]
