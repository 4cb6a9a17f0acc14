#!/usr/bin/env python3
"""Writes a member list as an old membership system exports it, to time `storedeskctl import
members` on a big store:

    python3 tests/bench/membersfile.py 100000 members.csv [--gbk]

Every row is valid (unique phones and cards, real dates, amounts with two decimals), with
Chinese headers, so a real import writes every member. The same count always gives the same
file."""
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰婷宇浩欣怡佳子轩梓涵晨雨思嘉博文"
TIERS = ["普通会员", "普通会员", "普通会员", "金卡会员", "白金会员"]
TAGS = ["", "", "", "VIP", "老顾客", "宝妈、学生", "附近小区"]


def main():
    count = int(sys.argv[1])
    path = sys.argv[2]
    encoding = "gb18030" if "--gbk" in sys.argv[3:] else "utf-8-sig"
    rng = random.Random(count)
    numbers = rng.sample(range(10 ** 9), count)
    with open(path, "w", encoding=encoding, newline="") as out:
        out.write("会员卡号,姓名,手机号,性别,生日,当前积分,储值余额,赠送余额,会员等级,标签,备注,"
                  "注册时间,最后消费时间\r\n")
        for i, number in enumerate(numbers):
            phone = "1%d%09d" % (3 + i % 7, number)
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            birthday = "%d-%02d-%02d" % (rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
            paid = rng.choice((0, 0, 0, 5000, 20000, 35050, 100000))
            bonus = paid // 10
            joined = "%d/%d/%d %02d:%02d:%02d" % (rng.randint(2015, 2025), rng.randint(1, 12),
                                                  rng.randint(1, 28), rng.randint(8, 21),
                                                  rng.randint(0, 59), rng.randint(0, 59))
            tags = rng.choice(TAGS)
            note = "爱喝茶" if i % 17 == 0 else ""
            out.write("V%07d,%s,%s,%s,%s,%d,%d.%02d,%d.%02d,%s,%s,%s,%s,2026-%02d-%02d\r\n" % (
                i + 1, name, phone, rng.choice("男女"), birthday, rng.randint(0, 5000),
                (paid + bonus) // 100, (paid + bonus) % 100, bonus // 100, bonus % 100,
                rng.choice(TIERS), '"%s"' % tags if "、" in tags else tags, note, joined,
                rng.randint(1, 10), rng.randint(1, 28)))


if __name__ == "__main__":
    main()
