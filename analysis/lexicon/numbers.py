"""Number words: cardinals, hundreds, scale words and ordinals (days of a month).

Arabic inflects numbers for gender and case; every form a newsroom writes is
listed, spelling variants of alef/hamza and ة/ه are handled by the matcher.
"""

UNITS = {
    1: ["واحد", "واحدة"],
    2: ["اثنان", "اثنين", "اثنتان", "اثنتين", "اثني", "اثنا", "اثنتا", "اثنتي"],
    3: ["ثلاثة", "ثلاث"],
    4: ["أربعة", "أربع"],
    5: ["خمسة", "خمس"],
    6: ["ستة", "ست"],
    7: ["سبعة", "سبع"],
    8: ["ثمانية", "ثماني", "ثمان"],
    9: ["تسعة", "تسع"],
    10: ["عشرة", "عشر"],
}

TENS = {
    20: ["عشرون", "عشرين"],
    30: ["ثلاثون", "ثلاثين"],
    40: ["أربعون", "أربعين"],
    50: ["خمسون", "خمسين"],
    60: ["ستون", "ستين"],
    70: ["سبعون", "سبعين"],
    80: ["ثمانون", "ثمانين"],
    90: ["تسعون", "تسعين"],
}

HUNDRED = ["مئة", "مائة", "مئه", "مائه"]
TWO_HUNDRED = ["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي"]
HUNDREDS_PREFIX = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}

# scale word -> (multiplier after a number, value when it stands alone)
# A bare plural (آلاف، ملايين) is vague: None. A dual (ألفين، مليونا، ملياري) is two.
SCALES = {
    "ألف": (1e3, 1e3), "ألفا": (1e3, 2e3), "آلاف": (1e3, None), "ألوف": (1e3, None),
    "ألفان": (1e3, 2e3), "ألفين": (1e3, 2e3), "ألفي": (1e3, 2e3),
    "مليون": (1e6, 1e6), "مليونا": (1e6, 2e6), "ملايين": (1e6, None),
    "مليونان": (1e6, 2e6), "مليونين": (1e6, 2e6), "مليوني": (1e6, 2e6),
    "مليار": (1e9, 1e9), "مليارا": (1e9, 2e9), "مليارات": (1e9, None), "ملايير": (1e9, None),
    "ملياران": (1e9, 2e9), "مليارين": (1e9, 2e9), "ملياري": (1e9, 2e9),
    "بليون": (1e9, 1e9), "بلايين": (1e9, None), "بليونا": (1e9, 2e9),
    "تريليون": (1e12, 1e12), "تريليونا": (1e12, 2e12), "تريليونات": (1e12, None),
    "ترليون": (1e12, 1e12), "ترليونات": (1e12, None),
    # plurals of tens and hundreds: vague alone (عشرات القتلى), exact after a number (3 مئات)
    "عشرات": (10, None), "مئات": (100, None),
}

# fractions of a scale word: نصف مليون، مليون ونصف، ثلاثة ملايين ونصف المليون
FRACTIONS = {"نصف": 0.5, "ربع": 0.25}

# ألفا، مليونا … are one thousand in the accusative (بلغ عددهم مليونا و833 ألفا)
# or two in construct before a noun (مليونا دولار): two only there
ACCUSATIVE_OR_DUAL = ["ألفا", "مليونا", "مليارا", "بليونا", "تريليونا"]

ORDINALS = {
    1: ["الأول", "الاول", "أول", "الحادي"],
    2: ["الثاني"], 3: ["الثالث"], 4: ["الرابع"], 5: ["الخامس"], 6: ["السادس"],
    7: ["السابع"], 8: ["الثامن"], 9: ["التاسع"], 10: ["العاشر"],
    20: ["العشرين"], 30: ["الثلاثين"],
}


def _cardinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for n, forms in UNITS.items():
        for f in forms:
            words[f] = n
    for n, forms in TENS.items():
        for f in forms:
            words[f] = n
    for f in HUNDRED:
        words[f] = 100
    for f in TWO_HUNDRED:
        words[f] = 200
    for n, stem in HUNDREDS_PREFIX.items():
        for h in HUNDRED:
            words[stem + h] = n * 100
            words[stem + " " + h] = n * 100
    # 11-19: a unit and عشر/عشرة, written as two words
    for n in range(1, 10):
        for u in UNITS[n] + (["أحد", "إحدى", "الأحد", "الإحدى"] if n == 1 else []):
            for ten in ("عشر", "عشرة"):
                words[f"{u} {ten}"] = 10 + n
    return words


CARDINALS = _cardinals()


def _ordinal_days() -> dict[str, int]:
    """Ordinal day words: الأول … الحادي عشر … الحادي والعشرين … الحادي والثلاثين."""
    days: dict[str, int] = {}
    for n in range(1, 11):
        for f in ORDINALS[n]:
            days[f] = n
    for n in range(1, 10):
        unit = "الحادي" if n == 1 else ORDINALS[n][0]
        days[f"{unit} عشر"] = 10 + n
        days[f"{unit} والعشرين"] = 20 + n
    days["الحادي والثلاثين"] = 31
    days["الواحد والعشرين"] = 21
    days["الواحد والثلاثين"] = 31
    days["العشرين"] = 20
    days["الثلاثين"] = 30
    return days


ORDINAL_DAYS = _ordinal_days()
