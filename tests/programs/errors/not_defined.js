try { missing; } catch (e) { console.log(e.name + ": " + e.message); }
try { missing(); } catch (e) { console.log(e.name + ": " + e.message); }
missingUncaught + 1;

// expect: ReferenceError: missing is not defined
// expect: ReferenceError: missing is not defined
// expect-error: ReferenceError: missingUncaught is not defined
