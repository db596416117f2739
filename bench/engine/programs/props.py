point = {"x": 1, "y": 2, "z": 3}
grid = {}
for i in range(50):
    grid["k" + str(i)] = i
acc = 0
for n in range(30000):
    point["x"] = point["y"] + 1
    point["y"] = point["z"] + point["x"]
    point["z"] = (point["x"] + point["y"]) % 1000
    acc += point["z"] + grid["k" + str(n % 50)]
print(f"{acc} {point['x']} {point['y']} {point['z']}")
