class A {}
try { A(); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: Class constructor A cannot be invoked without 'new'
