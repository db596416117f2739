let u;
try { u.foo; } catch (e) { console.log(e.message); }
try { null.bar; } catch (e) { console.log(e.message); }
try { u[0]; } catch (e) { console.log(e.message); }
const key = Symbol("k");
try { u[key]; } catch (e) { console.log(e.message); }

// expect: Cannot read properties of undefined (reading 'foo')
// expect: Cannot read properties of null (reading 'bar')
// expect: Cannot read properties of undefined (reading '0')
// expect: Cannot read properties of undefined (reading 'Symbol(k)')
