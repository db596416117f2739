const arrow = () => {};
try { new arrow(); } catch (e) { console.log(e.message); }
const obj = { method() {} };
try { new obj.method(); } catch (e) { console.log(e.message); }
try { new Math.max(); } catch (e) { console.log(e.message); }
try { new 5; } catch (e) { console.log(e.message); }

// expect: arrow is not a constructor
// expect: obj.method is not a constructor
// expect: Math.max is not a constructor
// expect: 5 is not a constructor
