let getX;
class D {
  #x = "private x";
  static {
    getX = (obj) => obj.#x;
  }
}
console.log(getX(new D()));

// expect: private x
