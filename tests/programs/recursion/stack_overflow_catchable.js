let depth = 0;
function down() { depth++; down(); }
try { down(); } catch (e) { console.log(e.name, depth > 1000); }
console.log("still running");

// expect: RangeError true
// expect: still running
