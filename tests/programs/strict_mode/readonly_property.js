"use strict";
const o = Object.freeze({ a: 1 });
try { o.a = 2; } catch (e) { console.log(e.name + ": " + e.message); }
try { o.b = 2; } catch (e) { console.log(e.name + ": " + e.message); }
try { delete o.a; } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: TypeError: Cannot add property b, object is not extensible
// expect: TypeError: Cannot delete property 'a' of #<Object>
