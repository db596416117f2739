parts = []
s = ""
for i in range(6000):
    s += chr(97 + (i % 26))
    if i % 100 == 99:
        parts.append(s)
        s = ""
joined = "-".join(parts)
h = 0
for ch in joined:
    h = (h * 31 + ord(ch)) % 1000003
found = sum(1 for w in joined.split("-") if "xyz" in w)
upper = joined[:52].upper()
print(f"{len(joined)} {h} {found} {upper}")
