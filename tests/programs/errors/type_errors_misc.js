try { null.x; } catch (e) { console.log(e.message); }
try { Symbol() + ""; } catch (e) { console.log(e.message); }
try { BigInt(1) + 1; } catch (e) { console.log(e.message); }
try { Object.defineProperty(1, "x", {}); } catch (e) { console.log(e.message); }
try { ({}) instanceof 5; } catch (e) { console.log(e.message); }
try { "a" in "abc"; } catch (e) { console.log(e.message); }

// expect: Cannot read properties of null (reading 'x')
// expect: Cannot convert a Symbol value to a string
// expect: Cannot mix BigInt and other types, use explicit conversions
// expect: Object.defineProperty called on non-object
// expect: Right-hand side of 'instanceof' is not an object
// expect: Cannot use 'in' operator to search for 'a' in abc
