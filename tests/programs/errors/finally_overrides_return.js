function f() {
  try { return "try"; } finally { return "finally"; }
}
function g() {
  try { throw new Error("lost"); } finally { return "finally wins"; }
}
console.log(f(), g());

// expect: finally finally wins
