const o = {
  v: "o.v",
  getV() { return this === o ? this.v : "wrong this"; },
};
with (o) {
  console.log(getV());
}

// expect: o.v
