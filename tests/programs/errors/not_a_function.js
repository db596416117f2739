const o = { notFn: 5, nested: { alsoNot: "str" } };
try { o.notFn(); } catch (e) { console.log(e.message); }
try { o.nested.alsoNot(); } catch (e) { console.log(e.message); }
try { o.missing(); } catch (e) { console.log(e.message); }
let x = 3;
try { x(); } catch (e) { console.log(e.message); }
try { o["notFn"](); } catch (e) { console.log(e.message); }

// expect: o.notFn is not a function
// expect: o.nested.alsoNot is not a function
// expect: o.missing is not a function
// expect: x is not a function
// expect: o.notFn is not a function
