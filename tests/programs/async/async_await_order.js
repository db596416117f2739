async function a() {
  console.log("a start");
  await null;
  console.log("a after await");
}
console.log("before");
a();
console.log("after");

// expect: before
// expect: a start
// expect: after
// expect: a after await
