const c = 1;
try { c = 2; } catch (e) { console.log(e.name + ": " + e.message); }
try { c++; } catch (e) { console.log(e.name + ": " + e.message); }
for (const i of [1]) {
  try { i += 1; } catch (e) { console.log(e.message); }
}
c += 1;

// expect: TypeError: Assignment to constant variable.
// expect: TypeError: Assignment to constant variable.
// expect: Assignment to constant variable.
// expect-error: TypeError: Assignment to constant variable.
