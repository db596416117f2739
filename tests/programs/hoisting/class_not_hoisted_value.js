console.log(typeof useLater);
function useLater() { return new C().v; }
class C { v = 7; }
console.log(useLater());

// expect: function
// expect: 7
