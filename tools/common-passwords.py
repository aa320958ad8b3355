#!/usr/bin/env python3
"""Writes src/DanVan/Features/Accounts/common-passwords.txt: the passwords people pick first (lower case, one a line).

No download: well-known leaked-list patterns (English and Vietnamese words, names, keyboard walks, dates) crossed with the
suffixes people add to pass a policy. Re-run after editing; the output is sorted and deterministic.
"""
import itertools, pathlib

words = """password passw0rd pass admin administrator root user guest login welcome letmein iloveyou monkey dragon
football baseball master shadow sunshine princess qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm abc abcd abcde abcdef
abc123 test test123 demo secret changeme default system server manager office hello hellokitty superman batman
trustno1 whatever freedom starwars computer internet google facebook microsoft windows samsung iphone apple
matkhau mat_khau matkhaumoi anhyeuem emyeuanh yeuem yeuanh anhyeu emyeu iloveu vietnam vietnam1 hanoi saigon hochiminh
danang haiphong cantho hue nhatrang dalat vungtau quangngai songtra danvan danvankheo thidua khenthuong thiduakhenthuong
noivu sonoivu ubnd ubndtinh ubndxa tinhuy huyenuy dangbo congdoan doanthanhnien hoiphunu canbo congchuc vienchuc
quantri quantrivien taikhoan dangnhap xinchao tamthoi macdinh baomat hethong phanmem congty coquan donvi
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly anh minh hung tuan hoa lan mai linh
huong thao trang ngoc phuong thanh long nam hai son duc dung quang hieu trung kien khanh vinh tien
""".split()
walks = """1234567890 0123456789 1111111111 0000000000 1234512345 1212121212 9876543210 0987654321 1122334455
1q2w3e4r5t 1qaz2wsx3edc qazwsxedc qwerty123 qwertyuiop asdfghjkl zaq12wsx 123qweasd 1q2w3e4r 123456789a
a123456789 aa123456789 abcd123456 abcdefghij 147258369 123123123 111222333 789456123 5201314520
""".split()
numbers = ["", "1", "12", "123", "1234", "12345", "123456", "12345678", "123456789", "1234567890"]
years = [str(y) for y in range(1970, 2031)]
joiners = ["", "@"]
tails = ["", "!"]
# Words people also date ("Danvan@2025"): the organisation's own and the commonest.
dated = """password admin administrator matkhau quantri danvan danvankheo thidua khenthuong vietnam hanoi saigon ubnd
noivu songtra quangngai welcome abc qwerty iloveyou anhyeuem test demo hello""".split()

entries = set(walks)
for w in words:
    for n in numbers:
        for j in joiners if n else [""]:
            for t in tails:
                entries.add(w + j + n + t)
for w in dated:
    for y in years[-10:]:
        for j in ["", "@", "#", "."]:
            entries.add(w + j + y)
            entries.add(w + j + y + "!")
for y in years:
    for head in ["", "@", "abc@", "abc", "admin@", "matkhau@", "vn"]:
        entries.add(head + y)
entries = sorted(e for e in entries if 6 <= len(e) <= 64)
out = pathlib.Path(__file__).resolve().parent.parent / "src/DanVan/Features/Accounts/common-passwords.txt"
out.write_text("\n".join(entries) + "\n", encoding="utf-8")
print(len(entries), "entries ->", out)
