"use strict";
try { "abc".x = 1; } catch (e) { console.log(e.name + ": " + e.message); }
try { (5).y = 1; } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: Cannot create property 'x' on string 'abc'
// expect: TypeError: Cannot create property 'y' on number '5'
