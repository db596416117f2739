class Button {
  label = "ok";
  onClick = () => this.label;
}
const b = new Button();
const handler = b.onClick;
console.log(handler());

// expect: ok
