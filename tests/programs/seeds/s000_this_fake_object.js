// Seed 000: tricking innerFunc into using a different myProp.
"use strict";

var myObj = {
  myProp: "outer-value",
  createInnerObj: function createInnerObj() {
    var hidden = "value-in-closure";
    return {
      myProp: "inner-value",
      innerFunc: function innerFunc() {
        return "hidden: '" + hidden + "', myProp: '" + this.myProp + "'";
      }
    };
  }
};

var myInnerObj = myObj.createInnerObj();
var fakeObject = {
  myProp: "fake-inner-value",
  innerFunc: myInnerObj.innerFunc
};
console.log( fakeObject.innerFunc() );

// expect: hidden: 'value-in-closure', myProp: 'fake-inner-value'
