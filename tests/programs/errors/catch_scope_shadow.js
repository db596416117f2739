const e = "outer e";
try { throw "inner e"; } catch (e) { console.log(e); }
console.log(e);
try { throw 1; } catch (err) { var err = 2; console.log(err); }
console.log(err);

// expect: inner e
// expect: outer e
// expect: 2
// expect: undefined
