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

    # a dozen: ثلاث دزينات، نصف دزينة
    "دزينة": (12, 12), "دزينات": (12, None), "دزينتان": (12, 24), "دزينتين": (12, 24),
    "دستة": (12, 12), "دستات": (12, None), "دستتان": (12, 24), "دستتين": (12, 24),
}

# fractions alone or of a scale word: نصف مليون، مليون ونصف، خمسة وربع، ثلثا المبلغ
FRACTIONS = {"نصف": 1 / 2, "نص": 1 / 2, "ربع": 1 / 4, "ثلث": 1 / 3, "سدس": 1 / 6,
             "ثلثا": 2 / 3, "ثلثي": 2 / 3, "ثلثان": 2 / 3, "ثلثين": 2 / 3}
# a fraction's plural after its numerator: ثلاثة أرباع، خمسة أثمان، ثلاثة أخماس
PLURAL_FRACTIONS = {"أثلاث": 1 / 3, "أرباع": 1 / 4, "أخماس": 1 / 5, "أسداس": 1 / 6, "أسباع": 1 / 7,
                    "أثمان": 1 / 8, "أتساع": 1 / 9, "أعشار": 1 / 10}
# a fraction's denominator said after its numerator (ثلاثة وعشرون خمس: 23/5, مئة وثلاثون خمسا: 26)
# or after an integer and و (ثلاثة وخمس: 3.2). Most are cardinals too (خمس سنوات): read as a
# fraction only in those places, and alone before a definite noun (خمس الفطيرة، خمس العشرين)
DENOMINATORS = {"خمس": 5, "خمسا": 5, "سبع": 7, "سبعا": 7, "تسع": 9, "تسعا": 9, "عشر": 10, "عشرا": 10,
                "ربع": 4, "ربعا": 4, "ثلث": 3, "ثلثا": 3, "سدس": 6, "سدسا": 6}
# their duals after و, which are also tens (مئة وثلاثون وخمسين: 130 and two fifths): only after a tens word
DENOMINATOR_DUALS = {"خمسين": 5, "خمسان": 5, "سبعين": 7, "سبعان": 7, "تسعين": 9, "تسعان": 9,
                     "عشرين": 10, "عشران": 10}
# between a numerator and its denominator: واحد على ثلاثة، واحد من كل ثلاثة، 1 في 21، واحد جزء من مئة
RATIO_WORDS = ["على", "من كل", "من", "في"]
PART_WORDS = ["جزء", "أجزاء", "اجزاء", "جزءا"]
# before a numerator, words that make من after it "from" (انخفض إلى 30 من 45), and that
# make و after it a range (بين ثلاث وخمس سنوات), not a fraction
CHANGED_TO = ["إلى", "الى", "لـ", "ل"]
RANGE_BEFORE = ["بين", "وبين"]
# zero, which is also the Hijri month صفر: a number only where no date takes it
ZERO = ["صفر"]
# words before صفر that make it the month: شهر صفر، في صفر، منذ صفر، مطلع صفر
MONTH_BEFORE_ZERO = ["شهر", "في", "منذ", "خلال", "مطلع", "أوائل", "أواخر", "منتصف", "بداية", "نهاية", "أول",
                     "آخر", "من", "إلى", "حتى", "غرة", "شهري"]
# a word before a number that gives its sign: سالب خمسة، ناقص 3
SIGNS = {"سالب": -1, "ناقص": -1, "موجب": 1}
# the decimal point said in words: واحد فاصلة خمسة
POINT = ["فاصلة", "فاصله"]

# ألفا، مليونا … are one thousand in the accusative (بلغ عددهم مليونا و833 ألفا)
# or two in construct before a noun (مليونا دولار): two only there
ACCUSATIVE_OR_DUAL = ["ألفا", "مليونا", "مليارا", "بليونا", "تريليونا"]

ORDINALS = {
    1: ["الأول", "الاول", "أول", "الحادي"],
    2: ["الثاني"], 3: ["الثالث"], 4: ["الرابع"], 5: ["الخامس"], 6: ["السادس"],
    7: ["السابع"], 8: ["الثامن"], 9: ["التاسع"], 10: ["العاشر"],
    20: ["العشرين"], 30: ["الثلاثين"],
}

# feminine ordinals (الأولى is read as first-or-last, dates.FIRST_LAST)
ORDINALS_FEMININE = {
    2: ["الثانية"], 3: ["الثالثة"], 4: ["الرابعة"], 5: ["الخامسة"], 6: ["السادسة"],
    7: ["السابعة"], 8: ["الثامنة"], 9: ["التاسعة"], 10: ["العاشرة"],
}

# Egyptian spoken forms, as quotes and transcripts write them: تلاتة، متين، تلتمية، حداشر
EGYPTIAN = {
    2: ["اتنين", "اتنان", "إتنين"], 3: ["تلاتة", "تلات", "تلاته"], 8: ["تمانية", "تمنية"],
    11: ["حداشر", "احداشر"], 12: ["اتناشر", "إتناشر"], 13: ["تلتاشر", "تلطاشر"], 14: ["اربعتاشر", "أربعتاشر"],
    15: ["خمستاشر", "خمسطاشر"], 16: ["ستاشر", "سطاشر"], 17: ["سبعتاشر", "سبعطاشر"], 18: ["تمنتاشر", "تمنطاشر"],
    19: ["تسعتاشر", "تسعطاشر"], 30: ["تلاتين"], 80: ["تمانين"],
    200: ["متين", "ميتين"], 300: ["تلتمية", "تلاتمية"], 400: ["ربعمية", "اربعمية"],
    500: ["خمسمية"], 600: ["ستمية"], 700: ["سبعمية"], 800: ["تمنمية", "تمانمية"], 900: ["تسعمية"],
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
    for n, forms in EGYPTIAN.items():
        for f in forms:
            words.setdefault(f, n)
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
    for n in range(1, 10):                    # nominative tens, and عشرة as the press writes it: الثالث عشرة
        unit = "الحادي" if n == 1 else ORDINALS[n][0]
        days.setdefault(f"{unit} عشرة", 10 + n)
        days.setdefault(f"{unit} والعشرون", 20 + n)
    for n, forms in ORDINALS_FEMININE.items():  # الثالثة من يونيو، الحادية والعشرين
        for f in forms:
            days.setdefault(f, n)
    for n in range(1, 10):
        unit = "الحادية" if n == 1 else ORDINALS_FEMININE[n][0]
        for ten in ("عشرة", "عشر"):
            days.setdefault(f"{unit} {ten}", 10 + n)
        for tens in ("والعشرين", "والعشرون"):
            days.setdefault(f"{unit} {tens}", 20 + n)
    days["الحادية والثلاثين"] = days["الحادية والثلاثون"] = days["الحادي والثلاثون"] = 31
    days["الحادي والثلاثين"] = 31
    days["الواحد والعشرين"] = 21
    days["الواحد والثلاثين"] = 31
    for tens in (20, 30):                      # العشرين، and the nominative العشرون (القرن العشرون)
        days[ORDINALS[tens][0]] = days[ORDINALS[tens][0][:-2] + "ون"] = tens
    return days


ORDINAL_DAYS = _ordinal_days()
