try { new Array(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { (1).toFixed(101); } catch (e) { console.log(e.name + ": " + e.message); }
try { "x".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { (255).toString(1); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: RangeError: Invalid array length
// expect: RangeError: toFixed() digits argument must be between 0 and 100
// expect: RangeError: Invalid count value: -1
// expect: RangeError: toString() radix argument must be between 2 and 36
