let u;
try { u.foo = 1; } catch (e) { console.log(e.message); }
try { null["x"] = 1; } catch (e) { console.log(e.message); }

// expect: Cannot set properties of undefined (setting 'foo')
// expect: Cannot set properties of null (setting 'x')
