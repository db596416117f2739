try {
  let a = a + 1;
} catch (e) {
  console.log(e.message);
}

// expect: Cannot access 'a' before initialization
