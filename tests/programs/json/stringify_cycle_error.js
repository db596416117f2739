const a = {};
a.self = a;
try { JSON.stringify(a); } catch (e) { console.log(e.name, e.message.split("\n")[0]); }

// expect: TypeError Converting circular structure to JSON
