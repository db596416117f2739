const key = "dynamic";
const { [key]: value, ["a" + "b"]: ab } = { dynamic: "v", ab: "AB" };
console.log(value, ab);

// expect: v AB
