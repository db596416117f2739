class K {
  static tag = this.name + "-tag";
  static { this.ready = this.tag + "-ready"; }
  instanceThis = this;
}
const k = new K();
console.log(K.tag, K.ready, k.instanceThis === k);

// expect: K-tag K-tag-ready true
