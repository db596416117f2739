"use strict";
try { undefined = 1; } catch (e) { console.log(e.name + ": " + e.message); }
try { NaN = 1; } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'NaN' of object '#<Object>'
