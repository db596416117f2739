const o = {};
o.__defineGetter__("legacy", () => "old style");
console.log(o.legacy, typeof o.__lookupGetter__("legacy"));

// expect: old style function
