#!/usr/bin/env python3
"""Writes the marketplace benchmark data as tab-separated COPY input, one table at a time:

    generate.py users | psql -c "copy ... from stdin"

100k users (a fifth employers), 1M projects by those employers and 10M bids by the freelancers, with titles and
descriptions in English and Urdu drawn from the skills taxonomy (read from the database as the first argument's
file). Deterministic: the same seed gives the same rows.
"""
import csv
import random
import sys
import uuid

USERS = 100_000
PROJECTS = 1_000_000
BIDS_PER_PROJECT = 10  # 10M bids in all

random.seed(42)

EN_WORDS = ("need urgent help with my small business website shop online store build design fix improve "
            "experienced professional quality fast delivery budget weekly monthly Lahore Karachi Islamabad Peshawar "
            "Multan Faisalabad customers orders payments JazzCash Easypaisa mobile app android landing page brand "
            "social media campaign video editing translation report data entry accounting tax return").split()
UR_WORDS = ("مجھے اپنے کاروبار کے لیے فوری مدد چاہیے ویب سائٹ دکان آن لائن ڈیزائن بہتر تجربہ کار معیاری جلد "
            "بجٹ لاہور کراچی اسلام آباد پشاور گاہک آرڈر ادائیگی موبائل ایپ ترجمہ رپورٹ حساب ٹیکس").split()
# A word that appears in about one project in ten thousand: the "rare word" query.
RARE = "zarqoon"
STAMP = "2026-11-01 00:00:00+05"
CITIES = ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Peshawar", "Multan", "Faisalabad", "Quetta"]


def uid(kind, n):
    return str(uuid.uuid5(uuid.NAMESPACE_OID, f"{kind}-{n}"))


def taxonomy(path):
    skills = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            skills.append(row)  # id, category, name_en, name_ur
    return skills


def users(out):
    for n in range(USERS):
        kind = "EMPLOYER" if n % 5 == 0 else "FREELANCER"
        out.write(f"{uid('user', n)}\tBench User {n}\tbench-{n}@example.pk\tt\t{kind}\tACTIVE\ten\t1\n")


def projects(out, skills):
    employers = [n for n in range(0, USERS, 5)]
    for n in range(PROJECTS):
        chosen = random.sample(skills, random.randint(1, 4))
        category = chosen[0][1]
        urdu = n % 4 == 0
        words = UR_WORDS if urdu else EN_WORDS
        title_words = random.sample(words, 5) + [chosen[0][3] if urdu else chosen[0][2]]
        description = " ".join(random.choices(words, k=40))
        if n % 10_000 == 7:
            description += " " + RARE
        budget_min = random.randint(20, 2000) * 100_000 // 100 * 100
        budget_max = budget_min + random.randint(0, 1000) * 10_000
        remote = n % 3 != 0
        city = "" if remote else random.choice(CITIES)
        skill_names = " ".join(s[2] + " " + s[3] for s in chosen)
        published = f"2026-{1 + n % 11:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00+05"
        out.write("\t".join([
            uid("project", n), uid("user", random.choice(employers)), " ".join(title_words), description, category,
            "{" + ",".join(s[0] for s in chosen) + "}", "HOURLY" if n % 5 == 0 else "FIXED", str(budget_min),
            str(budget_max), "REMOTE" if remote else "ONSITE", city, "REGISTERED", "OPEN" if n % 10 else "CLOSED",
            published, skill_names]) + "\n")


def bids(out):
    freelancers = [n for n in range(USERS) if n % 5 != 0]
    for p in range(PROJECTS):
        project = uid("project", p)
        for who in random.sample(freelancers, BIDS_PER_PROJECT):
            out.write(f"{uuid.UUID(int=random.getrandbits(128), version=4)}\t{project}\t{uid('user', who)}\t"
                      f"{random.randint(10, 5000) * 1000}\t{random.randint(1, 60)}\t"
                      f"I can do this well and on time.\tACTIVE\t{STAMP}\t{STAMP}\n")


if __name__ == "__main__":
    table = sys.argv[1]
    out = sys.stdout
    if table == "users":
        users(out)
    elif table == "projects":
        projects(out, taxonomy(sys.argv[2]))
    elif table == "bids":
        bids(out)
    else:
        sys.exit("usage: generate.py users|projects TAXONOMY.tsv|bids")
