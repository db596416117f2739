let list = [1];
try {
  for (let list of list) console.log(list);
} catch (e) {
  console.log(e.name, e.message);
}

// expect: ReferenceError Cannot access 'list' before initialization
